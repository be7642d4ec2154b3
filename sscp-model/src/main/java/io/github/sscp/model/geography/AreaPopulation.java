package io.github.sscp.model.geography;

import java.util.Objects;

/**
 * The number of people living in an area, as a denominator for rates: a census count or an
 * estimate, with the year it is for and its source.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param area the area's GSS code, not null
 * @param name the area's name, not null
 * @param residents the usual residents, positive
 * @param year the year the count is for, e.g. 2021
 * @param source where the count comes from, e.g. "ONS Census 2021 usual residents", not null
 */
public record AreaPopulation(GssCode area, String name, long residents, int year, String source) {

  /**
   * Creates a population.
   *
   * @param area the area
   * @param name the name
   * @param residents the residents
   * @param year the year
   * @param source the source
   */
  public AreaPopulation {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (residents <= 0) {
      throw new IllegalArgumentException("residents: " + name + " has " + residents
          + " residents; a population is positive");
    }
  }
}
