package io.github.sscp.data;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an import read: its files, the rows read and used, the rows skipped by reason (bad rows and
 * rows outside the selection alike), the first bad rows with their file and line, the areas and
 * periods seen, and how many used rows were flagged (e.g. negative counts kept as recording
 * corrections). Every row read is either used or skipped: {@code rowsRead == rowsUsed +
 * skipped total}.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param files the files read, in order, not null
 * @param rowsRead data rows read (headers and comments are not rows)
 * @param rowsUsed rows that went into the result
 * @param skipped rows skipped, by reason, not null
 * @param problems the first bad rows, in the order met, not null
 * @param problemCount every bad row, including those not listed
 * @param areas the areas seen in used rows, not null
 * @param periods the periods seen in used rows, as canonical text, not null
 * @param flagged used rows that carry a flag, by reason, not null
 * @param otherAreas the areas of rows skipped as another area's, at most the first 1,000 names,
 *     not null
 */
public record ImportSummary(List<String> files, long rowsRead, long rowsUsed,
    SortedMap<String, Long> skipped, List<RowProblem> problems, long problemCount,
    SortedSet<String> areas, SortedSet<String> periods, SortedMap<String, Long> flagged,
    SortedSet<String> otherAreas) {

  /**
   * Creates a summary, copying the collections.
   *
   * @param files the files
   * @param rowsRead rows read
   * @param rowsUsed rows used
   * @param skipped skipped rows by reason
   * @param problems listed problems
   * @param problemCount all problems
   * @param areas areas seen
   * @param periods periods seen
   * @param flagged flagged rows by reason
   * @param otherAreas other areas seen
   */
  public ImportSummary {
    files = List.copyOf(files);
    skipped = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(skipped));
    problems = List.copyOf(problems);
    areas = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(areas));
    periods = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(periods));
    flagged = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(flagged));
    otherAreas = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(otherAreas));
  }

  /**
   * Obtains the number of rows skipped for any reason.
   *
   * @return the total
   */
  public long rowsSkipped() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Renders the summary as a few plain-text lines for a person.
   *
   * @return the text, not null
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    s.append(files.size()).append(files.size() == 1 ? " file, " : " files, ")
        .append(String.format(java.util.Locale.ROOT, "%,d", rowsRead)).append(" rows read, ")
        .append(String.format(java.util.Locale.ROOT, "%,d", rowsUsed)).append(" used, ")
        .append(String.format(java.util.Locale.ROOT, "%,d", rowsSkipped())).append(" skipped\n");
    for (Map.Entry<String, Long> e : skipped.entrySet()) {
      s.append("  skipped: ").append(e.getKey()).append(": ")
          .append(String.format(java.util.Locale.ROOT, "%,d", e.getValue())).append('\n');
    }
    for (Map.Entry<String, Long> e : flagged.entrySet()) {
      s.append("  flagged: ").append(e.getKey()).append(": ")
          .append(String.format(java.util.Locale.ROOT, "%,d", e.getValue())).append('\n');
    }
    if (!areas.isEmpty()) {
      s.append("  areas: ").append(String.join(", ", areas)).append('\n');
    }
    if (!periods.isEmpty()) {
      s.append("  periods: ").append(periods.first()).append(" to ").append(periods.last())
          .append(" (").append(periods.size()).append(")\n");
    }
    for (RowProblem p : problems) {
      s.append("  ").append(p).append('\n');
    }
    if (problemCount > problems.size()) {
      s.append("  … and ").append(problemCount - problems.size()).append(" more bad rows\n");
    }
    return s.toString();
  }
}
