package io.github.sscp.rules.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.spc.ImprovementDirection;
import io.github.sscp.rules.kpi.spc.Spc;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.rules.kpi.spc.VariationIcon;
import io.github.sscp.rules.kpi.target.TargetAssessment;
import io.github.sscp.rules.kpi.target.TargetRating;
import io.github.sscp.rules.kpi.target.Targets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The reconciled sentence for each way SPC, the change on last year and the target can agree or
 * disagree, for a measure where lower is better.
 */
class ReadingTest {

  static final Polarity LOWER = Polarity.LOWER_IS_BETTER;

  /** 24 months from January 2024: 12 at a level, then 12 at another (a clear shift). */
  static SpcResult chart(double first, double second) {
    List<SeriesPoint> points = new ArrayList<>();
    CalendarMonth m = CalendarMonth.of(2024, 1);
    for (int i = 0; i < 24; i++, m = m.plusMonths(1)) {
      points.add(SeriesPoint.of(m, (i < 12 ? first : second) + (i % 3)));
    }
    return Spc.analyse(points, SpcOptions.builder().improvement(ImprovementDirection.DECREASE)
        .build());
  }

  static final SpcResult IMPROVING = chart(100, 60);
  static final SpcResult WORSENING = chart(60, 100);
  static final SpcResult STEADY = chart(80, 80);

  static YearOnYear change(double now, double before, double p) {
    boolean up = now > before;
    return new YearOnYear(now, before, OptionalDouble.of(100 * (now - before) / before),
        OptionalDouble.of(p), p < 0.05, !up && now != before, up, (up ? "up " : "down ")
            + Words.percent(100 * (now - before) / before) + " on the 12 months before ("
            + Words.figure(now) + " against " + Words.figure(before) + ", " + Words.pValue(p)
            + ": " + (p < 0.05 ? "more than chance" : "within chance") + ")");
  }

  static Optional<TargetAssessment> target(double actual, double aim) {
    Target t = Target.builder().type(io.github.sscp.model.measure.TargetType.ABSOLUTE)
        .value(BigDecimal.valueOf(aim)).by(FinancialYear.of(2025)).build();
    return Optional.of(Targets.assess(t, LOWER, Optional.of(BigDecimal.valueOf(actual)),
        Optional.empty(), TolerancePolicy.relative("t", BigDecimal.TEN)));
  }

  static String read(SpcResult spc, YearOnYear c, Optional<TargetAssessment> t) {
    return Reading.of(LOWER, Optional.of(spc), Optional.of(c), t).orElseThrow();
  }

  @Test
  void theChartsAreWhatTheyClaim() {
    assertThat(IMPROVING.variation()).isEqualTo(VariationIcon.IMPROVEMENT_LOW);
    assertThat(WORSENING.variation()).isEqualTo(VariationIcon.CONCERN_HIGH);
    assertThat(STEADY.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
    assertThat(target(933, 896.8).orElseThrow().rating()).isEqualTo(TargetRating.AMBER);
  }

  @Test
  void anImprovementWithAChangeWithinChanceTheWrongWayIsStillAnImprovement() {
    assertThat(read(IMPROVING, change(933, 863, 0.103), target(933, 896.8))).isEqualTo(
        "Below its average since 2024-01, but up 8.1% on the 12 months before (933 against 863,"
            + " p = 0.10: within chance) and short of its target (896.8), within tolerance: read"
            + " it as improving, as this year's rise is within chance, though not yet at its"
            + " target.");
  }

  @Test
  void anImprovementWithARealRiseIsSlipping() {
    assertThat(read(IMPROVING, change(933, 800, 0.001), Optional.empty())).isEqualTo(
        "Below its average since 2024-01, but up 16.6% on the 12 months before (933 against 800,"
            + " p = 0.001: more than chance): the improvement is slipping: this year's rise is more"
            + " than chance.");
  }

  @Test
  void signalsThatAgreeAreJoinedWithAnd() {
    assertThat(read(IMPROVING, change(700, 800, 0.01), target(700, 800))).isEqualTo(
        "Below its average since 2024-01 and down 12.5% on the 12 months before (700 against 800,"
            + " p = 0.01: more than chance) and meeting its target: read it as improving.");
    assertThat(read(WORSENING, change(900, 800, 0.01), target(1000, 800))).isEqualTo(
        "Above its average since 2024-01 and up 12.5% on the 12 months before (900 against 800,"
            + " p = 0.01: more than chance) and short of its target (800), beyond tolerance: read"
            + " it as getting worse.");
  }

  @Test
  void aConcernWithAFallWithinChanceIsStillAConcernAndAMetTargetIsSaid() {
    assertThat(read(WORSENING, change(780, 800, 0.5), target(780, 800))).isEqualTo(
        "Above its average since 2024-01, but down 2.5% on the 12 months before (780 against 800,"
            + " p = 0.50: within chance) and meeting its target: read it as getting worse, as this"
            + " year's fall is within chance, though it still meets its target.");
    assertThat(read(WORSENING, change(700, 800, 0.01), Optional.empty())).endsWith(
        ": the worsening is easing: this year's fall is more than chance.");
  }

  @Test
  void commonCauseWithARealChangeIsSomethingToWatch() {
    assertThat(read(STEADY, change(900, 800, 0.01), Optional.empty())).isEqualTo(
        "Within its usual range since 2024-01, but up 12.5% on the 12 months before (900 against"
            + " 800, p = 0.01: more than chance): read it as a real rise on last year that the"
            + " chart does not yet show as a shift: watch the next points.");
    assertThat(read(STEADY, change(820, 800, 0.6), target(820, 800))).isEqualTo(
        "Within its usual range since 2024-01, but up 2.5% on the 12 months before (820 against"
            + " 800, p = 0.60: within chance) and short of its target (800), within tolerance:"
            + " read it as no real change, short of its target.");
    assertThat(read(STEADY, change(790, 800, 0.8), target(790, 800))).endsWith(
        ": read it as no real change, at its target.");
  }

  @Test
  void withoutAChartTheChangeOnLastYearDecides() {
    assertThat(Reading.of(LOWER, Optional.empty(), Optional.of(change(900, 800, 0.01)),
        Optional.empty())).contains("Up 12.5% on the 12 months before (900 against 800,"
            + " p = 0.01: more than chance): read it as a real rise on last year.");
    assertThat(Reading.of(LOWER, Optional.empty(), Optional.of(change(810, 800, 0.7)),
        Optional.empty())).hasValueSatisfying(s -> assertThat(s)
            .endsWith(": read it as no real change."));
    assertThat(Reading.of(LOWER, Optional.empty(), Optional.empty(), Optional.empty())).isEmpty();
    assertThat(Reading.of(LOWER, Optional.empty(), Optional.empty(), target(700, 800)))
        .contains("Meeting its target: too little data to read a trend.");
  }

  @Test
  void aMeasureWithNoBetterDirectionIsReadAsChangeNotAsBetterOrWorse() {
    YearOnYear c = new YearOnYear(900, 800, OptionalDouble.of(12.5), OptionalDouble.of(0.01), true,
        false, false, "up 12.5% on the 12 months before (900 against 800, p = 0.01: more than"
            + " chance)");
    assertThat(Reading.of(Polarity.CONTEXT_ONLY, Optional.of(STEADY), Optional.of(c),
        Optional.empty())).contains("Within its usual range since 2024-01 and up 12.5% on the 12"
            + " months before (900 against 800, p = 0.01: more than chance): read it as a real"
            + " rise on last year that the chart does not yet show.");
  }
}
