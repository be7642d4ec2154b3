package io.github.sscp.rules.kpi.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.github.sscp.model.measure.Polarity;
import io.github.sscp.rules.kpi.series.InsufficientDataException;
import io.github.sscp.rules.kpi.stats.ExactTests;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/** Rank, peer mean, the exact test and the funnel, and ranking on change without populations. */
class PeerComparisonTest {

  static final List<PeerArea> GROUP = List.of(
      PeerArea.withPopulation("Southampton", 1200, 250_000),
      PeerArea.withPopulation("Portsmouth", 900, 200_000),
      PeerArea.withPopulation("Plymouth", 700, 260_000),
      PeerArea.withPopulation("Bristol", 2400, 470_000));

  @Test
  void ratesAreRankedBestFirstAndThePeerMeanIsUnweighted() {
    PeerPosition p = PeerComparison.compare("Southampton", GROUP, Polarity.LOWER_IS_BETTER);
    assertThat(p.method()).isEqualTo(PeerMethod.RATE);
    assertThat(p.value()).isCloseTo(4.8, within(1e-12));
    assertThat(p.rows()).extracting(PeerRow::id).containsExactly("Plymouth", "Portsmouth", "Southampton", "Bristol");
    assertThat(p.rank()).isEqualTo(3);
    assertThat(p.of()).isEqualTo(4);
    double mean = (4.8 + 4.5 + 700.0 / 260 + 2400.0 / 470) / 4;
    assertThat(p.peerMean()).isCloseTo(mean, within(1e-12));
    double expected = mean * 250;
    assertThat(p.test().orElseThrow().expected()).isCloseTo(expected, within(1e-9));
    assertThat(p.test().orElseThrow().pValue())
        .isCloseTo(ExactTests.poissonTwoSided(1200, expected), withinPercentage(1e-6));
    assertThat(p.status()).isEqualTo(PeerStatus.SIGNIFICANTLY_WORSE);
    assertThat(PeerComparison.compare("Southampton", GROUP, Polarity.HIGHER_IS_BETTER).rank()).isEqualTo(2);
    assertThat(PeerComparison.compare("Southampton", GROUP, Polarity.HIGHER_IS_BETTER).status())
        .isEqualTo(PeerStatus.SIGNIFICANTLY_BETTER);
    assertThat(PeerComparison.compare("Southampton", GROUP, Polarity.NEUTRAL).status())
        .isEqualTo(PeerStatus.SIGNIFICANTLY_HIGHER);
    assertThat(PeerComparison.compare("Plymouth", GROUP, Polarity.NEUTRAL).status())
        .isEqualTo(PeerStatus.SIGNIFICANTLY_LOWER);
    assertThat(PeerComparison.compare("Plymouth", GROUP, Polarity.NEUTRAL).notes())
        .contains("the measure has no better direction: rank 1 is the lowest value");
  }

  @Test
  void tiedValuesShareTheBestRank() {
    List<PeerArea> tied = List.of(PeerArea.withPopulation("a", 10, 1000), PeerArea.withPopulation("b", 20, 2000),
        PeerArea.withPopulation("c", 5, 1000));
    PeerPosition p = PeerComparison.compare("b", tied, Polarity.LOWER_IS_BETTER);
    assertThat(p.rows()).extracting(PeerRow::rank).containsExactly(1, 2, 2);
    assertThat(p.rank()).isEqualTo(2);
  }

  @Test
  void anAreaNearThePeerMeanIsNotSignificantAndWithinTheFunnel() {
    List<PeerArea> close = List.of(PeerArea.withPopulation("a", 100, 10_000),
        PeerArea.withPopulation("b", 106, 10_000), PeerArea.withPopulation("c", 96, 10_000));
    PeerPosition p = PeerComparison.compare("b", close, Polarity.LOWER_IS_BETTER);
    assertThat(p.status()).isEqualTo(PeerStatus.NOT_SIGNIFICANTLY_DIFFERENT);
    assertThat(p.funnel()).contains(FunnelPosition.WITHIN_95);
    // rates 10, 10.6 and 9.6 per 1,000: mean 10.0667, sample standard deviation 0.5033
    assertThat(p.peerMean()).isCloseTo(30.2 / 3, within(1e-12));
    double sd = Math.sqrt((Math.pow(10 - 30.2 / 3, 2) + Math.pow(10.6 - 30.2 / 3, 2)
        + Math.pow(9.6 - 30.2 / 3, 2)) / 2);
    assertThat(p.peerStandardDeviation()).isCloseTo(sd, within(1e-12));
    assertThat(p.sideOfBand()).hasValue(1.0);
    assertThat(PeerComparison.compare("c", close, Polarity.LOWER_IS_BETTER).sideOfBand()).hasValue(0.0);
    List<PeerArea> low = List.of(PeerArea.withPopulation("a", 100, 10_000),
        PeerArea.withPopulation("b", 104, 10_000), PeerArea.withPopulation("c", 90, 10_000));
    assertThat(PeerComparison.compare("c", low, Polarity.LOWER_IS_BETTER).sideOfBand()).hasValue(-1.0);
  }

