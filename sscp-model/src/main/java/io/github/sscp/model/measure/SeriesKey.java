package io.github.sscp.model.measure;

import io.github.sscp.model.geography.GssCode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What makes a series: a measure, an area (empty for the partnership's own) and a breakdown (empty
 * for the total). Two current observations with the same key and the same days are a conflict.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param measureId the measure's id, not null
 * @param geography the area, empty for the partnership's own, not null
 * @param breakdown dimension → category, empty for the total, not null
 */
public record SeriesKey(String measureId, Optional<GssCode> geography, Map<String, String> breakdown) {

  /**
   * Creates a key, copying the breakdown into a sorted, unmodifiable map.
   *
   * @param measureId the measure's id, not null
   * @param geography the area, not null
   * @param breakdown the breakdown, not null
   */
  public SeriesKey {
    Objects.requireNonNull(measureId, "measureId");
    Objects.requireNonNull(geography, "geography");
    breakdown = java.util.Collections.unmodifiableMap(new TreeMap<>(breakdown));
  }

  /**
   * Obtains the key of a measure's total for the partnership's own area.
   *
   * @param measureId the measure's id, not null
   * @return the key, not null
   */
  public static SeriesKey of(String measureId) {
    return new SeriesKey(measureId, Optional.empty(), Map.of());
  }

  /**
   * Obtains the key of a measure's total for an area.
   *
   * @param measureId the measure's id, not null
   * @param geography the area, not null
   * @return the key, not null
   */
  public static SeriesKey of(String measureId, GssCode geography) {
    return new SeriesKey(measureId, Optional.of(geography), Map.of());
  }

  /**
   * Obtains this key with a breakdown category added; this key is unchanged.
   *
   * @param dimension the dimension, e.g. "crimeCategory", not null
   * @param category the category, not null
   * @return the key, not null
   */
  public SeriesKey withBreakdown(String dimension, String category) {
    Map<String, String> b = new TreeMap<>(breakdown);
    b.put(dimension, category);
    return new SeriesKey(measureId, geography, b);
  }

  @Override
  public String toString() {
    return measureId + geography.map(g -> " @" + g).orElse("")
        + (breakdown.isEmpty() ? "" : " " + breakdown);
  }
}
