package io.github.sscp.rules.kpi.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/** Two counts compared: the test, the rate-ratio interval and the conventions at zero. */
class RateComparisonTest {

  @Test
  void equalExposuresTestTheCountsAgainstAnEvenSplit() {
    RateComparison c = RateComparison.of(3, 14);
    assertThat(c.pValue()).isCloseTo(ExactTests.binomialTwoSided(3, 17, 0.5), within(0.0));
    assertThat(c.pValue()).isCloseTo(0.012726, within(5e-6));
    assertThat(c.rateRatio()).isCloseTo(3.0 / 14, within(1e-15));
    assertThat(c.absoluteChange()).isEqualTo(-11);
    assertThat(c.isSignificant(0.05)).isTrue();
    assertThat(c.isSignificant(0.01)).isFalse();
  }

  @Test
  void unequalExposuresShiftTheNullProportion() {
    // 12 months against 24: under equal rates a third of the events fall in the first window
    RateComparison c = RateComparison.of(10, 12, 20, 24, 0.95);
    assertThat(c.rateRatio()).isEqualTo(1.0);
    assertThat(c.pValue()).isEqualTo(1.0);
  }

  @Test
  void theIntervalScalesWithTheExposures() {
    // 20 events in 6 months against 30 in 12: the rate ratio is 4/3 and its limits are the equal
    // exposure limits of (20, 30) times 12/6
    RateComparison unequal = RateComparison.of(20, 6, 30, 12, 0.95);
    RateComparison equal = RateComparison.of(20, 30);
    assertThat(unequal.rateRatio()).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(unequal.ratioLower()).isCloseTo(equal.ratioLower() * 2, within(1e-12));
    assertThat(unequal.ratioUpper()).isCloseTo(equal.ratioUpper() * 2, within(1e-12));
    assertThat(unequal.pValue()).isEqualTo(ExactTests.binomialTwoSided(20, 50, 1.0 / 3));
  }

  @Test
  void ratioLimitsAreWhereBinomialTailsEqualHalfAlpha() {
    // Clopper–Pearson by its definition: P(X ≥ a | pL) = α/2 and P(X ≤ a | pU) = α/2
    RateComparison c = RateComparison.of(30, 20);
    double pl = c.ratioLower() / (1 + c.ratioLower());
    double pu = c.ratioUpper() / (1 + c.ratioUpper());
    assertThat(BinomialDistribution.of(50, pl).survivalProbability(29)).isCloseTo(0.025, within(1e-9));
    assertThat(BinomialDistribution.of(50, pu).cumulativeProbability(30)).isCloseTo(0.025, within(1e-9));
    assertThat(c.ratioLower()).isLessThan(1.5);
    assertThat(c.ratioUpper()).isGreaterThan(1.5);
  }

  @Test
  void zeroCountsFollowTheLibrarysConvention() {
    RateComparison none = RateComparison.of(0, 0);
    assertThat(none.pValue()).isEqualTo(1.0);
    assertThat(none.rateRatio()).isNaN();
    assertThat(none.ratioLower()).isZero();
    assertThat(none.ratioUpper()).isInfinite();
    RateComparison fromNothing = RateComparison.of(5, 0);
    assertThat(fromNothing.rateRatio()).isInfinite();
    assertThat(fromNothing.ratioUpper()).isInfinite();
    assertThat(fromNothing.ratioLower()).isPositive();
    RateComparison toNothing = RateComparison.of(0, 5);
    assertThat(toNothing.rateRatio()).isZero();
    assertThat(toNothing.ratioLower()).isZero();
    assertThat(toNothing.ratioUpper()).isFinite().isPositive();
  }

  @Test
  void wheelersSquareRootDifferenceIsDescriptive() {
    assertThat(RateComparison.of(100, 64).wheelerZ()).contains(4.0);
    assertThat(RateComparison.of(64, 100).wheelerZ()).contains(-4.0);
    assertThat(RateComparison.of(100, 64).wheelerNotApplicable()).isEmpty();
  }

