package io.github.sscp.rules.kpi.stats;

/**
 * An observed count against the count expected, e.g. an area's burglaries against its population
 * times the peer group's average rate (R {@code poisson.test(observed, r = expected)}): the ratio
 * {@code O/E}, the exact two-sided p-value over Poisson(E), and the ratio's interval {@code
 * Garwood(O)/E}.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param observed the count observed
 * @param expected the count expected
 * @param ratio {@code observed / expected}; +∞ when nothing was expected but something observed
 * @param pValue the two-sided exact p-value
 * @param ratioLower the lower confidence limit of the ratio
 * @param ratioUpper the upper confidence limit of the ratio
 * @param confidence the confidence level, e.g. 0.95
 */
public record ObservedVersusExpected(long observed, double expected, double ratio, double pValue,
    double ratioLower, double ratioUpper, double confidence) {

  /**
   * Compares an observed count with an expected one.
   *
   * @param observed the count observed, at least 0
   * @param expected the count expected, positive and finite
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the comparison, not null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static ObservedVersusExpected of(long observed, double expected, double confidence) {
    if (!(expected > 0) || Double.isInfinite(expected)) {
      throw new IllegalArgumentException("expected must be positive and finite, got " + expected);
    }
    CountInterval interval = CountInterval.garwood(observed, confidence);
    return new ObservedVersusExpected(observed, expected, observed / expected,
        ExactTests.poissonTwoSided(observed, expected), interval.lower() / expected,
        interval.upper() / expected, confidence);
  }

  /**
   * Checks if the observed count differs from the expected at a significance level.
   *
   * @param alpha the significance level, e.g. 0.05
   * @return true if the p-value is below it
   */
  public boolean isSignificant(double alpha) {
    return pValue < alpha;
  }
}
