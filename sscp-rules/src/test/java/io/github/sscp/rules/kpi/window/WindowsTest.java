package io.github.sscp.rules.kpi.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.series.InsufficientDataException;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.stats.ExactTests;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Annex-2 style comparisons: which periods each window takes, and when it refuses. */
class WindowsTest {

  static final CalendarMonth START = CalendarMonth.of(2022, 4);

  /** Months from April 2022 with the value i + 1 at month i (so sums are easy to check by hand). */
  static CheckedSeries months(int count) {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      points.add(SeriesPoint.of(START.plusMonths(i), i + 1));
    }
    return CheckedSeries.of(points, true);
  }

  @Test
  void rollingTwelveTakesTheLatestTwelveMonthsAndTheTwelveBefore() {
    WindowComparison w = Windows.rolling12(months(30), WindowOptions.DEFAULT);
    // months 19..30 sum to 294; months 7..18 sum to 150
    assertThat(w.currentValue()).isEqualTo(294);
    assertThat(w.comparisonValue()).isEqualTo(150);
    assertThat(w.current()).isEqualTo(DateRange.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 10, 1)));
    assertThat(w.comparison()).isEqualTo(DateRange.of(LocalDate.of(2022, 10, 1), LocalDate.of(2023, 10, 1)));
    assertThat(w.absoluteChange()).isEqualTo(144);
    assertThat(w.percentChange()).hasValue(96.0);
    assertThat(w.test()).isPresent();
    assertThat(w.test().get().pValue()).isEqualTo(ExactTests.binomialTwoSided(294, 444, 0.5));
    assertThat(w.isSignificant(0.05)).isTrue();
    assertThat(w.smallNumbers()).isFalse();
    assertThat(w.warnings()).isEmpty();
    assertThat(w.kind()).isEqualTo(WindowKind.ROLLING_12_MONTHS);
  }

  @Test
  void fourQuartersMakeTwelveMonths() {
    Quarter q = Quarter.of(FinancialYear.of(2022), 1);
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      points.add(SeriesPoint.of(q.plusQuarters(i), 100 + i));
    }
    WindowComparison w = Windows.rolling12(CheckedSeries.of(points, true), WindowOptions.DEFAULT);
    assertThat(w.currentValue()).isEqualTo(105 + 106 + 107 + 108);
    assertThat(w.comparisonValue()).isEqualTo(101 + 102 + 103 + 104);
    assertThat(w.current()).isEqualTo(DateRange.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 7, 1)));
  }

  @Test
  void aMissingMonthInEitherWindowIsNamedAndNothingIsSummed() {
    List<SeriesPoint> points = new ArrayList<>(months(30).points());
    points.remove(10);
    CheckedSeries gappy = CheckedSeries.of(points, true);
    assertThatThrownBy(() -> Windows.rolling12(gappy, WindowOptions.DEFAULT))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("a rolling 12-month comparison needs 2022-10 to 2023-09 and 2023-10 to 2024-09;"
            + " missing 2023-02");
    assertThatThrownBy(() -> Windows.rolling12(months(23), WindowOptions.DEFAULT))
        .isInstanceOf(InsufficientDataException.class).hasMessageContaining("missing 2022-03");
    assertThat(Windows.rolling12(months(24), WindowOptions.DEFAULT).comparisonValue()).isEqualTo(78);
  }

  @Test
  void financialYearToDateComparesAprilToTheLatestMonthWithTheSameMonthsAYearEarlier() {
    // 20 months: April 2022 .. November 2023; 2023/24 to date is April..November 2023
    WindowComparison w = Windows.financialYearToDate(months(20), WindowOptions.DEFAULT);
    assertThat(w.current()).isEqualTo(DateRange.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 1)));
    assertThat(w.comparison()).isEqualTo(DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 12, 1)));
    assertThat(w.currentValue()).isEqualTo(IntStream.rangeClosed(13, 20).sum());
    assertThat(w.comparisonValue()).isEqualTo(IntStream.rangeClosed(1, 8).sum());
    assertThat(w.kind()).isEqualTo(WindowKind.FINANCIAL_YEAR_TO_DATE);
    WindowComparison april = Windows.financialYearToDate(months(13), WindowOptions.DEFAULT);
    assertThat(april.currentValue()).isEqualTo(13);
    assertThat(april.comparisonValue()).isEqualTo(1);
  }

  @Test
  void theBaselineComparisonTakesAsManyLatestPeriodsAsTheBaselineHas() {
    WindowComparison w = Windows.againstBaseline(months(30), FinancialYear.of(2022), OptionalDouble.empty(),
        WindowOptions.DEFAULT);
    assertThat(w.comparisonValue()).isEqualTo(78);
    assertThat(w.currentValue()).isEqualTo(294);
    WindowComparison given = Windows.againstBaseline(months(30), FinancialYear.of(2019), OptionalDouble.of(400),
        WindowOptions.DEFAULT);
    assertThat(given.comparisonValue()).isEqualTo(400);
    assertThat(given.comparison().start()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(given.kind()).isEqualTo(WindowKind.LATEST_VERSUS_BASELINE);
    assertThatThrownBy(() -> Windows.againstBaseline(months(30), FinancialYear.of(2019), OptionalDouble.empty(),
        WindowOptions.DEFAULT)).isInstanceOf(InsufficientDataException.class).hasMessageContaining("missing 2019-04");
    assertThatThrownBy(() -> Windows.againstBaseline(months(30),
        DateRange.of(LocalDate.of(2022, 4, 15), LocalDate.of(2022, 6, 1)), OptionalDouble.empty(),
        WindowOptions.DEFAULT)).isInstanceOf(InsufficientDataException.class).hasMessageContaining("whole months");
    assertThatThrownBy(() -> Windows.againstBaseline(months(30), DateRange.ofUnboundedEnd(LocalDate.of(2022, 4, 1)),
        OptionalDouble.empty(), WindowOptions.DEFAULT)).isInstanceOf(InsufficientDataException.class)
        .hasMessageContaining("no fixed start or end");
    assertThatThrownBy(() -> Windows.againstBaseline(months(3), FinancialYear.of(2022), OptionalDouble.empty(),
        WindowOptions.DEFAULT)).isInstanceOf(InsufficientDataException.class);
    assertThatThrownBy(() -> Windows.againstBaseline(months(30), FinancialYear.of(2022), OptionalDouble.of(-1),
        WindowOptions.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void smallNumbersCarryACaution() {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      points.add(SeriesPoint.of(START.plusMonths(i), i < 12 ? 1 : 0));
    }
    WindowComparison w = Windows.rolling12(CheckedSeries.of(points, true), WindowOptions.DEFAULT);
    assertThat(w.smallNumbers()).isTrue();
    assertThat(w.percentChange()).hasValue(-100.0);
    assertThat(w.warnings()).containsExactly("small numbers: 12 and 0 (below 10) can change a lot by chance");
    List<SeriesPoint> rising = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      rising.add(SeriesPoint.of(START.plusMonths(i), i < 12 ? 0 : 1));
    }
    WindowComparison fromNothing = Windows.rolling12(CheckedSeries.of(rising, true),
        WindowOptions.DEFAULT.withSmallNumberThreshold(0));
    assertThat(fromNothing.percentChange()).isEmpty();
    assertThat(fromNothing.smallNumbers()).isFalse();
    assertThat(fromNothing.warnings()).isEmpty();
  }

  @Test
  void windowsEitherSideOfARecordingBreakAreFlagged() {
    WindowOptions withBreak = WindowOptions.builder().addBreaks(LocalDate.of(2023, 4, 1)).build();
    assertThat(Windows.rolling12(months(30), withBreak).warnings()).containsExactly(
        "recording changed on 2023-04-01, within the span of the two windows: the comparison is not"
            + " like for like");
    WindowOptions onTheFirstDay = WindowOptions.builder().addBreaks(LocalDate.of(2022, 10, 1)).build();
    assertThat(Windows.rolling12(months(30), onTheFirstDay).warnings()).isEmpty();
    WindowOptions afterBoth = WindowOptions.builder().addBreaks(LocalDate.of(2024, 10, 1)).build();
    assertThat(Windows.rolling12(months(30), afterBoth).warnings()).isEmpty();
  }

  @Test
  void valuesThatAreNotCountsAreAveragedAndNotTested() {
    WindowOptions mean = WindowOptions.builder().aggregation(Aggregation.MEAN).build();
    WindowComparison w = Windows.rolling12(months(24), mean);
    assertThat(w.currentValue()).isEqualTo(18.5);
    assertThat(w.comparisonValue()).isEqualTo(6.5);
    assertThat(w.test()).isEmpty();
    assertThat(w.isSignificant(0.05)).isFalse();
    List<SeriesPoint> halves = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      halves.add(SeriesPoint.of(START.plusMonths(i), 10.3));
    }
    assertThat(Windows.rolling12(CheckedSeries.of(halves, true), WindowOptions.DEFAULT).test()).isEmpty();
  }

  @Test
  void onlyMonthlyAndQuarterlySeriesHaveWindows() {
    CheckedSeries years = CheckedSeries.of(List.of(SeriesPoint.of(FinancialYear.of(2020), 5),
        SeriesPoint.of(FinancialYear.of(2021), 6)), true);
    assertThatThrownBy(() -> Windows.rolling12(years, WindowOptions.DEFAULT))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessage("window comparisons need a monthly or quarterly series; this one has FinancialYear periods");
    assertThatThrownBy(() -> Windows.rolling12(CheckedSeries.of(List.of(SeriesPoint.of(3))), WindowOptions.DEFAULT))
        .hasMessageEndingWith("this one has no periods");
    assertThatThrownBy(() -> Windows.financialYearToDate(CheckedSeries.of(List.of()), WindowOptions.DEFAULT))
        .hasMessageEndingWith("this one is empty");
  }

  @Test
  void theFigureOverASpanNeedsEveryDayCovered() {
    CheckedSeries s = months(12);
    assertThat(Windows.over(s, LocalDate.of(2022, 4, 1), LocalDate.of(2023, 4, 1), Aggregation.SUM)).hasValue(78);
    assertThat(Windows.over(s, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 7, 1), Aggregation.MEAN)).hasValue(2.5);
    assertThat(Windows.over(s, LocalDate.of(2022, 4, 1), LocalDate.of(2023, 5, 1), Aggregation.SUM)).isEmpty();
    assertThat(Windows.over(s, LocalDate.of(2022, 4, 15), LocalDate.of(2022, 6, 1), Aggregation.SUM)).isEmpty();
    assertThat(Windows.over(s, LocalDate.of(2030, 4, 1), LocalDate.of(2031, 4, 1), Aggregation.SUM)).isEmpty();
    assertThat(Windows.over(CheckedSeries.of(List.of(SeriesPoint.of(1))), LocalDate.MIN, LocalDate.MAX,
        Aggregation.SUM)).isEmpty();
  }

  @Test
  void rollingSumsEqualNaiveSums() {
    qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(0, 60), integers().between(1, 24))
        .checkAssert((values, window) -> {
          double[] v = values.stream().mapToDouble(Integer::doubleValue).toArray();
          double[] sums = Windows.rollingSums(v, window);
          assertThat(sums).hasSize(Math.max(0, v.length - window + 1));
          for (int i = 0; i < sums.length; i++) {
            assertThat(sums[i]).isEqualTo(values.subList(i, i + window).stream().mapToInt(x -> x).sum());
          }
        });
    assertThatThrownBy(() -> Windows.rollingSums(new double[3], 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rollingTwelveAgreesWithTheRollingSumsOfAGeneratedSeries() {
    qt().forAll(lists().of(integers().between(0, 500)).ofSizeBetween(24, 48)).checkAssert(values -> {
      List<SeriesPoint> points = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        points.add(SeriesPoint.of(START.plusMonths(i), values.get(i)));
      }
      double[] sums = Windows.rollingSums(values.stream().mapToDouble(Integer::doubleValue).toArray(), 12);
      WindowComparison w = Windows.rolling12(CheckedSeries.of(points, true), WindowOptions.DEFAULT);
      assertThat(w.currentValue()).isEqualTo(sums[sums.length - 1]);
      assertThat(w.comparisonValue()).isEqualTo(sums[sums.length - 13]);
      assertThat(w.test().orElseThrow().pValue()).isBetween(0.0, 1.0);
    });
  }

  @Test
  void optionsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> WindowOptions.builder().confidence(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
    assertThatThrownBy(() -> WindowOptions.builder().smallNumberThreshold(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smallNumberThreshold");
  }
}
