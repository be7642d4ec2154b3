package io.github.sscp.rules.kpi.stats;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Two counts compared for a board: the change, the percentage change and the exact comparison of
 * their rates ({@link RateComparison}).
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param comparison the exact comparison, not null
 * @param change the current count less the comparison count
 * @param percentChange the change as a percentage of the comparison count; empty when it is 0
 */
public record CountComparison(RateComparison comparison, long change, OptionalDouble percentChange) {

  /**
   * Creates a comparison.
   *
   * @param comparison the comparison
   * @param change the change
   * @param percentChange the percentage change
   */
  public CountComparison {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(percentChange, "percentChange");
  }

  /**
   * Compares two counts.
   *
   * @param comparison the exact comparison, not null
   * @return the comparison with its change, not null
   */
  public static CountComparison of(RateComparison comparison) {
    long change = Math.subtractExact(comparison.countA(), comparison.countB());
    return new CountComparison(comparison, change, comparison.countB() == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * change / comparison.countB()));
  }
}
