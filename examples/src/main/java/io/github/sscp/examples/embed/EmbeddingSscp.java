package io.github.sscp.examples.embed;

import io.github.sscp.json.Format;
import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.base.SscpException;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.MeasureAssessments;
import io.github.sscp.rules.kpi.PartnershipAssessment;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Reads a partnership, adds a month of data, assesses every measure, writes the law as JSON. */
public final class EmbeddingSscp {

  private EmbeddingSscp() {}

  /**
   * Runs the program.
   *
   * @param args the partnership file (JSON or YAML), then the JSON file to write
   */
  public static void main(String[] args) {
    try {
      Partnership p = SscpJson.standard().readPartnership(Path.of(args[0]));
      Observation march = Observation.builder().measureId("asb-incidents")   // id derived
          .period(CalendarMonth.parse("2026-03")).value(BigDecimal.valueOf(412)).build();
      p = ModelValidator.shared().requireValid(
          p.withObservations(p.observations().join(List.of(march))));
      MeasureAssessments kpis = PartnershipAssessment.of(p).asOf(LocalDate.of(2026, 3, 31)).assess();
      for (KpiAssessment a : kpis.assessments()) {
        System.out.println(a.measureId() + ": " + a.status() + ", " + a.reasons().get(0));
      }
      SscpJson.standard().write(Catalogue.statutory().evaluate(p, LocalDate.of(2026, 3, 31)),
          Format.JSON, Path.of(args[1]));
    } catch (SscpException e) {
      System.err.println(e.getMessage());   // every failure: file, pointer or path, and what
      System.exit(1);
    }
  }
}
