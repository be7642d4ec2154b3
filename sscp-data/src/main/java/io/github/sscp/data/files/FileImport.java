package io.github.sscp.data.files;

import io.github.sscp.data.ImportSummary;
import java.util.List;

/**
 * What one import read: its kind, the paths given (several police.uk files, folders and archives
 * are one import) and its summary.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param kind the kind of data, not null
 * @param paths the paths given, not null
 * @param summary the import's summary: rows read, used and skipped by reason, the first bad
 *     rows, not null
 * @param keys the data keys the import holds: offence keys, police.uk category ids or tidy
 *     measures, sorted, not null
 * @param mapping each data key that fed a measure, to the measure's id, not null
 */
public record FileImport(DataFileKind kind, List<String> paths, ImportSummary summary,
    java.util.SortedSet<String> keys, java.util.Map<String, String> mapping) {

  /**
   * Creates an import's record, copying the paths.
   *
   * @param kind the kind
   * @param paths the paths
   * @param summary the summary
   * @param keys the keys
   * @param mapping the mapping
   */
  public FileImport {
    paths = List.copyOf(paths);
    keys = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(keys));
    mapping = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(mapping));
  }

  /**
   * Checks if any row was refused as bad, or a whole file could not be read (rows outside the
   * area are not bad).
   *
   * @return true if the summary has a problem
   */
  public boolean hasBadRows() {
    return summary.problemCount() > 0;
  }

  /**
   * Says why the import gave nothing, if it did: no file was read (an empty folder, an archive
   * that is not one), or no row was usable.
   *
   * @return the reason, naming the paths, or empty if some row was used
   */
  public java.util.Optional<String> unusable() {
    if (summary.rowsUsed() > 0) {
      return java.util.Optional.empty();
    }
    String where = String.join(", ", paths);
    if (summary.files().isEmpty() || summary.rowsRead() == 0) {
      return java.util.Optional.of(where + ": no " + kind.words() + " row was read");
    }
    return java.util.Optional.of(where + ": none of its " + summary.rowsRead() + " rows was usable");
  }
}
