package io.github.sscp.rules.kpi.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.RagStatus;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.ToleranceMode;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.rules.kpi.peer.PeerArea;
import io.github.sscp.rules.kpi.peer.PeerComparison;
import io.github.sscp.rules.kpi.peer.PeerPosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Red, amber and green through polarity and tolerance, for every kind of target. */
class TargetsTest {

  static final FinancialYear YEAR = FinancialYear.of(2025);
  /** Amber when up to 10% short. */
  static final TolerancePolicy TEN = TolerancePolicy.relative("board", BigDecimal.TEN);
  /** Amber when up to 50 short. */
  static final TolerancePolicy FIFTY = TolerancePolicy.builder().id("abs")
      .mode(ToleranceMode.ABSOLUTE).tolerance(BigDecimal.valueOf(50)).build();
  /** Any shortfall is red. */
  static final TolerancePolicy NONE = TolerancePolicy.relative("none", BigDecimal.ZERO);

  static Target absolute(long value) {
    return Target.builder().type(TargetType.ABSOLUTE).value(BigDecimal.valueOf(value)).by(YEAR).build();
  }

  static Optional<BigDecimal> some(double v) {
    return Optional.of(BigDecimal.valueOf(v));
  }

  static TargetRating rate(Target t, Polarity p, double actual, TolerancePolicy policy) {
    return Targets.assess(t, p, some(actual), Optional.empty(), policy).rating();
  }

  @Test
  void metIsGreenShortWithinTheToleranceIsAmberAndBeyondItRed() {
    Target below900 = absolute(900);
    // lower is better: 900 meets it, 900.1 is short; 10% of 900 is 90
    assertThat(rate(below900, Polarity.LOWER_IS_BETTER, 880, TEN)).isEqualTo(TargetRating.GREEN);
    assertThat(rate(below900, Polarity.LOWER_IS_BETTER, 900, TEN)).isEqualTo(TargetRating.GREEN);
    assertThat(rate(below900, Polarity.LOWER_IS_BETTER, 900.1, TEN)).isEqualTo(TargetRating.AMBER);
    assertThat(rate(below900, Polarity.LOWER_IS_BETTER, 945, TEN)).isEqualTo(TargetRating.AMBER);
    assertThat(rate(below900, Polarity.LOWER_IS_BETTER, 990, TEN)).isEqualTo(TargetRating.AMBER);
    assertThat(rate(below900, Polarity.LOWER_IS_BETTER, 990.1, TEN)).isEqualTo(TargetRating.RED);
    // higher is better: the mirror image
    assertThat(rate(below900, Polarity.HIGHER_IS_BETTER, 991, TEN)).isEqualTo(TargetRating.GREEN);
    assertThat(rate(below900, Polarity.HIGHER_IS_BETTER, 900, TEN)).isEqualTo(TargetRating.GREEN);
    assertThat(rate(below900, Polarity.HIGHER_IS_BETTER, 899, TEN)).isEqualTo(TargetRating.AMBER);
    assertThat(rate(below900, Polarity.HIGHER_IS_BETTER, 810, TEN)).isEqualTo(TargetRating.AMBER);
    assertThat(rate(below900, Polarity.HIGHER_IS_BETTER, 809, TEN)).isEqualTo(TargetRating.RED);
    // no tolerance: any shortfall is red
    assertThat(rate(below900, Polarity.LOWER_IS_BETTER, 900, NONE)).isEqualTo(TargetRating.GREEN);
    assertThat(rate(below900, Polarity.LOWER_IS_BETTER, 900.1, NONE)).isEqualTo(TargetRating.RED);
  }

  @Test
  void anAbsolutePolicyRatesTheShortfallInTheMeasuresUnit() {
    Target t = absolute(900);
    assertThat(rate(t, Polarity.LOWER_IS_BETTER, 900, FIFTY)).isEqualTo(TargetRating.GREEN);
    assertThat(rate(t, Polarity.LOWER_IS_BETTER, 901, FIFTY)).isEqualTo(TargetRating.AMBER);
    assertThat(rate(t, Polarity.LOWER_IS_BETTER, 950, FIFTY)).isEqualTo(TargetRating.AMBER);
    assertThat(rate(t, Polarity.LOWER_IS_BETTER, 950.5, FIFTY)).isEqualTo(TargetRating.RED);
    TargetAssessment a = Targets.assess(t, Polarity.LOWER_IS_BETTER, some(930), Optional.empty(), FIFTY);
    assertThat(a.shortfall()).contains(BigDecimal.valueOf(30.0));
    assertThat(a.aim()).contains(BigDecimal.valueOf(900));
    assertThat(a.reason()).isEqualTo("short by 30 (930 against an aim of 900); within the tolerance of 50");
    assertThat(a.rating().rag()).contains(RagStatus.AMBER);
    assertThat(Targets.assess(t, Polarity.LOWER_IS_BETTER, some(960), Optional.empty(), FIFTY).reason())
        .isEqualTo("short by 60 (960 against an aim of 900); beyond the tolerance of 50");
    assertThat(Targets.assess(t, Polarity.LOWER_IS_BETTER, some(890), Optional.empty(), FIFTY).reason())
        .isEqualTo("met: 890 against an aim of 900");
  }

