package io.github.sscp.rules.kpi.window;

import io.github.sscp.model.time.DateRange;
import io.github.sscp.rules.kpi.stats.RateComparison;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Two windows of a series side by side: the figures, the absolute and percentage change, the exact
 * test of the two counts when they are counts, and the cautions a reader needs.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param kind which windows these are, not null
 * @param current the days of the current window, not null
 * @param comparison the days of the comparison window, not null
 * @param currentValue the current window's figure
 * @param comparisonValue the comparison window's figure
 * @param test the exact test and rate ratio, for whole-number sums only
 * @param smallNumbers whether either figure is below the small-number threshold
 * @param warnings plain-English cautions (small numbers, a recording break between the windows),
 *     not null
 */
public record WindowComparison(WindowKind kind, DateRange current, DateRange comparison,
    double currentValue, double comparisonValue, Optional<RateComparison> test,
    boolean smallNumbers, List<String> warnings) {

  /**
   * Creates a comparison, copying the warnings.
   *
   * @param kind the kind
   * @param current the current window
   * @param comparison the comparison window
   * @param currentValue the current figure
   * @param comparisonValue the comparison figure
   * @param test the test
   * @param smallNumbers the small-number flag
   * @param warnings the warnings
   */
  public WindowComparison {
    warnings = List.copyOf(warnings);
  }

  /**
   * Obtains the change from the comparison window to the current one.
   *
   * @return current − comparison
   */
  public double absoluteChange() {
    return currentValue - comparisonValue;
  }

  /**
   * Obtains the change as a percentage of the comparison figure.
   *
   * @return 100·(current − comparison)/comparison, or empty when the comparison figure is 0
   */
  public OptionalDouble percentChange() {
    return comparisonValue == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(100 * (currentValue - comparisonValue) / comparisonValue);
  }

  /**
   * Checks if the exact test finds the change bigger than chance at a significance level.
   *
   * @param alpha the significance level, e.g. 0.05
   * @return true if tested and the p-value is below alpha
   */
  public boolean isSignificant(double alpha) {
    return test.map(t -> t.isSignificant(alpha)).orElse(false);
  }
}
