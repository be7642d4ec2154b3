package io.github.sscp.rules.kpi.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A confidence interval for one Poisson count: Garwood's exact interval {@code [χ²(α/2; 2x)/2,
 * χ²(1−α/2; 2x+2)/2]} (0 as the lower limit of a zero count), or Byar's approximation. {@link
 * #of(long, double)} follows PHEindicatormethods: exact below 10, Byar from 10.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param count the count
 * @param lower the lower limit
 * @param upper the upper limit
 * @param confidence the confidence level, e.g. 0.95
 * @param method the method asked for, which gave the upper limit
 * @param lowerMethod the method that gave the lower limit: the exact one where Byar's formula is
 *     undefined (a count of 0) or gives a negative limit, otherwise {@code method}
 */
public record CountInterval(long count, double lower, double upper, double confidence,
    Method method, Method lowerMethod) {

  /** How a count interval is computed. */
  public enum Method {
    /** Garwood's exact interval from the chi-squared distribution. */
    GARWOOD_EXACT,
    /** Byar's approximation. */
    BYAR
  }

  /** Counts from this one on use Byar's approximation in {@link #of(long, double)}. */
  public static final long BYAR_FROM = 10;

  /**
   * Obtains the interval PHE's methods use: exact below 10, Byar from 10.
   *
   * @param count the count, at least 0
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the interval, not null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static CountInterval of(long count, double confidence) {
    return count < BYAR_FROM ? garwood(count, confidence) : byar(count, confidence);
  }

  /**
   * Obtains Garwood's exact interval.
   *
   * @param count the count, at least 0
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the interval, not null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static CountInterval garwood(long count, double confidence) {
    check(count, confidence);
    double alpha = 1 - confidence;
    double lower = count == 0 ? 0
        : ChiSquaredDistribution.of(2.0 * count).inverseCumulativeProbability(alpha / 2) / 2;
    double upper = ChiSquaredDistribution.of(2.0 * count + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
    return new CountInterval(count, lower, upper, confidence, Method.GARWOOD_EXACT,
        Method.GARWOOD_EXACT);
  }

  /**
   * Obtains Byar's approximate interval: {@code x(1 − 1/(9x) − z/(3√x))³} to {@code (x+1)(1 −
   * 1/(9(x+1)) + z/(3√(x+1)))³}, with z the normal quantile. Where the lower formula is undefined
   * (a count of 0) or negative, the lower limit is the exact one and {@link #lowerMethod()} says
   * so, rather than a number under Byar's name.
   *
   * @param count the count, at least 0
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the interval, not null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static CountInterval byar(long count, double confidence) {
    check(count, confidence);
    double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double x = count;
    double lower = count == 0 ? -1 : x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
    double x1 = x + 1;
    double upper = x1 * Math.pow(1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1)), 3);
    if (lower < 0) {
      return new CountInterval(count, garwood(count, confidence).lower(), upper, confidence,
          Method.BYAR, Method.GARWOOD_EXACT);
    }
    return new CountInterval(count, lower, upper, confidence, Method.BYAR, Method.BYAR);
  }

  private static void check(long count, double confidence) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, got " + count);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
    }
  }
}
