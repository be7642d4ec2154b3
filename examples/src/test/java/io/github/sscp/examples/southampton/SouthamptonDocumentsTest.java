package io.github.sscp.examples.southampton;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sscp.json.DocumentKind;
import io.github.sscp.json.Format;
import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.KpiEngine;
import io.github.sscp.rules.kpi.KpiRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checked-in Southampton documents are current, read back to exactly the built partnership,
 * satisfy the published schema, and keep personal data out of the public view. The tests never
 * write the files: after a change, run {@link SouthamptonDocuments#main} and review the difference.
 */
class SouthamptonDocumentsTest {

  static final Path DIR = Path.of("southampton");
  static final Partnership SOUTHAMPTON = SouthamptonSafeCityPartnership.build();
  static final SscpJson SSCP = SscpJson.standard();

  static String file(String name) throws IOException {
    return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void theCheckedInFilesAreWhatTheLibraryWritesToday() throws IOException {
    assertThat(file(SouthamptonDocuments.JSON_FILE)).isEqualTo(SouthamptonDocuments.json());
    assertThat(file(SouthamptonDocuments.YAML_FILE)).isEqualTo(SouthamptonDocuments.yaml());
  }

  @Test
  void theVersionBeforeThe2024RefreshIsCheckedInValidAndLabelled() throws IOException {
    assertThat(file(SouthamptonDocuments.BEFORE_2024_FILE))
        .isEqualTo(SouthamptonDocuments.yamlBefore2024());
    Partnership before = SouthamptonDocuments.read(DIR.resolve(SouthamptonDocuments.BEFORE_2024_FILE));
    assertThat(before).isEqualTo(SouthamptonSafeCityPartnership.before2024Refresh());
    assertThat(before.strategies().get(0).focusAreas()).isEmpty();
    assertThat(before.strategies().get(0).keyCrimeIssues()).isEmpty();
    assertThat(before.chairs(java.time.LocalDate.of(2023, 6, 1))).singleElement()
        .satisfies(p -> assertThat(p.provenance().isIllustrative()).isTrue());
  }

  @Test
  void bothFilesReadBackToThePartnershipWithItsDataFilesNamed() throws IOException {
    Partnership document = SouthamptonSafeCityPartnership.document();
    assertThat(SouthamptonDocuments.read(DIR.resolve(SouthamptonDocuments.JSON_FILE)))
        .isEqualTo(document);
    assertThat(SouthamptonDocuments.read(DIR.resolve(SouthamptonDocuments.YAML_FILE)))
        .isEqualTo(document);
    assertThat(document.observations().entries()).isEmpty();
    assertThat(document.dataFiles()).extracting(d -> d.path()).containsExactly(
        SouthamptonSafeCityPartnership.HOME_OFFICE_FILE, SouthamptonSafeCityPartnership.POLICE_UK_FILE);
    assertThat(file(SouthamptonDocuments.YAML_FILE)).contains("  observations: {}\n");
  }

  /** The file's figures live in the data files beside it: read with them, every figure is back. */
  @Test
  void theYamlFileReadWithTheDataFilesItNamesHoldsEveryRecordedCrimeFigure() throws IOException {
    Partnership p = SouthamptonDocuments.read(DIR.resolve(SouthamptonDocuments.YAML_FILE));
    io.github.sscp.data.files.DataImport data = io.github.sscp.data.files.DataFiles.readNamed(p,
        DIR, io.github.sscp.data.files.DataRequest.forPartnership(p), false);
    assertThat(data.imports()).hasSize(2);
    assertThat(data.refusals()).isEmpty();
    Partnership joined = data.joinTo(p);
    java.util.Map<String, java.math.BigDecimal> read = new java.util.TreeMap<>();
    joined.observations().entries().stream().filter(o -> o.geography().isEmpty()
            || o.geography().get().value().equals("E22000120"))
        .filter(o -> o.measureId().equals(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY)
            || o.measureId().equals(SouthamptonSafeCityPartnership.THEFT_OF_MOTOR_VEHICLE))
        .forEach(o -> read.put(o.measureId() + " " + o.period(), o.value().orElseThrow()));
    java.util.Map<String, java.math.BigDecimal> built = new java.util.TreeMap<>();
    SOUTHAMPTON.observations().entries().forEach(o -> built.put(o.measureId() + " "
        + o.period(), o.value().orElseThrow()));
    assertThat(built).hasSize(88);
    assertThat(read).isEqualTo(built);
    // Southampton's first quarter of residential burglary, as the Home Office table gives it
    assertThat(read).containsEntry("residential-burglary 2015/16 Q1", new java.math.BigDecimal("225"));
  }

  @Test
  void theYamlFileCarriesItsAttributionAndSectionComments() throws IOException {
    String yaml = file(SouthamptonDocuments.YAML_FILE);
    assertThat(yaml).startsWith("# The Southampton Safe City Partnership")
        .contains("# Source: " + SouthamptonSafeCityPartnership.SEED)
        .contains("ILLUSTRATIVE")
        .contains("  # The partnership plan: priorities, objectives, actions, annexes\n  strategies:")
        .contains("  # Who sits on the partnership, dated; statutory roles marked\n  memberships:");
  }

  @Test
  void bothFilesSatisfyThePublishedSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SscpJson.schema(DocumentKind.PARTNERSHIP), InputFormat.JSON);
    List<Error> json = schema.validate(file(SouthamptonDocuments.JSON_FILE), InputFormat.JSON);
    List<Error> yaml = schema.validate(file(SouthamptonDocuments.YAML_FILE), InputFormat.YAML);
    assertThat(json).isEmpty();
    assertThat(yaml).isEmpty();
  }

  @Test
  void thePublicViewLeavesOutTheContactDetailsTheFullDocumentHolds() {
    String full = SSCP.write(SOUTHAMPTON, Format.JSON);
    String open = SSCP.writePublic(SOUTHAMPTON, Format.JSON);
    assertThat(full).contains("chris.brown@southampton.gov.uk").contains("07450 231180");
    assertThat(open).doesNotContain("@southampton.gov.uk").doesNotContain("07450")
        .contains("Southampton Safe City Partnership");
    assertThat(open).doesNotContainPattern("\"(email|telephone)\"");
  }

  /** The README's "Partnership files" snippet, on the YAML file: it runs and says something. */
  @Test
  void theReadmeSnippetReadsTheYamlFileAndJudgesIt() throws IOException {
    Partnership p;
    try (InputStream in = Files.newInputStream(DIR.resolve(SouthamptonDocuments.YAML_FILE))) {
      p = SscpJson.standard().readPartnership(in);
    }
    p = io.github.sscp.data.files.DataFiles.readNamed(p, DIR,
        io.github.sscp.data.files.DataRequest.forPartnership(p), false).joinTo(p);
    ComplianceReport law = Catalogue.statutory().evaluate(p, LocalDate.of(2024, 7, 1));
    assertThat(law.render()).contains("CDA98-S6-1D-SERIOUS-VIOLENCE");
    List<String> lines = new ArrayList<>();
    for (Strategy s : p.strategies()) {
      for (FocusArea f : s.focusAreas()) {
        for (MeasureBinding b : f.measuresOfSuccess()) {
          KpiAssessment a = KpiEngine.standard().assess(KpiRequest.from(p, b));
          lines.add(b.measureId() + ": " + a.status() + " " + a.reasons().get(0));
        }
      }
    }
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .startsWith(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY + ": "));
  }

  @Test
  void theComplianceReportAndKpiAssessmentsRoundTrip() {
    ComplianceReport report = Catalogue.statutory().evaluate(SOUTHAMPTON, LocalDate.of(2024, 7, 1));
    for (Format f : Format.values()) {
      assertThat(SSCP.read(SSCP.write(report, f), f, DocumentKind.COMPLIANCE_REPORT))
          .isEqualTo(report);
    }
    List<KpiAssessment> assessed = SouthamptonKpiExample.assessments(SOUTHAMPTON);
    assertThat(assessed).hasSizeGreaterThan(1);
    for (KpiAssessment a : assessed) {
      for (Format f : Format.values()) {
        assertThat(SSCP.read(SSCP.write(a, f), f, DocumentKind.KPI_ASSESSMENT)).isEqualTo(a);
      }
    }
  }
}