  @Test
  void aPercentageChangeTargetResolvesAgainstTheBaseline() {
    Target tenPercentDown = Target.builder().type(TargetType.PERCENT_CHANGE_FROM_BASELINE)
        .value(BigDecimal.valueOf(-10)).by(YEAR).build();
    TargetAssessment a = Targets.assess(tenPercentDown, Polarity.LOWER_IS_BETTER, some(950),
        some(1000), TEN);
    assertThat(a.aim()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("900"));
    assertThat(a.rating()).isEqualTo(TargetRating.AMBER);
    // Southampton's residential burglary, 2025/26: 933 against 5% below 944, 4.04% short
    TargetAssessment burglary = Targets.assess(Target.builder().type(TargetType.PERCENT_CHANGE_FROM_BASELINE)
        .value(BigDecimal.valueOf(-5)).by(YEAR).build(), Polarity.LOWER_IS_BETTER, some(933), some(944), TEN);
    assertThat(burglary.rating()).isEqualTo(TargetRating.AMBER);
    assertThat(burglary.reason()).isEqualTo("short by 4.0% (933 against an aim of 896.8); within the"
        + " tolerance of 10%");
    TargetAssessment noBaseline = Targets.assess(tenPercentDown, Polarity.LOWER_IS_BETTER, some(950),
        Optional.empty(), TEN);
    assertThat(noBaseline.rating()).isEqualTo(TargetRating.NOT_RATED);
    assertThat(noBaseline.reason()).isEqualTo("not rated: there is no baseline to change from");
    assertThat(noBaseline.rating().rag()).isEmpty();
  }

  @Test
  void directionOnlyAndOutturnTargetsCompareWithTheReference() {
    Target down = Target.directionOnly(YEAR);
    assertThat(Targets.assess(down, Polarity.LOWER_IS_BETTER, some(99), some(100), TEN).rating())
        .isEqualTo(TargetRating.GREEN);
    // Southampton's vehicle theft: 702 against 676 the year before, 3.8% the wrong way
    assertThat(Targets.assess(down, Polarity.LOWER_IS_BETTER, some(702), some(676), TEN).rating())
        .isEqualTo(TargetRating.AMBER);
    assertThat(Targets.assess(down, Polarity.LOWER_IS_BETTER, some(702), some(676), NONE).rating())
        .isEqualTo(TargetRating.RED);
    assertThat(Targets.assess(down, Polarity.LOWER_IS_BETTER, some(120), some(100), TEN).rating())
        .isEqualTo(TargetRating.RED);
    Target outturn = Target.builder().type(TargetType.PREVIOUS_YEAR_OUTTURN).by(YEAR).build();
    assertThat(Targets.assess(outturn, Polarity.HIGHER_IS_BETTER, some(93), some(100), TEN).rating())
        .isEqualTo(TargetRating.AMBER);
    assertThat(Targets.assess(outturn, Polarity.HIGHER_IS_BETTER, some(93), Optional.empty(), TEN)
        .reason()).isEqualTo("not rated: there is no outturn for the year before");
  }

  @Test
  void noValueIsNoDataAndNoBetterDirectionIsNotRated() {
    TargetAssessment none = Targets.assess(absolute(5), Polarity.LOWER_IS_BETTER, Optional.empty(),
        Optional.empty(), TEN);
    assertThat(none.rating()).isEqualTo(TargetRating.NO_DATA);
    assertThat(none.reason()).isEqualTo("no value for 2025/26");
    assertThat(Targets.assess(absolute(5), Polarity.CONTEXT_ONLY, some(3), Optional.empty(), TEN)
        .reason()).isEqualTo("not rated: the measure has no better direction (context only)");
    assertThat(rate(absolute(5), Polarity.NEUTRAL, 3, TEN)).isEqualTo(TargetRating.NOT_RATED);
  }

