package io.github.sscp.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.Baseline;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationSeries;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.SeriesKey;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.rules.kpi.peer.PeerArea;
import io.github.sscp.rules.kpi.series.SeriesException;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.target.TargetRating;
import io.github.sscp.testkit.SscpSamples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One verdict per measure: which signal decides, why, and what happens with too little or bad data. */
class KpiEngineTest {

  static final CalendarMonth APRIL_2022 = CalendarMonth.of(2022, 4);
  static final KpiEngine ENGINE = KpiEngine.standard();

  /** A monthly series from April 2022 alternating low and high, with a level of its own after {@code stepAt}. */
  static List<SeriesPoint> monthly(int count, int stepAt, double after) {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double base = i % 2 == 0 ? 95 : 105;
      points.add(SeriesPoint.of(APRIL_2022.plusMonths(i), i >= stepAt ? base + after : base));
    }
    return points;
  }

  static KpiRequest.Builder request(List<SeriesPoint> points) {
    return KpiRequest.builder().measureId("burglary").polarity(Polarity.LOWER_IS_BETTER).points(points);
  }

  @Test
  void spcDecidesWhenTheLatestGroupHasEnoughPoints() {
    KpiAssessment a = ENGINE.assess(request(monthly(36, 28, 30)).build());
    assertThat(a.status()).isEqualTo(KpiStatus.DETERIORATING);
    assertThat(a.decidedBy()).isEqualTo(KpiSignal.SPC);
    assertThat(a.reasons().get(0)).startsWith("SPC: 2025-03 shows special cause concern (");
    assertThat(a.spc().orElseThrow().latest().orElseThrow().rules()).isNotEmpty();
    assertThat(a.reasons().get(1)).startsWith("beside it, the latest 12 months (");
    assertThat(a.rolling12()).isPresent();
    assertThat(a.yearToDate()).isPresent();
    assertThat(a.notRun()).containsKeys(KpiPart.BASELINE, KpiPart.TARGET, KpiPart.PEER);
    assertThat(a.notRun().get(KpiPart.BASELINE)).isEqualTo("the measure has no baseline");
    assertThat(a.notRun().get(KpiPart.PEER)).isEqualTo("no comparator group was given");

    KpiAssessment better = ENGINE.assess(request(monthly(36, 28, -30)).build());
    assertThat(better.status()).isEqualTo(KpiStatus.IMPROVING);
    KpiAssessment flat = ENGINE.assess(request(monthly(36, 99, 0)).build());
    assertThat(flat.status()).isEqualTo(KpiStatus.NO_SIGNIFICANT_CHANGE);
    assertThat(flat.reasons().get(0)).isEqualTo(
        "SPC: 2025-03 shows common cause variation against a mean of 100 over 36 points from 2022-04");
    KpiAssessment neutral = ENGINE.assess(request(monthly(36, 28, 30)).polarity(Polarity.NEUTRAL).build());
    assertThat(neutral.status()).isEqualTo(KpiStatus.CHANGED);
  }

  static List<SeriesPoint> quarterly(double... values) {
    Quarter q = Quarter.of(FinancialYear.of(2022), 1);
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(SeriesPoint.of(q.plusQuarters(i), values[i]));
    }
    return points;
  }

  @Test
  void theExactTestDecidesWhenSpcHasTooFewPoints() {
    KpiAssessment a = ENGINE.assess(request(quarterly(300, 310, 290, 305, 240, 230, 250, 235)).build());
    assertThat(a.status()).isEqualTo(KpiStatus.IMPROVING);
    assertThat(a.decidedBy()).isEqualTo(KpiSignal.ROLLING_12_MONTHS);
    assertThat(a.reasons().get(0)).startsWith("the latest 12 months (955) against the 12 before (1,205), -20.7%,"
        + " exact test p ").endsWith(": bigger than chance");
    assertThat(a.reasons().get(1)).isEqualTo(
        "SPC did not decide: the latest group has 8 points, fewer than the 13 reliable limits need");
    KpiAssessment same = ENGINE.assess(request(quarterly(300, 310, 290, 305, 300, 296, 310, 302)).build());
    assertThat(same.status()).isEqualTo(KpiStatus.NO_SIGNIFICANT_CHANGE);
    assertThat(same.reasons().get(0)).endsWith(": within chance");
    KpiAssessment worse = ENGINE.assess(request(quarterly(240, 230, 250, 235, 300, 310, 290, 305)).build());
    assertThat(worse.status()).isEqualTo(KpiStatus.DETERIORATING);
    KpiAssessment up = ENGINE.assess(request(quarterly(240, 230, 250, 235, 300, 310, 290, 305))
        .polarity(Polarity.HIGHER_IS_BETTER).build());
    assertThat(up.status()).isEqualTo(KpiStatus.IMPROVING);
    KpiAssessment neutral = ENGINE.assess(request(quarterly(240, 230, 250, 235, 300, 310, 290, 305))
        .polarity(Polarity.CONTEXT_ONLY).build());
    assertThat(neutral.status()).isEqualTo(KpiStatus.CHANGED);
  }

  @Test
  void tooLittleDataIsInsufficientWithEveryReason() {
    KpiAssessment a = ENGINE.assess(request(quarterly(300, 310, 290)).build());
    assertThat(a.status()).isEqualTo(KpiStatus.INSUFFICIENT_DATA);
    assertThat(a.decidedBy()).isEqualTo(KpiSignal.NONE);
    assertThat(a.reasons()).containsExactly(
        "SPC: the latest group has 3 points, fewer than the 13 reliable limits need",
        "rolling 12 months: a rolling 12-month comparison needs 2020/21 Q4 to 2021/22 Q3 and"
            + " 2021/22 Q4 to 2022/23 Q3; missing 2020/21 Q4, 2021/22 Q1, 2021/22 Q2, 2021/22 Q3, 2021/22 Q4");
  }

  @Test
  void noObservationsIsInsufficientForEveryPart() {
    KpiAssessment a = ENGINE.assess(request(List.of()).build());
    assertThat(a.status()).isEqualTo(KpiStatus.INSUFFICIENT_DATA);
    assertThat(a.notRun()).containsEntry(KpiPart.SPC, "no observations")
        .containsEntry(KpiPart.ROLLING_12_MONTHS, "no observations")
        .containsEntry(KpiPart.TARGET, "no observations");
    assertThat(a.reasons()).containsExactly("SPC: no observations", "rolling 12 months: no observations");
    assertThat(a.spc()).isEmpty();
    assertThat(a.target()).isEmpty();
  }

  @Test
  void aBadSeriesIsRefusedNamingTheMeasureAndThePeriod() {
    List<SeriesPoint> points = new ArrayList<>(monthly(24, 99, 0));
    points.set(5, SeriesPoint.of(APRIL_2022.plusMonths(5), Double.NaN));
    assertThatThrownBy(() -> ENGINE.assess(request(points).build())).isInstanceOf(SeriesException.class)
        .hasMessage("measure burglary: 2022-09: value NaN is not a finite number");
    points.set(5, SeriesPoint.of(APRIL_2022.plusMonths(5), -1));
    assertThatThrownBy(() -> ENGINE.assess(request(points).build())).isInstanceOf(SeriesException.class)
        .hasMessage("measure burglary: 2022-09: a count cannot be negative, but is -1.0");
    assertThat(ENGINE.assess(request(points).valueType(ValueType.RATE).build()).spc()).isPresent();
    points.set(5, SeriesPoint.of(APRIL_2022.plusMonths(6), 3));
    assertThatThrownBy(() -> ENGINE.assess(request(points).build())).isInstanceOf(SeriesException.class)
        .hasMessage("measure burglary: 2022-10: the period is given twice");
  }

  @Test
  void aRecordedBreakRebasesSpcAndStopsAWindowComparisonAcrossIt() {
    LocalDate change = APRIL_2022.plusMonths(20).start();
    KpiAssessment rebased = ENGINE.assess(request(monthly(40, 20, 40)).addBreaks(change).build());
    assertThat(rebased.spc().orElseThrow().groups()).hasSize(2);
    assertThat(rebased.status()).isEqualTo(KpiStatus.NO_SIGNIFICANT_CHANGE);
    assertThat(rebased.rolling12().orElseThrow().warnings()).anyMatch(w -> w.contains("not like for like"));
    KpiAssessment ignored = KpiEngine.of(KpiPolicy.builder().rebaseAtRecordedBreaks(false).build())
        .assess(request(monthly(40, 20, 40)).addBreaks(change).build());
    assertThat(ignored.spc().orElseThrow().groups()).hasSize(1);
    assertThat(ignored.status()).isEqualTo(KpiStatus.DETERIORATING);
    KpiAssessment shortAfterBreak = ENGINE.assess(request(monthly(28, 20, 40)).addBreaks(change).build());
    assertThat(shortAfterBreak.status()).isEqualTo(KpiStatus.INSUFFICIENT_DATA);
    assertThat(shortAfterBreak.reasons()).containsExactly(
        "SPC: the latest group has 8 points, fewer than the 13 reliable limits need",
        "rolling 12 months: the windows straddle a recording break");
    KpiAssessment breakBeforeData = ENGINE.assess(request(monthly(36, 99, 0))
        .addBreaks(LocalDate.of(2000, 1, 1)).build());
    assertThat(breakBeforeData.spc().orElseThrow().groups()).hasSize(1);
  }

  @Test
  void partsCanBeLeftOut() {
    KpiPolicy spcOnly = KpiPolicy.builder().addSkip(KpiPart.ROLLING_12_MONTHS, KpiPart.FINANCIAL_YEAR_TO_DATE,
        KpiPart.BASELINE, KpiPart.TARGET, KpiPart.PEER).build();
    KpiAssessment a = KpiEngine.of(spcOnly).assess(request(monthly(36, 28, 30)).build());
    assertThat(a.rolling12()).isEmpty();
    assertThat(a.yearToDate()).isEmpty();
    assertThat(a.notRun()).isEmpty();
    assertThat(a.reasons()).hasSize(1);
    KpiPolicy noSpc = KpiPolicy.builder().addSkip(KpiPart.SPC).build();
    KpiAssessment b = KpiEngine.of(noSpc).assess(request(monthly(36, 28, 30)).build());
    assertThat(b.decidedBy()).isEqualTo(KpiSignal.ROLLING_12_MONTHS);
    assertThat(b.reasons().get(1)).isEqualTo("SPC did not decide: not asked for");
    assertThat(KpiEngine.of(noSpc).policy()).isSameAs(noSpc);
    assertThatThrownBy(() -> KpiPolicy.builder().alpha(0).build()).hasMessageContaining("alpha");
    assertThatThrownBy(() -> KpiPolicy.builder().ratePer(0).build()).hasMessageContaining("ratePer");
  }

  @Test
  void theTargetIsJudgedOnItsPeriodOrTheLatestStretchOfTheSameLength() {
    Target year1 = Target.builder().type(TargetType.ABSOLUTE).value(BigDecimal.valueOf(1150))
        .by(FinancialYear.of(2022)).build();
    Target year3 = Target.builder().type(TargetType.ABSOLUTE).value(BigDecimal.valueOf(1250))
        .by(FinancialYear.of(2024)).build();
    TolerancePolicy policy = TolerancePolicy.relative("p", BigDecimal.TEN);
    // 30 months to September 2024: 2024/25 is not complete, so the latest 12 months stand in
    KpiAssessment a = ENGINE.assess(request(monthly(30, 99, 0)).addTargets(year3, year1)
        .tolerancePolicy(policy).build());
    assertThat(a.target().orElseThrow().target()).isEqualTo(year3);
    assertThat(a.target().orElseThrow().actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1200"));
    assertThat(a.target().orElseThrow().rating()).isEqualTo(TargetRating.GREEN);
    assertThat(a.target().orElseThrow().reason()).endsWith(
        "; the latest 12 months, to 2024-09, stand in for 2024/25, which the data do not yet cover");
    // 36 months to March 2025: every target is past, so the latest is judged on its own year
    KpiAssessment done = ENGINE.assess(request(monthly(36, 24, 10)).addTargets(year1, year3).build());
    assertThat(done.target().orElseThrow().target()).isEqualTo(year3);
    assertThat(done.target().orElseThrow().actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1320"));
    assertThat(done.target().orElseThrow().rating()).isEqualTo(TargetRating.RED);
    KpiAssessment listedLastFirst = ENGINE.assess(request(monthly(36, 24, 10)).addTargets(year3, year1).build());
    assertThat(listedLastFirst.target().orElseThrow().target()).isEqualTo(year3);
    KpiAssessment outturn = ENGINE.assess(request(monthly(36, 24, 10)).addTargets(Target.builder()
        .type(TargetType.PREVIOUS_YEAR_OUTTURN).by(FinancialYear.of(2024)).build()).build());
    assertThat(outturn.target().orElseThrow().aim()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1200"));
    KpiAssessment gap = ENGINE.assess(request(monthly(30, 99, 0).subList(0, 29)).addTargets(year3).build());
    assertThat(gap.target().orElseThrow().rating()).isEqualTo(TargetRating.GREEN);
    List<SeriesPoint> holed = new ArrayList<>(monthly(30, 99, 0));
    holed.remove(25);
    KpiAssessment withHole = ENGINE.assess(request(holed).addTargets(year3).build());
    assertThat(withHole.target().orElseThrow().rating()).isEqualTo(TargetRating.NO_DATA);
    assertThat(withHole.target().orElseThrow().reason()).endsWith(
        "the data do not yet cover 2024/25, and the latest 12 months have a gap");
    KpiAssessment past = ENGINE.assess(request(monthly(36, 99, 0).subList(12, 36)).addTargets(year1).build());
    assertThat(past.target().orElseThrow().reason()).endsWith("the data do not cover 2022/23");
    KpiAssessment baselined = ENGINE.assess(request(monthly(36, 99, 0)).addTargets(Target.directionOnly(
        FinancialYear.of(2024))).baseline(Baseline.builder().period(FinancialYear.of(2022))
        .value(BigDecimal.valueOf(1300)).build()).build());
    assertThat(baselined.target().orElseThrow().rating()).isEqualTo(TargetRating.GREEN);
    assertThat(baselined.baseline().orElseThrow().comparisonValue()).isEqualTo(1300);
    KpiAssessment lastYear = ENGINE.assess(request(monthly(36, 24, 10)).addTargets(Target.directionOnly(
        FinancialYear.of(2024))).build());
    assertThat(lastYear.target().orElseThrow().aim()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1200"));
    assertThat(lastYear.target().orElseThrow().rating()).isEqualTo(TargetRating.RED);
    assertThat(lastYear.target().orElseThrow().reason()).endsWith(
        "; with no baseline, the direction is judged against the same months a year earlier");
  }

  @Test
  void peersArePlacedWhenAGroupIsGiven() {
    KpiAssessment a = ENGINE.assess(request(monthly(36, 99, 0)).areaId("us")
        .addPeers(PeerArea.withPopulation("us", 1200, 250_000), PeerArea.withPopulation("them", 900, 250_000))
        .addTargets(Target.builder().type(TargetType.PEER_RANK).value(BigDecimal.ONE).by(FinancialYear.of(2024)).build())
        .build());
    assertThat(a.peer().orElseThrow().rank()).isEqualTo(2);
    assertThat(a.target().orElseThrow().rating()).isEqualTo(TargetRating.RED);
    KpiAssessment lonely = ENGINE.assess(request(monthly(36, 99, 0)).areaId("us")
        .addPeers(PeerArea.withChange("us", 1200, 0)).build());
    assertThat(lonely.notRun().get(KpiPart.PEER)).contains("previous count");
  }

  @Test
  void aMeasureOfSuccessIsReadFromThePartnershipModel() {
    MeasureDefinition measure = MeasureDefinition.builder().id("burglary").name("Residential burglary")
        .valueType(ValueType.COUNT).unit("offences").polarity(Polarity.LOWER_IS_BETTER)
        .frequency(Frequency.MONTHLY).dataSource(DataSource.of("police.uk")).smallNumberThreshold(2000)
        .build();
    List<Observation> observations = new ArrayList<>();
    for (SeriesPoint p : monthly(36, 28, 30)) {
      observations.add(Observation.builder().id("o" + observations.size()).measureId("burglary")
          .period(p.period().orElseThrow()).value(BigDecimal.valueOf(p.value())).build());
    }
    ObservationSeries series = new ObservationSeries(SeriesKey.of("burglary"), observations);
    KpiRequest r = KpiRequest.of(measure, MeasureBinding.of("burglary"), series, java.util.Optional.empty());
    KpiAssessment a = ENGINE.assess(r);
    assertThat(a.status()).isEqualTo(KpiStatus.DETERIORATING);
    assertThat(a.rolling12().orElseThrow().smallNumbers()).isTrue();
    assertThatThrownBy(() -> KpiRequest.of(measure, MeasureBinding.of("other"), series, java.util.Optional.empty()))
        .hasMessage("measure burglary: the binding is for other and the series for burglary");
  }

  @Test
  void everyMeasureOfSuccessOfGeneratedPartnershipsIsAssessedAndTheEngineIsThreadSafe() {
    List<KpiRequest> requests = new ArrayList<>();
    for (Partnership p : SscpSamples.of(io.github.sscp.testkit.PartnershipRecipes.partnership(
        io.github.sscp.testkit.PartnershipSize.typical()), 7L, 20)) {
      p.strategies().forEach(s -> s.focusAreas().forEach(f -> f.measuresOfSuccess()
          .forEach(b -> requests.add(KpiRequest.from(p, b)))));
    }
    assertThat(requests).hasSizeGreaterThan(20);
    List<KpiAssessment> sequential = requests.stream().map(ENGINE::assess).toList();
    // the same engine on four threads at once, each request assessed by whichever thread is free
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    List<KpiAssessment> parallel;
    try {
      List<java.util.concurrent.Future<KpiAssessment>> futures = new ArrayList<>();
      for (KpiRequest r : requests) {
        futures.add(pool.submit(() -> ENGINE.assess(r)));
      }
      parallel = new ArrayList<>();
      for (java.util.concurrent.Future<KpiAssessment> f : futures) {
        parallel.add(f.get());
      }
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new AssertionError(e);
    } finally {
      pool.shutdown();
    }
    assertThat(parallel).isEqualTo(sequential);
    // the generated partnerships reach more than one verdict, so equality above compares verdicts
    assertThat(sequential.stream().map(KpiAssessment::status).distinct().count())
        .isGreaterThan(1);
  }
}
