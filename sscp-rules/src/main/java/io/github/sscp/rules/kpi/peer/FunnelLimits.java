package io.github.sscp.rules.kpi.peer;

import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * The counts an area would fall between by chance alone if its rate were the peer mean: the
 * quantiles of the Poisson distribution of the count expected from its population, 95% limits
 * (2.5% and 97.5%) and 99.8% limits (0.1% and 99.9%). A count is beyond a limit when strictly
 * below the lower quantile or strictly above the upper one, as {@link FunnelPosition} reads it.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param expected the count expected at the peer mean rate
 * @param lower998 the 0.1% quantile
 * @param lower95 the 2.5% quantile
 * @param upper95 the 97.5% quantile
 * @param upper998 the 99.9% quantile
 */
public record FunnelLimits(double expected, long lower998, long lower95, long upper95,
    long upper998) {

  /**
   * Obtains the limits around an expected count.
   *
   * @param expected the count expected at the peer mean rate, positive and finite
   * @return the limits, not null
   * @throws IllegalArgumentException if the expected count is not positive and finite
   */
  public static FunnelLimits around(double expected) {
    if (!(expected > 0) || Double.isInfinite(expected)) {
      throw new IllegalArgumentException("expected: a funnel needs a positive expected count, got "
          + expected);
    }
    PoissonDistribution d = PoissonDistribution.of(expected);
    return new FunnelLimits(expected, d.inverseCumulativeProbability(0.001),
        d.inverseCumulativeProbability(0.025), d.inverseCumulativeProbability(0.975),
        d.inverseCumulativeProbability(0.999));
  }

  /**
   * Places a count against the limits.
   *
   * @param count the area's count
   * @return where it lies, not null
   */
  public FunnelPosition position(long count) {
    if (count > upper998) {
      return FunnelPosition.ABOVE_99_8;
    } else if (count > upper95) {
      return FunnelPosition.ABOVE_95;
    } else if (count < lower998) {
      return FunnelPosition.BELOW_99_8;
    } else if (count < lower95) {
      return FunnelPosition.BELOW_95;
    }
    return FunnelPosition.WITHIN_95;
  }
}