  @Test
  void anAimOfZeroWithARelativePolicyIsMetOrRed() {
    assertThat(rate(absolute(0), Polarity.LOWER_IS_BETTER, 0, TEN)).isEqualTo(TargetRating.GREEN);
    assertThat(rate(absolute(0), Polarity.LOWER_IS_BETTER, 1, TEN)).isEqualTo(TargetRating.RED);
  }

  @Test
  void ratingIsMonotoneInTheValueGivenThePolarity() {
    qt().forAll(integers().between(0, 2000), integers().between(0, 2000), integers().between(1, 2000))
        .checkAssert((a, b, aim) -> {
          int better = Math.min(a, b);
          int worse = Math.max(a, b);
          Target t = absolute(aim);
          assertThat(rate(t, Polarity.LOWER_IS_BETTER, better, TEN))
              .isLessThanOrEqualTo(rate(t, Polarity.LOWER_IS_BETTER, worse, TEN));
          assertThat(rate(t, Polarity.HIGHER_IS_BETTER, worse, FIFTY))
              .isLessThanOrEqualTo(rate(t, Polarity.HIGHER_IS_BETTER, better, FIFTY));
        });
  }

  static PeerPosition peers(long own) {
    return PeerComparison.compare("us", List.of(PeerArea.withPopulation("us", own, 100_000),
        PeerArea.withPopulation("a", 500, 100_000), PeerArea.withPopulation("b", 520, 100_000),
        PeerArea.withPopulation("c", 480, 100_000)), Polarity.LOWER_IS_BETTER);
  }

  @Test
  void peerTargetsAreJudgedAgainstThePeerComparison() {
    Target top2 = Target.builder().type(TargetType.PEER_RANK).value(BigDecimal.valueOf(2)).by(YEAR).build();
    assertThat(Targets.assessAgainstPeers(top2, Polarity.LOWER_IS_BETTER, Optional.of(peers(400)),
        FIFTY).rating()).isEqualTo(TargetRating.GREEN);
    Target average = Target.builder().type(TargetType.PEER_AVERAGE).by(YEAR).build();
    assertThat(Targets.assessAgainstPeers(average, Polarity.LOWER_IS_BETTER, Optional.of(peers(400)),
        TEN).rating()).isEqualTo(TargetRating.GREEN);
    assertThat(Targets.assessAgainstPeers(average, Polarity.LOWER_IS_BETTER, Optional.of(peers(700)),
        TEN).rating()).isEqualTo(TargetRating.RED);
    Target notWorse = Target.builder().type(TargetType.NOT_SIGNIFICANTLY_WORSE_THAN).by(YEAR).build();
    assertThat(Targets.assessAgainstPeers(notWorse, Polarity.LOWER_IS_BETTER, Optional.of(peers(700)),
        TEN).rating()).isEqualTo(TargetRating.RED);
    assertThat(Targets.assessAgainstPeers(notWorse, Polarity.LOWER_IS_BETTER, Optional.of(peers(505)),
        TEN).rating()).isEqualTo(TargetRating.GREEN);
    assertThat(Targets.assessAgainstPeers(notWorse, Polarity.LOWER_IS_BETTER, Optional.empty(), TEN)
        .rating()).isEqualTo(TargetRating.NO_DATA);
    PeerPosition onChange = PeerComparison.compare("us", List.of(PeerArea.withChange("us", 90, 100),
        PeerArea.withChange("a", 110, 100)), Polarity.LOWER_IS_BETTER);
    assertThat(Targets.assessAgainstPeers(average, Polarity.LOWER_IS_BETTER, Optional.of(onChange), TEN)
        .rating()).isEqualTo(TargetRating.NOT_RATED);
    assertThat(Targets.assessAgainstPeers(notWorse, Polarity.LOWER_IS_BETTER, Optional.of(onChange), TEN)
        .rating()).isEqualTo(TargetRating.NOT_RATED);
    assertThat(Targets.assessAgainstPeers(average, Polarity.NEUTRAL, Optional.of(peers(400)), TEN)
        .rating()).isEqualTo(TargetRating.NOT_RATED);
    assertThatIllegalArgumentException().isThrownBy(() -> Targets.assessAgainstPeers(absolute(3),
        Polarity.LOWER_IS_BETTER, Optional.empty(), TEN));
    assertThat(Targets.assess(top2, Polarity.LOWER_IS_BETTER, some(1), Optional.empty(), TEN).rating())
        .isEqualTo(TargetRating.NOT_RATED);
  }
}
