package io.github.sscp.rules.kpi.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationSeries;
import io.github.sscp.model.measure.SeriesKey;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each way a series is refused, with the period or position named, and how gaps are found. */
class CheckedSeriesTest {

  static final CalendarMonth APRIL = CalendarMonth.of(2024, 4);

  @Test
  void aValueThatIsNotANumberIsRefusedNamingItsPeriod() {
    assertThatThrownBy(() -> CheckedSeries.of(List.of(SeriesPoint.of(APRIL, 1),
        SeriesPoint.of(APRIL.plusMonths(1), Double.NaN))))
        .isInstanceOf(SeriesException.class).hasMessage("2024-05: value NaN is not a finite number");
    assertThatThrownBy(() -> CheckedSeries.of(List.of(SeriesPoint.of(1), SeriesPoint.of(Double.POSITIVE_INFINITY))))
        .isInstanceOf(SeriesException.class).hasMessage("point 2: value Infinity is not a finite number");
  }

  @Test
  void aNegativeCountIsRefusedButANegativeValueIsNot() {
    List<SeriesPoint> points = List.of(SeriesPoint.of(APRIL, -3));
    assertThatThrownBy(() -> CheckedSeries.of(points, true)).isInstanceOf(SeriesException.class)
        .hasMessage("2024-04: a count cannot be negative, but is -3.0");
    assertThat(CheckedSeries.of(points, false).values()).containsExactly(-3);
  }

  @Test
  void aPeriodGivenTwiceIsRefused() {
    assertThatThrownBy(() -> CheckedSeries.of(List.of(SeriesPoint.of(APRIL, 1),
        SeriesPoint.of(CalendarMonth.of(2024, 4), 2)))).isInstanceOf(SeriesException.class)
        .hasMessage("2024-04: the period is given twice");
  }

  @Test
  void mixedKindsOfPeriodAreRefused() {
    assertThatThrownBy(() -> CheckedSeries.of(List.of(SeriesPoint.of(APRIL, 1),
        SeriesPoint.of(Quarter.of(FinancialYear.of(2024), 2), 2)))).isInstanceOf(SeriesException.class)
        .hasMessage("2024/25 Q2: periods of different kinds in one series (CalendarMonth and Quarter)");
    assertThatThrownBy(() -> CheckedSeries.of(List.of(SeriesPoint.of(APRIL, 1), SeriesPoint.of(2))))
        .isInstanceOf(SeriesException.class).hasMessage("point 2: every point needs a period, or none does");
  }

  @Test
  void pointsAreSortedAndMissingPeriodsFound() {
    CheckedSeries s = CheckedSeries.of(List.of(SeriesPoint.of(APRIL.plusMonths(4), 5),
        SeriesPoint.of(APRIL, 1), SeriesPoint.of(APRIL.plusMonths(1), 2)));
    assertThat(s.values()).containsExactly(1, 2, 5);
    assertThat(s.missing()).containsExactly(APRIL.plusMonths(2), APRIL.plusMonths(3));
    assertThat(s.gapBefore()).containsExactly(false, false, true);
    assertThat(s.kind()).contains(CalendarMonth.class);
    Quarter q = Quarter.of(FinancialYear.of(2020), 4);
    CheckedSeries quarters = CheckedSeries.of(List.of(SeriesPoint.of(q, 1), SeriesPoint.of(q.plusQuarters(2), 1)));
    assertThat(quarters.missing()).containsExactly(q.plusQuarters(1));
    CheckedSeries years = CheckedSeries.of(List.of(SeriesPoint.of(FinancialYear.of(2020), 1),
        SeriesPoint.of(FinancialYear.of(2022), 1)));
    assertThat(years.missing()).isEmpty();
    assertThat(CheckedSeries.of(List.of()).kind()).isEmpty();
    assertThat(CheckedSeries.of(List.of(SeriesPoint.of(4))).kind()).isEmpty();
  }

  @Test
  void suppressedObservationsAreMissing() {
    Observation a = Observation.builder().id("a").measureId("m").period(APRIL).value(BigDecimal.ONE).build();
    Observation b = Observation.builder().id("b").measureId("m").period(APRIL.plusMonths(1))
        .status(io.github.sscp.model.measure.ObservationStatus.SUPPRESSED).build();
    Observation c = Observation.builder().id("c").measureId("m").period(APRIL.plusMonths(2))
        .value(BigDecimal.TEN).build();
    CheckedSeries s = CheckedSeries.of(new ObservationSeries(SeriesKey.of("m"), List.of(a, b, c)), true);
    assertThat(s.values()).containsExactly(1, 10);
    assertThat(s.missing()).containsExactly(APRIL.plusMonths(1));
  }
}
