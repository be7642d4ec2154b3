package io.github.sscp.rules.kpi.stats;

import java.util.function.LongToDoubleFunction;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Two-sided exact p-values by R's "minlike" rule: the probability of every outcome no more likely
 * than the one observed, where "no more likely" allows R's relative tolerance ({@code P(i) ≤
 * P(k)·(1 + 1e-7)}), and p = 1 when the observed count equals its expectation exactly. These match
 * R's {@code binom.test} and {@code poisson.test} (and scipy's {@code binomtest}); Commons
 * Statistics' {@code BinomialTest} compares without the tolerance and differs at near-ties.
 *
 * <p>Both distributions are unimodal with their mode at the floor of the mean or just above it, so
 * the outcomes no more likely than the observed one form a lower tail up to the mode and an upper
 * tail after it; each is found by bisection and summed with the distribution's own tail function
 * rather than term by term.
 *
 * <p>Thread-safe: stateless.
 */
public final class ExactTests {

  /** R's relative tolerance for "no more likely than". */
  static final double RELATIVE_TOLERANCE = 1 + 1e-7;

  /** The largest count or expectation {@link #poissonTwoSided} accepts. */
  public static final double MAX_EXPECTED = 1e9;

  private ExactTests() {}

  /**
   * Obtains the two-sided p-value of {@code k} successes in {@code n} trials when each succeeds
   * with probability {@code p} (R {@code binom.test(k, n, p)$p.value}).
   *
   * @param k the successes, 0 to n
   * @param n the trials, at least 0
   * @param p the probability of success under the null hypothesis, 0 to 1
   * @return the p-value, in [0, 1]
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double binomialTwoSided(long k, long n, double p) {
    if (n < 0 || k < 0 || k > n || !(p >= 0 && p <= 1) || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("need 0 <= k <= n <= " + Integer.MAX_VALUE
          + " and 0 <= p <= 1, got k=" + k + ", n=" + n + ", p=" + p);
    }
    if (n == 0) {
      return 1;
    }
    if (p == 0) {
      return k == 0 ? 1 : 0;
    }
    if (p == 1) {
      return k == n ? 1 : 0;
    }
    BinomialDistribution dist = BinomialDistribution.of((int) n, p);
    double m = n * p;
    if (k == m) {
      return 1;
    }
    double threshold = dist.probability((int) k) * RELATIVE_TOLERANCE;
    LongToDoubleFunction pmf = i -> dist.probability((int) i);
    long mode = (long) Math.floor(m);
    long lastLow = lastAtMost(pmf, 0, mode, threshold);
    long firstHigh = firstAtMost(pmf, mode + 1, n, threshold);
    double low = lastLow < 0 ? 0 : dist.cumulativeProbability((int) lastLow);
    double high = firstHigh > n ? 0 : dist.survivalProbability((int) firstHigh - 1);
    return Math.min(1, low + high);
  }

  /**
   * Obtains the two-sided p-value of observing {@code observed} events when {@code expected} are
   * expected under a Poisson model (R {@code poisson.test(observed, r = expected)$p.value}).
   *
   * @param observed the count observed, 0 to {@link #MAX_EXPECTED}
   * @param expected the count expected, 0 to {@link #MAX_EXPECTED}
   * @return the p-value, in [0, 1]
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double poissonTwoSided(long observed, double expected) {
    if (observed < 0 || !(expected >= 0) || expected > MAX_EXPECTED || observed > MAX_EXPECTED) {
      throw new IllegalArgumentException("need 0 <= observed and 0 <= expected, both at most "
          + (long) MAX_EXPECTED + ", got " + observed + " and " + expected);
    }
    if (expected == 0) {
      return observed == 0 ? 1 : 0;
    }
    if (observed == expected) {
      return 1;
    }
    PoissonDistribution dist = PoissonDistribution.of(expected);
    double threshold = dist.probability((int) observed) * RELATIVE_TOLERANCE;
    LongToDoubleFunction pmf = i -> i > Integer.MAX_VALUE ? 0 : dist.probability((int) i);
    long mode = (long) Math.floor(expected);
    long to = Math.max(mode + 1, 2 * observed);
    while (pmf.applyAsDouble(to) > threshold) {
      to *= 2;
    }
    long lastLow = lastAtMost(pmf, 0, mode, threshold);
    long firstHigh = firstAtMost(pmf, mode + 1, to, threshold);
    double low = lastLow < 0 ? 0 : dist.cumulativeProbability((int) lastLow);
    return Math.min(1, low + dist.survivalProbability((int) firstHigh - 1));
  }

  /** The first i in [from, to] with pmf(i) ≤ threshold, pmf non-increasing there; to + 1 if none. */
  static long firstAtMost(LongToDoubleFunction pmf, long from, long to, double threshold) {
    long lo = from;
    long hi = to + 1;
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      if (pmf.applyAsDouble(mid) <= threshold) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The last i in [from, to] with pmf(i) ≤ threshold, pmf non-decreasing there; from - 1 if none. */
  static long lastAtMost(LongToDoubleFunction pmf, long from, long to, double threshold) {
    long lo = from - 1;
    long hi = to;
    while (lo < hi) {
      long mid = hi - (hi - lo) / 2;
      if (pmf.applyAsDouble(mid) <= threshold) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
