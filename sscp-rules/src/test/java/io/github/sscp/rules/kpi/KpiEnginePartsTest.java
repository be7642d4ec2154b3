package io.github.sscp.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.target.TargetAssessment;
import io.github.sscp.rules.kpi.target.TargetRating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine's small parts: a target's aim per chart period, and p-values and figures in words. */
class KpiEnginePartsTest {

  static Optional<TargetAssessment> aim(String value, Target target) {
    return Optional.of(new TargetAssessment(target, TargetRating.GREEN, Optional.empty(),
        Optional.ofNullable(value).map(BigDecimal::new), Optional.empty(), ""));
  }

  static final Target YEAR = Target.builder().type(TargetType.ABSOLUTE)
      .value(BigDecimal.valueOf(1200)).by(FinancialYear.of(2025)).build();

  @Test
  void aYearsAimIsSharedInProportionToTheChartsPeriodForCounts() {
    CheckedSeries quarters = CheckedSeries.of(List.of(SeriesPoint.of(Quarter.of(
        FinancialYear.of(2025), 1), 300), SeriesPoint.of(Quarter.of(FinancialYear.of(2025), 2),
            310)));
    CheckedSeries months = CheckedSeries.of(List.of(SeriesPoint.of(CalendarMonth.of(2025, 4),
        100)));
    // 1,200 a year: 300 a quarter, 100 a month (3/12 and 1/12 of it)
    assertThat(KpiEngine.perPeriod(aim("1200", YEAR), quarters, true)).hasValue(300.0);
    assertThat(KpiEngine.perPeriod(aim("1200", YEAR), months, true)).hasValue(100.0);
    // a rate or mean is not shared out: its aim is the aim of every period
    assertThat(KpiEngine.perPeriod(aim("2.5", YEAR), quarters, false)).hasValue(2.5);
    // no target, no aim, no points, or points without periods: no line
    assertThat(KpiEngine.perPeriod(Optional.empty(), quarters, true)).isEmpty();
    assertThat(KpiEngine.perPeriod(aim(null, YEAR), quarters, true)).isEmpty();
    assertThat(KpiEngine.perPeriod(aim("1200", YEAR), CheckedSeries.of(List.of()), true)).isEmpty();
    assertThat(KpiEngine.perPeriod(aim("1200", YEAR), CheckedSeries.of(List.of(
        SeriesPoint.of(5), SeriesPoint.of(6))), true)).isEmpty();
  }

  @Test
  void pValuesAndFiguresReadAsABoardReadsThem() {
    assertThat(List.of(0.0009, 0.001, 0.0094, 0.0096, 0.01, 0.104, 0.5)).extracting(
        KpiEngine::pValue).containsExactly("p < 0.001", "p = 0.001", "p = 0.009", "p = 0.010",
            "p = 0.01", "p = 0.10", "p = 0.50");
    assertThat(KpiEngine.number(1234)).isEqualTo("1,234");
    assertThat(KpiEngine.number(1234.5)).isEqualTo("1,234.50");
    assertThat(KpiEngine.number(-3)).isEqualTo("-3");
    assertThat(KpiEngine.number(1e15)).isEqualTo("1,000,000,000,000,000.00");
    assertThat(KpiEngine.number(999_999_999_999_999.0)).isEqualTo("999,999,999,999,999");
  }

  /**
   * Of several targets, the first not yet past at the latest period is judged, whatever order they
   * are listed in: data to March 2024 judge the 2023/24 target, not the 2024/25 one listed first.
   */
  @Test
  void theTargetJudgedIsTheFirstNotYetPastInDateOrder() {
    Target y2023 = Target.builder().type(TargetType.ABSOLUTE).value(BigDecimal.valueOf(1150))
        .by(FinancialYear.of(2023)).build();
    Target y2024 = Target.builder().type(TargetType.ABSOLUTE).value(BigDecimal.valueOf(1250))
        .by(FinancialYear.of(2024)).build();
    KpiAssessment a = KpiEngine.standard().assess(KpiEngineTest.request(KpiEngineTest.monthly(24,
        99, 0)).addTargets(y2024, y2023).build());
    assertThat(a.target().orElseThrow().target()).isEqualTo(y2023);
    // with no period on the points, the latest target stands
    List<SeriesPoint> plain = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      plain.add(SeriesPoint.of(100 + i % 2));
    }
    KpiAssessment undated = KpiEngine.standard().assess(KpiEngineTest.request(plain)
        .addTargets(y2024, y2023).build());
    assertThat(undated.target()).map(t -> t.target()).contains(y2024);
  }
}
