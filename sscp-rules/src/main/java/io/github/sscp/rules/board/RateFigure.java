package io.github.sscp.rules.board;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A count as a rate per so many residents, with the population it rests on.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param rate the rate
 * @param per per how many residents, e.g. 1,000
 * @param population the residents; empty for a rate measure with its own denominator
 * @param populationYear the year the population is for
 * @param populationSource where the population comes from, not null
 */
public record RateFigure(double rate, int per, OptionalLong population, int populationYear,
    String populationSource) {

  /**
   * Creates a value.
   *
   * @param rate the rate
   * @param per per how many residents, e.g. 1,000
   * @param population the residents
   * @param populationYear the year the population is for
   * @param populationSource where the population comes from
   */
  public RateFigure {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(populationSource, "populationSource");
  }
}
