package io.github.sscp.data;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The running account of one import, which readers write to as they go and which gives the
 * {@link ImportSummary} at the end. It keeps at most a fixed number of problems in full (the rest
 * are counted), so its memory does not grow with the size of the input.
 *
 * <p>Mutable and not thread-safe: use one log per import, on one thread.
 */
public final class ImportLog {

  /** Problems kept in full by default; later ones are only counted. */
  public static final int DEFAULT_PROBLEMS_LISTED = 1000;

  /** The most distinct areas, periods or skipped areas an import remembers by name. */
  public static final int NAMES_KEPT = 1000;

  private final ImportMode mode;
  private final int problemsListed;
  private final List<String> files = new ArrayList<>();
  private final SortedMap<String, Long> skipped = new TreeMap<>();
  private final SortedMap<String, Long> flagged = new TreeMap<>();
  private final List<RowProblem> problems = new ArrayList<>();
  private final SortedSet<String> areas = new TreeSet<>();
  private final SortedSet<String> periods = new TreeSet<>();
  private final SortedSet<String> otherAreas = new TreeSet<>();
  private @Nullable String lastArea;
  private @Nullable String lastPeriod;
  private long rowsRead;
  private long rowsUsed;
  private long problemCount;

  private ImportLog(ImportMode mode, int problemsListed) {
    this.mode = Objects.requireNonNull(mode, "mode");
    if (problemsListed < 0) {
      throw new IllegalArgumentException("problemsListed must be 0 or more, got " + problemsListed);
    }
    this.problemsListed = problemsListed;
  }

  /**
   * Obtains a lenient log that lists the first 1,000 problems.
   *
   * @return a new log, not null
   */
  public static ImportLog lenient() {
    return new ImportLog(ImportMode.LENIENT, DEFAULT_PROBLEMS_LISTED);
  }

  /**
   * Obtains a strict log: the first problem stops the import.
   *
   * @return a new log, not null
   */
  public static ImportLog strict() {
    return new ImportLog(ImportMode.STRICT, DEFAULT_PROBLEMS_LISTED);
  }

  /**
   * Obtains a log.
   *
   * @param mode lenient or strict, not null
   * @param problemsListed how many problems to keep in full, at least 0
   * @return a new log, not null
   */
  public static ImportLog of(ImportMode mode, int problemsListed) {
    return new ImportLog(mode, problemsListed);
  }

  /**
   * Obtains the mode.
   *
   * @return the mode, not null
   */
  public ImportMode mode() {
    return mode;
  }

  /**
   * Records that a file is being read.
   *
   * @param name the file's name, not null
   * @return true if the file is new to this import; false if a file of that name was read already
   */
  public boolean file(String name) {
    if (files.contains(name)) {
      return false;
    }
    files.add(name);
    return true;
  }

  /** Records that a data row was read. */
  public void read() {
    rowsRead++;
  }

  /**
   * Obtains the rows read so far, for a progress display; another thread may see a slightly
   * older figure.
   *
   * @return the rows read so far
   */
  public long rowsReadSoFar() {
    return rowsRead;
  }

  /**
   * Records that a row was used, with the area and period it is for.
   *
   * @param area the area, or null if the row has none
   * @param period the period's canonical text, or null
   */
  public void used(@Nullable String area, @Nullable String period) {
    rowsUsed++;
    // rows come in runs of one area and period: skip the sorted-set insert when nothing changed
    if (area != null && !area.equals(lastArea)) {
      keep(areas, area);
      lastArea = area;
    }
    if (period != null && !period.equals(lastPeriod)) {
      keep(periods, period);
      lastPeriod = period;
    }
  }

  private static void keep(SortedSet<String> names, String name) {
    if (names.size() < NAMES_KEPT) {
      names.add(name);
    }
  }

  /**
   * Records that a used row carries a flag (e.g. a negative count kept as a correction).
   *
   * @param reason the flag, not null
   */
  public void flag(String reason) {
    flagged.merge(reason, 1L, Long::sum);
  }

  /**
   * Records a row skipped on purpose (e.g. outside the selected area): counted, not a problem.
   *
   * @param reason the reason, a fixed text (never a row's content: each reason is counted
   *     separately), not null
   */
  public void skip(String reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  /**
   * Records a row skipped because it is for another area, remembering the area's name (the
   * first {@value #NAMES_KEPT} distinct names) so that a user who named no area in the data can be
   * told which are there.
   *
   * @param reason the reason, a fixed text, not null
   * @param area the row's area, not null
   */
  public void skipArea(String reason, String area) {
    skip(reason);
    keep(otherAreas, area);
  }

  /**
   * Records a bad row: counted as skipped, listed (up to the limit), or thrown in strict mode.
   *
   * @param problem the problem, not null
   * @throws ImportException in strict mode
   */
  public void problem(RowProblem problem) {
    if (mode == ImportMode.STRICT) {
      throw new ImportException(problem);
    }
    skipped.merge(problem.reason(), 1L, Long::sum);
    problemCount++;
    if (problems.size() < problemsListed) {
      problems.add(problem);
    }
  }

  /**
   * Records a problem with a whole file (it could not be read, or is not of the expected kind).
   * Its rows are not read, so nothing is added to the row counts.
   *
   * @param problem the problem, with line 0, not null
   * @throws ImportException in strict mode
   */
  public void fileProblem(RowProblem problem) {
    if (mode == ImportMode.STRICT) {
      throw new ImportException(problem);
    }
    problemCount++;
    if (problems.size() < problemsListed) {
      problems.add(problem);
    }
  }

  /**
   * Obtains the summary so far.
   *
   * @return the summary, not null
   */
  public ImportSummary summary() {
    return new ImportSummary(files, rowsRead, rowsUsed, skipped, problems, problemCount, areas,
        periods, flagged, otherAreas);
  }
}
