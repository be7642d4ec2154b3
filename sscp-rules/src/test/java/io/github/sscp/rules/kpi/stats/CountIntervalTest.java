package io.github.sscp.rules.kpi.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/** The one-count intervals of docs/KPI-METHODS.md §2, to the precision it quotes. */
class CountIntervalTest {

  @Test
  void garwoodForZeroAndTenMatchesTheWorkedValues() {
    CountInterval zero = CountInterval.garwood(0, 0.95);
    assertThat(zero.lower()).isZero();
    assertThat(zero.upper()).isCloseTo(3.689, within(5e-4));
    CountInterval ten = CountInterval.garwood(10, 0.95);
    assertThat(ten.lower()).isCloseTo(4.795, within(5e-4));
    assertThat(ten.upper()).isCloseTo(18.390, within(5e-4));
    assertThat(ten.method()).isEqualTo(CountInterval.Method.GARWOOD_EXACT);
  }

  @Test
  void garwoodLimitsAreWherePoissonTailsEqualHalfAlpha() {
    // the definition of the exact interval, checked through the Poisson distribution itself
    for (int x = 1; x <= 50; x += 7) {
      CountInterval ci = CountInterval.garwood(x, 0.9);
      assertThat(PoissonDistribution.of(ci.lower()).survivalProbability(x - 1)).isCloseTo(0.05, within(1e-9));
      assertThat(PoissonDistribution.of(ci.upper()).cumulativeProbability(x)).isCloseTo(0.05, within(1e-9));
    }
  }

  @Test
  void byarFor65MatchesTheWorkedValues() {
    CountInterval ci = CountInterval.byar(65, 0.95);
    assertThat(ci.lower()).isCloseTo(50.163, within(5e-4));
    assertThat(ci.upper()).isCloseTo(82.849, within(5e-4));
    assertThat(ci.method()).isEqualTo(CountInterval.Method.BYAR);
  }

  @Test
  void phesRuleIsExactBelowTenAndByarFromTen() {
    assertThat(CountInterval.of(9, 0.95)).isEqualTo(CountInterval.garwood(9, 0.95));
    assertThat(CountInterval.of(10, 0.95)).isEqualTo(CountInterval.byar(10, 0.95));
  }

  @Test
  void aNegativeByarLowerLimitIsUndefinedAndZeroHasLowerLimitZero() {
    assertThat(CountInterval.byar(1, 0.999).lower()).isNaN();
    assertThat(CountInterval.byar(1, 0.95).lower()).isPositive();
    assertThat(CountInterval.byar(0, 0.95).lower()).isZero();
    assertThat(CountInterval.byar(0, 0.95).upper()).isCloseTo(CountInterval.garwood(0, 0.95).upper(), within(0.2));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> CountInterval.garwood(-1, 0.95))
        .withMessageContaining("-1");
    assertThatIllegalArgumentException().isThrownBy(() -> CountInterval.byar(3, 1.0))
        .withMessageContaining("confidence");
    assertThatIllegalArgumentException().isThrownBy(() -> CountInterval.of(3, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> CountInterval.of(3, Double.NaN));
  }
}