  /**
   * 1,100 events over 1.1 against 1,000 over 1.0 are equal rates: the exact test gives p = 1 (a is
   * exactly its expected share, 2,100 × 1.1/2.1 = 1,100), and 2(√1100 − √1000) = 3.09 would read
   * as a difference, so the figure is absent, with the reason.
   */
  @Test
  void wheelersFigureIsAbsentWithTheReasonWhenTheExposuresDiffer() {
    RateComparison equalRates = RateComparison.of(1100, 1.1, 1000, 1.0, 0.95);
    assertThat(equalRates.pValue()).isEqualTo(1.0);
    assertThat(equalRates.rateRatio()).isCloseTo(1.0, within(1e-12));
    assertThat(equalRates.wheelerZ()).isEmpty();
    assertThat(equalRates.wheelerNotApplicable()).hasValueSatisfying(r -> assertThat(r)
        .contains("equal exposures").contains("1.1").contains("1.0"));
  }

  @Test
  void swappingTheCountsLeavesThePValueAndInvertsTheRatio() {
    qt().forAll(integers().between(0, 400), integers().between(0, 400)).checkAssert((a, b) -> {
      RateComparison ab = RateComparison.of(a, b);
      RateComparison ba = RateComparison.of(b, a);
      assertThat(ab.pValue()).isBetween(0.0, 1.0).isCloseTo(ba.pValue(), within(1e-12));
      if (a > 0 && b > 0) {
        assertThat(ab.rateRatio() * ba.rateRatio()).isCloseTo(1.0, within(1e-12));
        assertThat(ab.ratioLower()).isLessThanOrEqualTo(ab.rateRatio());
        assertThat(ab.ratioUpper()).isGreaterThanOrEqualTo(ab.rateRatio());
      }
    });
  }

  @Test
  void theFurtherTheSplitFromEvenTheSmallerThePValueAtAFixedTotal() {
    // n = 2k + d with d ≥ 1: k below half the total, k + 1 one step nearer to it
    qt().forAll(integers().between(0, 150), integers().between(1, 150)).checkAssert((k, d) -> {
      int n = 2 * k + d;
      assertThat(RateComparison.of(k, n - k).pValue())
          .isLessThanOrEqualTo(RateComparison.of(k + 1, n - k - 1).pValue() + 1e-12);
    });
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> RateComparison.of(-1, 3))
        .withMessageContaining("-1");
    assertThatIllegalArgumentException().isThrownBy(() -> RateComparison.of(1, 0, 3, 1, 0.95))
        .withMessageContaining("exposures");
    assertThatIllegalArgumentException().isThrownBy(() -> RateComparison.of(1, 1, 3, Double.POSITIVE_INFINITY, 0.95));
    assertThatIllegalArgumentException().isThrownBy(() -> RateComparison.of(1, 1, 3, 1, 1.0))
        .withMessageContaining("confidence");
  }

  @Test
  void observedAgainstExpectedUsesThePoissonTestAndGarwoodRatio() {
    ObservedVersusExpected o = ObservedVersusExpected.of(30, 20.0, 0.95);
    assertThat(o.ratio()).isEqualTo(1.5);
    assertThat(o.pValue()).isCloseTo(ExactTestsTest.bruteForcePoisson(30, 20.0), within(1e-12));
    assertThat(o.ratioLower()).isCloseTo(CountInterval.garwood(30, 0.95).lower() / 20, within(1e-12));
    assertThat(PoissonDistribution.of(o.ratioUpper() * 20).cumulativeProbability(30)).isCloseTo(0.025, within(1e-9));
    assertThat(o.isSignificant(0.05)).isEqualTo(o.pValue() < 0.05);
    assertThatIllegalArgumentException().isThrownBy(() -> ObservedVersusExpected.of(3, 0, 0.95));
  }
}