  @Test
  void theFunnelReadsTheCountAgainstPoissonQuantilesOfTheExpectedCount() {
    PoissonDistribution d = PoissonDistribution.of(100);
    int u95 = d.inverseCumulativeProbability(0.975);
    int u998 = d.inverseCumulativeProbability(0.999);
    int l95 = d.inverseCumulativeProbability(0.025);
    int l998 = d.inverseCumulativeProbability(0.001);
    assertThat(PeerComparison.funnel(u95, 100)).isEqualTo(FunnelPosition.WITHIN_95);
    assertThat(PeerComparison.funnel(u95 + 1, 100)).isEqualTo(FunnelPosition.ABOVE_95);
    assertThat(PeerComparison.funnel(u998, 100)).isEqualTo(FunnelPosition.ABOVE_95);
    assertThat(PeerComparison.funnel(u998 + 1, 100)).isEqualTo(FunnelPosition.ABOVE_99_8);
    assertThat(PeerComparison.funnel(l95, 100)).isEqualTo(FunnelPosition.WITHIN_95);
    assertThat(PeerComparison.funnel(l95 - 1, 100)).isEqualTo(FunnelPosition.BELOW_95);
    assertThat(PeerComparison.funnel(l998, 100)).isEqualTo(FunnelPosition.BELOW_95);
    assertThat(PeerComparison.funnel(l998 - 1, 100)).isEqualTo(FunnelPosition.BELOW_99_8);
  }

  @Test
  void withoutPopulationsAreasAreRankedOnPercentageChange() {
    List<PeerArea> change = List.of(PeerArea.withChange("us", 90, 100), PeerArea.withChange("a", 120, 100),
        PeerArea.withChange("b", 80, 100), PeerArea.withChange("new", 5, 0),
        new PeerArea("unknown", 5, OptionalDouble.empty(), OptionalLong.empty()));
    PeerPosition p = PeerComparison.compare("us", change, Polarity.LOWER_IS_BETTER);
    assertThat(p.method()).isEqualTo(PeerMethod.PERCENT_CHANGE);
    assertThat(p.value()).isEqualTo(-10.0);
    assertThat(p.rank()).isEqualTo(2);
    assertThat(p.of()).isEqualTo(3);
    assertThat(p.test()).isEmpty();
    assertThat(p.funnel()).isEmpty();
    assertThat(p.status()).isEqualTo(PeerStatus.NOT_TESTED);
    assertThat(p.notes()).contains("new left out: no previous count above 0 to measure change from",
        "unknown left out: no previous count above 0 to measure change from",
        "not every area has a population, so areas are ranked on percentage change");
  }

  @Test
  void badGroupsAreRefusedNamingTheArea() {
    assertThatIllegalArgumentException().isThrownBy(() -> PeerComparison.compare("Leeds", GROUP,
        Polarity.LOWER_IS_BETTER)).withMessage("Leeds: the area is not in its comparator group");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerComparison.compare("a",
        List.of(PeerArea.withChange("a", 1, 1), PeerArea.withChange("a", 2, 2)), Polarity.LOWER_IS_BETTER))
        .withMessage("a: the area is in the group twice");
    assertThatThrownBy(() -> PeerComparison.compare("a", List.of(PeerArea.withChange("a", 1, 1)),
        Polarity.LOWER_IS_BETTER)).isInstanceOf(InsufficientDataException.class)
        .hasMessage("a peer comparison needs two or more areas; 1 can be compared");
    assertThatThrownBy(() -> PeerComparison.compare("a", List.of(PeerArea.withChange("a", 1, 0),
        PeerArea.withChange("b", 1, 1)), Polarity.LOWER_IS_BETTER)).isInstanceOf(InsufficientDataException.class)
        .hasMessageContaining("previous count");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerArea.withPopulation("x", -1, 5))
        .withMessage("x: count must be 0 or more, got -1");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerArea.withPopulation("x", 1, 0))
        .withMessage("x: population must be positive, got 0.0");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerArea.withChange("x", 1, -2))
        .withMessage("x: previousCount must be 0 or more, got -2");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerArea.withChange(" ", 1, 2))
        .withMessage("id: a peer area needs an id");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerComparison.compare("Southampton", GROUP,
        Polarity.LOWER_IS_BETTER, 0, 0.05));
    assertThatIllegalArgumentException().isThrownBy(() -> PeerComparison.compare("Southampton", GROUP,
        Polarity.LOWER_IS_BETTER, 1000, 1));
  }

  @Test
  void aGroupWithNoEventsHasNothingToTest() {
    PeerPosition p = PeerComparison.compare("a", List.of(PeerArea.withPopulation("a", 0, 10),
        PeerArea.withPopulation("b", 0, 10)), Polarity.LOWER_IS_BETTER);
    assertThat(p.status()).isEqualTo(PeerStatus.NOT_TESTED);
    assertThat(p.notes()).contains("no area has any events, so there is nothing to test against");
    assertThat(p.peerStandardDeviation()).isZero();
    assertThat(p.sideOfBand()).hasValue(0.0);
  }
}
