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
   * Checks if any row was refused as bad (rows outside the area are not bad).
   *
   * @return true if the summary has a bad row
   */
  public boolean hasBadRows() {
    return summary.problemCount() > 0;
  }
}
