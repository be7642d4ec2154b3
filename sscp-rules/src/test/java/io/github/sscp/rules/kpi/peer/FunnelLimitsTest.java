package io.github.sscp.rules.kpi.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * Funnel limits are the Poisson quantiles of the expected count: checked against quantiles found
 * here by summing the probability mass function term by term in log space (p(0) = e^-λ,
 * p(k) = p(k-1)·λ/k), an independent computation.
 */
class FunnelLimitsTest {

  /** The smallest k whose cumulative probability reaches p. */
  static long quantile(double lambda, double p) {
    double logTerm = -lambda;
    double cdf = Math.exp(logTerm);
    long k = 0;
    while (cdf < p) {
      k++;
      logTerm += Math.log(lambda) - Math.log(k);
      cdf += Math.exp(logTerm);
    }
    return k;
  }

  @Test
  void theLimitsAreThePoissonQuantilesOfTheExpectedCount() {
    // Southampton's residential burglary at the mean rate of its six peers: 661.24 expected
    for (double lambda : new double[] {0.5, 3, 12.7, 100, 463.56, 661.2443736763588, 704.4}) {
      FunnelLimits l = FunnelLimits.around(lambda);
      assertThat(l.expected()).isEqualTo(lambda);
      assertThat(l.lower998()).as("0.1%% at %s", lambda).isEqualTo(quantile(lambda, 0.001));
      assertThat(l.lower95()).as("2.5%% at %s", lambda).isEqualTo(quantile(lambda, 0.025));
      assertThat(l.upper95()).as("97.5%% at %s", lambda).isEqualTo(quantile(lambda, 0.975));
      assertThat(l.upper998()).as("99.9%% at %s", lambda).isEqualTo(quantile(lambda, 0.999));
    }
    FunnelLimits southampton = FunnelLimits.around(661.2443736763588);
    assertThat(new long[] {southampton.lower998(), southampton.lower95(), southampton.upper95(),
        southampton.upper998()}).containsExactly(583, 611, 712, 742);
  }

  @Test
  void aCountIsBeyondALimitOnlyWhenStrictlyOutsideIt() {
    FunnelLimits l = FunnelLimits.around(661.2443736763588);
    assertThat(l.position(933)).isEqualTo(FunnelPosition.ABOVE_99_8);
    assertThat(l.position(742)).isEqualTo(FunnelPosition.ABOVE_95);
    assertThat(l.position(743)).isEqualTo(FunnelPosition.ABOVE_99_8);
    assertThat(l.position(712)).isEqualTo(FunnelPosition.WITHIN_95);
    assertThat(l.position(713)).isEqualTo(FunnelPosition.ABOVE_95);
    assertThat(l.position(611)).isEqualTo(FunnelPosition.WITHIN_95);
    assertThat(l.position(610)).isEqualTo(FunnelPosition.BELOW_95);
    assertThat(l.position(583)).isEqualTo(FunnelPosition.BELOW_95);
    assertThat(l.position(582)).isEqualTo(FunnelPosition.BELOW_99_8);
    assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.around(0));
    assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.around(Double.NaN));
    assertThatIllegalArgumentException().isThrownBy(
        () -> FunnelLimits.around(Double.POSITIVE_INFINITY));
  }
}
