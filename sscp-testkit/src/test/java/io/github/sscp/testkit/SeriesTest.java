package io.github.sscp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.Quarter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The series generators produce what they promise. Seeds are fixed, so results are repeatable. */
class SeriesTest {

  static double mean(List<Long> counts, int from, int to) {
    return counts.subList(from, to).stream().mapToLong(Long::longValue).average().orElseThrow();
  }

  @Test
  void stablePoissonSeries_hasTheRequestedMeanAndVariance() {
    CountSeries s = SscpSamples.series(SeriesShape.monthly(CalendarMonth.of(2000, 1), 20_000, 40), 11L);
    double m = mean(s.counts(), 0, 20_000);
    double var = s.counts().stream().mapToDouble(c -> (c - m) * (c - m)).sum() / (20_000 - 1);
    // standard error of the mean is sqrt(40/20000) = 0.045; allow 5 standard errors
    assertThat(m).isCloseTo(40, within(0.23));
    assertThat(var).isCloseTo(40, within(2.5));   // Poisson: variance equals the mean
  }

  @Test
  void stepShift_changesTheLevelFromItsPoint() {
    SeriesShape shape = SeriesShape.quarterly(Quarter.of(FinancialYear.of(2000), 1), 4000, 50)
        .withStepAt(2000, 1.5);
    CountSeries s = SscpSamples.series(shape, 5L);
    assertThat(mean(s.counts(), 0, 2000)).isCloseTo(50, within(0.8));
    assertThat(mean(s.counts(), 2000, 4000)).isCloseTo(75, within(1.0));
  }

  @Test
  void trendSeasonalityAndOutliers_shapeTheExpectedCounts() {
    SeriesShape trend = SeriesShape.monthly(CalendarMonth.of(2020, 1), 24, 100).withTrend(0.05);
    assertThat(trend.expectedAt(10)).isCloseTo(150, within(1e-9));
    SeriesShape seasonal = SeriesShape.monthly(CalendarMonth.of(2020, 1), 24, 100).withSeasonality(0.2);
    assertThat(seasonal.expectedAt(0)).isCloseTo(120, within(1e-9));
    assertThat(seasonal.expectedAt(6)).isCloseTo(80, within(1e-9));
    assertThat(seasonal.expectedAt(12)).isCloseTo(120, within(1e-9));
    SeriesShape outliers = SeriesShape.monthly(CalendarMonth.of(2020, 1), 24, 20).withOutliers(5, 7);
    CountSeries s = SscpSamples.series(outliers, 2L);
    assertThat(s.counts().get(7)).isGreaterThan(60);   // mean 100 there; P(X <= 60) < 1e-6
  }

  @Test
  void recordingBreak_marksTheFirstPeriodUnderTheNewRule() {
    SeriesShape shape = SeriesShape.quarterly(Quarter.of(FinancialYear.of(2015), 1), 12, 250)
        .withRecordingBreakAt(8, 1.7);
    List<Observation> obs = SscpSamples.series(shape, 1L).toObservations("burglary", GssCode.of("E22000120"));
    assertThat(obs).hasSize(12);
    assertThat(obs.get(8).qualityNote()).isPresent();
    assertThat(obs.get(8).period()).isEqualTo(Quarter.of(FinancialYear.of(2017), 1));
    assertThat(obs).filteredOn(o -> o.qualityNote().isPresent()).hasSize(1);
    assertThat(shape.expectedAt(8) / shape.expectedAt(7)).isCloseTo(1.7, within(1e-9));
  }

  @Test
  void gapsAndDuplicates_appearAsMissingAndRepeatedPeriods() {
    qt().forAll(SscpGen.series(SeriesShape.monthly(CalendarMonth.of(2022, 4), 24, 30)
        .withGapsAt(3, 10).withDuplicatesAt(5))).checkAssert(s -> {
          assertThat(s.counts()).hasSize(24 - 2 + 1);
          assertThat(s.periods()).doesNotContain(CalendarMonth.of(2022, 7), CalendarMonth.of(2023, 2));
          assertThat(s.periods()).filteredOn(p -> p.equals(CalendarMonth.of(2022, 9))).hasSize(2);
        });
  }

  @Test
  void countsAreNeverNegative_andPeriodsFollowTheShape() {
    qt().forAll(SscpGen.series(SeriesShape.monthly(CalendarMonth.of(2019, 1), 36, 3).withTrend(-0.05)))
        .checkAssert(s -> {
          assertThat(s.counts()).allSatisfy(c -> assertThat(c).isNotNegative());
          IntStream.range(0, 36).forEach(i ->
              assertThat(s.periods().get(i)).isEqualTo(CalendarMonth.of(java.time.YearMonth.of(2019, 1)
                  .plusMonths(i))));
        });
  }
}
