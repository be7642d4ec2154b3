package io.github.sscp.rules.kpi.peer;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One area of a comparator group: its count for the period compared, its population when known,
 * and its count for the period before, for a comparison of change.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param id the area's id, e.g. its GSS code or CSP name, not blank
 * @param count the count, at least 0
 * @param population the population the count is from, positive, if known
 * @param previousCount the count for the period before, at least 0, if known
 */
public record PeerArea(String id, long count, OptionalDouble population, OptionalLong previousCount) {

  /**
   * Creates an area, checking its figures.
   *
   * @param id the id
   * @param count the count
   * @param population the population
   * @param previousCount the previous count
   * @throws IllegalArgumentException naming the area and the figure at fault
   */
  public PeerArea {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(previousCount, "previousCount");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: a peer area needs an id");
    }
    if (count < 0) {
      throw new IllegalArgumentException(id + ": count must be 0 or more, got " + count);
    }
    if (population.isPresent()
        && !(population.getAsDouble() > 0 && Double.isFinite(population.getAsDouble()))) {
      throw new IllegalArgumentException(id + ": population must be positive, got "
          + population.getAsDouble());
    }
    if (previousCount.isPresent() && previousCount.getAsLong() < 0) {
      throw new IllegalArgumentException(id + ": previousCount must be 0 or more, got "
          + previousCount.getAsLong());
    }
  }

  /**
   * Obtains an area with a count and population.
   *
   * @param id the id, not blank
   * @param count the count, at least 0
   * @param population the population, positive
   * @return the area, not null
   */
  public static PeerArea withPopulation(String id, long count, double population) {
    return new PeerArea(id, count, OptionalDouble.of(population), OptionalLong.empty());
  }

  /**
   * Obtains an area with a count and the count of the period before, and no population.
   *
   * @param id the id, not blank
   * @param count the count, at least 0
   * @param previousCount the count for the period before, at least 0
   * @return the area, not null
   */
  public static PeerArea withChange(String id, long count, long previousCount) {
    return new PeerArea(id, count, OptionalDouble.empty(), OptionalLong.of(previousCount));
  }
}
