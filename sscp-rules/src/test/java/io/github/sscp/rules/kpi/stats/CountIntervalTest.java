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

  /**
   * Where Byar's lower formula is undefined (a count of 0) or negative (a count of 1 at 99.9%), the
   * lower limit is the exact one and says so. Expected values by hand: with 2 degrees of freedom
   * the chi-squared quantile at p is −2 ln(1 − p), so the exact lower limit of a count of 1 at
   * 99.9% is −ln(1 − 0.0005) = 5.00125e-4; Byar's formula there, 1 × (1 − 1/9 − 3.2905/3)³, is
   * negative.
   */
  @Test
  void whereByarsLowerLimitIsUndefinedTheExactOneIsGivenAndNamed() {
    CountInterval one = CountInterval.byar(1, 0.999);
    assertThat(one.lower()).isCloseTo(-Math.log(1 - 0.0005), within(1e-12));
    assertThat(one.lowerMethod()).isEqualTo(CountInterval.Method.GARWOOD_EXACT);
    assertThat(one.method()).isEqualTo(CountInterval.Method.BYAR);
    CountInterval zero = CountInterval.byar(0, 0.95);
    assertThat(zero.lower()).isZero();
    assertThat(zero.lowerMethod()).isEqualTo(CountInterval.Method.GARWOOD_EXACT);
    // Byar's upper limit of 0 is (1 − 1/9 + 1.959964/3)³ = 3.66801, by hand
    assertThat(zero.upper()).isCloseTo(3.66801, within(5e-5));
    assertThat(CountInterval.byar(1, 0.95).lowerMethod()).isEqualTo(CountInterval.Method.BYAR);
    // (1 − 1/9 − 1.959964/3)³ = 0.0130721, by hand
    assertThat(CountInterval.byar(1, 0.95).lower()).isCloseTo(0.0130721, within(1e-6));
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
