package io.github.sscp.json;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.KpiEngine;
import io.github.sscp.rules.kpi.KpiRequest;
import io.github.sscp.rules.kpi.peer.PeerArea;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.testkit.CountSeries;
import io.github.sscp.testkit.SeriesShape;
import io.github.sscp.testkit.SscpGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of the three document kinds, built on the testkit's. */
final class Documents {

  private Documents() {}

  static Gen<Partnership> partnerships() {
    return SscpGen.partnerships();
  }

  /** Compliance reports of generated partnerships on dates from 2000 to 2027. */
  static Gen<ComplianceReport> complianceReports() {
    Gen<LocalDate> on = integers().between(0, 365 * 27).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    return SscpGen.partnerships().zip(on, (p, d) -> Catalogue.statutory().evaluate(p, d));
  }

  /**
   * KPI assessments of generated monthly and quarterly series with steps, trends and recording
   * breaks, sometimes with a target and peers.
   */
  static Gen<KpiAssessment> kpiAssessments() {
    List<SeriesShape> shapes = List.of(
        SeriesShape.monthly(CalendarMonth.of(2021, 4), 36, 40),
        SeriesShape.monthly(CalendarMonth.of(2020, 1), 48, 12).withStepAt(30, 1.6),
        SeriesShape.monthly(CalendarMonth.of(2022, 4), 30, 3).withTrend(-0.05),
        SeriesShape.monthly(CalendarMonth.of(2019, 4), 60, 90).withRecordingBreakAt(40, 1.4),
        SeriesShape.monthly(CalendarMonth.of(2023, 1), 8, 20),
        SeriesShape.quarterly(Quarter.of(io.github.sscp.model.time.FinancialYear.of(2018), 1), 24, 300).withSeasonality(0.2));
    Gen<CountSeries> series = Generate.pick(shapes).flatMap(SscpGen::series);
    Gen<Polarity> polarity = Generate.enumValues(Polarity.class);
    Gen<Integer> extras = integers().between(0, 3);
    return series.zip(polarity, extras, SscpGen.targets(), (s, pol, extra, target) -> {
      List<SeriesPoint> points = new ArrayList<>();
      for (int i = 0; i < s.periods().size(); i++) {
        points.add(SeriesPoint.of(s.periods().get(i), s.counts().get(i)));
      }
      KpiRequest.Builder r = KpiRequest.builder().measureId("generated").polarity(pol).points(points);
      s.recordingBreak().ifPresent(b -> r.addBreaks(b.date()));
      if ((extra & 1) != 0) {
        r.addTargets(target);
      }
      if ((extra & 2) != 0) {
        long latest = s.counts().get(s.counts().size() - 1);
        r.areaId("us").addPeers(PeerArea.withPopulation("us", latest * 12, 250_000),
            PeerArea.withPopulation("them", latest * 10 + 7, 180_000),
            PeerArea.withPopulation("others", latest * 14 + 1, 300_000));
      }
      return KpiEngine.standard().assess(r.build());
    });
  }
}
