package io.github.sscp.rules.kpi.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.apache.commons.statistics.inference.BinomialTest;
import org.junit.jupiter.api.Test;

/**
 * The exact p-values against R's {@code binom.test} and {@code poisson.test}: worked values, and a
 * brute-force "minlike" sum over every outcome's probability on a grid. The seed of the properties
 * is the build's QT_SEED, printed on failure.
 */
class ExactTestsTest {

  /** R's rule written out the slow way: add up every outcome no more likely than the one seen. */
  static double bruteForceBinomial(int k, int n, double p) {
    BinomialDistribution d = BinomialDistribution.of(n, p);
    double limit = d.probability(k) * (1 + 1e-7);
    double sum = 0;
    for (int j = 0; j <= n; j++) {
      if (d.probability(j) <= limit) {
        sum += d.probability(j);
      }
    }
    return Math.min(1, sum);
  }

  static double bruteForcePoisson(int observed, double expected) {
    PoissonDistribution d = PoissonDistribution.of(expected);
    double limit = d.probability(observed) * (1 + 1e-7);
    double sum = 0;
    int top = (int) (expected + 40 * Math.sqrt(expected + 1) + 2 * observed + 50);
    for (int j = 0; j <= top; j++) {
      if (d.probability(j) <= limit) {
        sum += d.probability(j);
      }
    }
    return Math.min(1, sum);
  }

  @Test
  void nearTieCountsEveryOutcomeWithinRsToleranceAsRDoes() {
    // R: binom.test(3, 17)$p.value = 0.01273; Commons' BinomialTest gives 0.00754 here
    assertThat(ExactTests.binomialTwoSided(3, 17, 0.5)).isCloseTo(0.012726, within(5e-6));
    assertThat(BinomialTest.withDefaults().test(17, 3, 0.5).getPValue())
        .isCloseTo(0.00754, within(5e-5));
    // R: binom.test(2, 5, 1/3)$p.value = 1
    assertThat(ExactTests.binomialTwoSided(2, 5, 1.0 / 3)).isEqualTo(1.0);
  }

  @Test
  void aCountEqualToItsExpectationHasPValueOne() {
    assertThat(ExactTests.binomialTwoSided(10, 20, 0.5)).isEqualTo(1.0);
    assertThat(ExactTests.poissonTwoSided(7, 7.0)).isEqualTo(1.0);
  }

  @Test
  void degenerateProbabilitiesAndEmptyTrialsFollowR() {
    assertThat(ExactTests.binomialTwoSided(0, 0, 0.5)).isEqualTo(1.0);
    assertThat(ExactTests.binomialTwoSided(0, 5, 0.0)).isEqualTo(1.0);
    assertThat(ExactTests.binomialTwoSided(1, 5, 0.0)).isEqualTo(0.0);
    assertThat(ExactTests.binomialTwoSided(5, 5, 1.0)).isEqualTo(1.0);
    assertThat(ExactTests.binomialTwoSided(4, 5, 1.0)).isEqualTo(0.0);
    assertThat(ExactTests.poissonTwoSided(0, 0)).isEqualTo(1.0);
    assertThat(ExactTests.poissonTwoSided(1, 0)).isEqualTo(0.0);
  }

  @Test
  void extremeCountsGiveTinyButPositivePValues() {
    // R: binom.test(0, 30)$p.value = 2 * 0.5^30
    assertThat(ExactTests.binomialTwoSided(0, 30, 0.5)).isCloseTo(2 * Math.pow(0.5, 30), within(1e-15));
    assertThat(ExactTests.binomialTwoSided(30, 30, 0.5)).isCloseTo(2 * Math.pow(0.5, 30), within(1e-15));
  }

  @Test
  void binomialAgreesWithTheBruteForceSumOnAGridOfSmallTrials() {
    double[] ps = {0.5, 1.0 / 3, 0.25, 0.1, 0.9, 12.0 / 23, 0.37};
    int checked = 0;
    for (int n = 1; n <= 60; n++) {
      for (double p : ps) {
        for (int k = 0; k <= n; k++) {
          assertThat(ExactTests.binomialTwoSided(k, n, p)).as("k=%d n=%d p=%s", k, n, p)
              .isCloseTo(bruteForceBinomial(k, n, p), within(1e-12));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(7 * (60 * 61 / 2 + 60));
  }

  @Test
  void binomialAgreesWithCommonsAwayFromNearTies() {
    // Commons compares without R's tolerance: it agrees wherever no outcome lies within 1e-7 of a tie
    for (int n = 1; n <= 40; n++) {
      for (int k = 0; k <= n; k++) {
        double p = 0.3;
        BinomialDistribution d = BinomialDistribution.of(n, p);
        double pk = d.probability(k);
        boolean nearTie = false;
        for (int j = 0; j <= n; j++) {
          double r = d.probability(j) / pk;
          nearTie |= j != k && r > 1 - 1e-6 && r < 1 + 1e-6;
        }
        if (!nearTie) {
          assertThat(ExactTests.binomialTwoSided(k, n, p)).as("k=%d n=%d", k, n).isCloseTo(
              BinomialTest.withDefaults().test(n, k, p).getPValue(), within(1e-10));
        }
      }
    }
  }

  @Test
  void poissonAgreesWithTheBruteForceSumOnAGrid() {
    double[] means = {0.3, 1, 2.5, 3, 7.2, 10, 25.5, 60, 140};
    for (double e : means) {
      for (int o = 0; o <= 3 * e + 15; o++) {
        assertThat(ExactTests.poissonTwoSided(o, e)).as("o=%d e=%s", o, e)
            .isCloseTo(bruteForcePoisson(o, e), within(1e-12));
      }
    }
  }

  @Test
  void pValuesLieInTheUnitIntervalAndMatchTheBruteForceSum() {
    qt().forAll(integers().between(1, 200), integers().between(0, 200), integers().between(1, 99))
        .assuming((n, k, pc) -> k <= n)
        .checkAssert((n, k, pc) -> {
          double p = ExactTests.binomialTwoSided(k, n, pc / 100.0);
          assertThat(p).isBetween(0.0, 1.0).isCloseTo(bruteForceBinomial(k, n, pc / 100.0), within(1e-12));
        });
  }

  @Test
  void argumentsOutOfRangeAreRefusedWithTheValues() {
    assertThatIllegalArgumentException().isThrownBy(() -> ExactTests.binomialTwoSided(6, 5, 0.5))
        .withMessageContaining("k=6, n=5");
    assertThatIllegalArgumentException().isThrownBy(() -> ExactTests.binomialTwoSided(-1, 5, 0.5));
    assertThatIllegalArgumentException().isThrownBy(() -> ExactTests.binomialTwoSided(1, 5, 1.5));
    assertThatIllegalArgumentException().isThrownBy(() -> ExactTests.binomialTwoSided(1, 5, Double.NaN));
    assertThatIllegalArgumentException().isThrownBy(() -> ExactTests.binomialTwoSided(1, -5, 0.5));
    assertThatIllegalArgumentException().isThrownBy(() -> ExactTests.poissonTwoSided(-1, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> ExactTests.poissonTwoSided(1, -2));
    assertThatIllegalArgumentException().isThrownBy(() -> ExactTests.poissonTwoSided(1, Double.NaN));
    assertThatIllegalArgumentException().isThrownBy(() -> ExactTests.poissonTwoSided(1, 2e9))
        .withMessageContaining("at most 1000000000");
  }
}
