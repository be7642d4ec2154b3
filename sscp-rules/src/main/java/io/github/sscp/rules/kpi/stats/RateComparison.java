package io.github.sscp.rules.kpi.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Two counts of events compared as Poisson rates (R {@code poisson.test(c(a, b), c(ta, tb))}): the
 * rate ratio {@code (a/ta)/(b/tb)}, the exact conditional test's two-sided p-value (given {@code n =
 * a + b}, {@code a ~ Binomial(n, ta/(ta+tb))}, "minlike" with R's tolerance), and the
 * Clopper–Pearson interval for the ratio. Also Wheeler's square-root difference {@code 2(√a − √b)},
 * a descriptive figure only (|Z| above 1.96 is roughly significant), defined for equal exposures:
 * with unequal ones it is absent ({@link #wheelerNotApplicable()} says why), since it compares the
 * counts, not the rates.
 *
 * <p>When {@code n = 0} R stops with an error; here the p-value is 1, the ratio undefined (NaN) and
 * the interval [0, +∞). When {@code b = 0} the ratio and its upper limit are +∞.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param countA the current count, e.g. the latest 12 months
 * @param exposureA its exposure, e.g. 12 months or a population
 * @param countB the comparison count, e.g. the previous 12 months
 * @param exposureB its exposure
 * @param rateRatio {@code (a/ta)/(b/tb)}; NaN when both counts are 0
 * @param pValue the two-sided exact p-value
 * @param ratioLower the lower confidence limit of the rate ratio
 * @param ratioUpper the upper confidence limit, possibly +∞
 * @param confidence the confidence level of the interval, e.g. 0.95
 * @param wheelerZ {@code 2(√a − √b)} when the exposures are equal, otherwise absent
 */
public record RateComparison(long countA, double exposureA, long countB, double exposureB,
    double rateRatio, double pValue, double ratioLower, double ratioUpper, double confidence,
    java.util.Optional<Double> wheelerZ) {

  /**
   * Says why Wheeler's figure is absent.
   *
   * @return the reason when the exposures differ, otherwise empty
   */
  public java.util.Optional<String> wheelerNotApplicable() {
    return wheelerZ.isPresent() ? java.util.Optional.empty() : java.util.Optional.of(
        "Wheeler's 2(√a − √b) compares counts over equal exposures; these are "
            + exposureA + " and " + exposureB);
  }

  /**
   * Compares two counts over equal exposures (e.g. 12 months with 12 months) at 95% confidence.
   *
   * @param countA the current count, at least 0
   * @param countB the comparison count, at least 0
   * @return the comparison, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static RateComparison of(long countA, long countB) {
    return of(countA, 1, countB, 1, 0.95);
  }

  /**
   * Compares two counts over their exposures.
   *
   * @param countA the current count, at least 0
   * @param exposureA its exposure, positive and finite
   * @param countB the comparison count, at least 0
   * @param exposureB its exposure, positive and finite
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the comparison, not null
   * @throws IllegalArgumentException if a count is negative, the counts add up to more than
   *     {@link Integer#MAX_VALUE}, an exposure not positive or the confidence out of range
   */
  public static RateComparison of(long countA, double exposureA, long countB, double exposureB,
      double confidence) {
    if (countA < 0 || countB < 0) {
      throw new IllegalArgumentException("counts must be 0 or more, got " + countA + " and " + countB);
    }
    if (!(exposureA > 0) || !(exposureB > 0) || Double.isInfinite(exposureA)
        || Double.isInfinite(exposureB)) {
      throw new IllegalArgumentException("exposures must be positive and finite, got " + exposureA
          + " and " + exposureB);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
    }
    if (countA > Integer.MAX_VALUE - countB) {
      throw new IllegalArgumentException("the two counts add up to more than " + Integer.MAX_VALUE
          + ", the most an exact test takes; got " + countA + " and " + countB);
    }
    long n = countA + countB;
    java.util.Optional<Double> wheeler = exposureA == exposureB
        ? java.util.Optional.of(2 * (Math.sqrt(countA) - Math.sqrt(countB)))
        : java.util.Optional.empty();
    if (n == 0) {
      return new RateComparison(countA, exposureA, countB, exposureB, Double.NaN, 1, 0,
          Double.POSITIVE_INFINITY, confidence, wheeler);
    }
    double ratio = (countA / exposureA) / (countB / exposureB);
    double p0 = exposureA / (exposureA + exposureB);
    double pValue = ExactTests.binomialTwoSided(countA, n, p0);
    double alpha = 1 - confidence;
    double pLower = countA == 0 ? 0
        : BetaDistribution.of(countA, n - countA + 1.0).inverseCumulativeProbability(alpha / 2);
    double pUpper = countA == n ? 1
        : BetaDistribution.of(countA + 1.0, n - countA).inverseCumulativeProbability(1 - alpha / 2);
    double scale = exposureB / exposureA;
    double lower = pLower / (1 - pLower) * scale;
    double upper = countB == 0 ? Double.POSITIVE_INFINITY : pUpper / (1 - pUpper) * scale;
    return new RateComparison(countA, exposureA, countB, exposureB, ratio, pValue, lower, upper,
        confidence, wheeler);
  }

  /**
   * Obtains the change from the comparison count to the current one.
   *
   * @return {@code a − b}
   */
  public long absoluteChange() {
    return countA - countB;
  }

  /**
   * Checks if the exact test finds a difference at a significance level.
   *
   * @param alpha the significance level, e.g. 0.05
   * @return true if the p-value is below it
   */
  public boolean isSignificant(double alpha) {
    return pValue < alpha;
  }
}
