package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Hand-written documents read as a user would write them. */
class ValidDocumentsTest {

  static byte[] resource(String name) {
    try (InputStream in = ValidDocumentsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSmallHandWrittenPartnershipReads() {
    Partnership p = SscpJson.standard().read(resource("valid/small-partnership.json"), Format.JSON,
        DocumentKind.PARTNERSHIP);
    assertThat(p.name()).isEqualTo("Exampleton Community Safety Partnership");
    assertThat(p.statutoryMemberships()).hasSize(2);
    assertThat(p.observations().entries()).hasSize(2);
  }

  @Test
  void theHandWrittenYamlWithCommentsReadsAsTheJson() {
    SscpJson sscp = SscpJson.standard();
    Partnership fromJson = sscp.read(resource("valid/small-partnership.json"), Format.JSON,
        DocumentKind.PARTNERSHIP);
    Partnership fromYaml = sscp.readPartnership(new java.io.ByteArrayInputStream(
        resource("valid/small-partnership.yaml")));
    assertThat(fromYaml).isEqualTo(fromJson);
  }

  @Test
  void aSingleUtf8ByteOrderMarkIsSkipped() {
    byte[] json = resource("valid/small-partnership.json");
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    SscpJson sscp = SscpJson.standard();
    assertThat(sscp.read(withBom, Format.JSON, DocumentKind.PARTNERSHIP))
        .isEqualTo(sscp.read(json, Format.JSON, DocumentKind.PARTNERSHIP));
  }

  @Test
  void aSmallHandWrittenComplianceReportReads() {
    var r = SscpJson.standard().read(resource("valid/small-compliance-report.json"), Format.JSON,
        DocumentKind.COMPLIANCE_REPORT);
    assertThat(r.verdict()).isEqualTo(io.github.sscp.rules.compliance.Verdict.COMPLIANT);
    assertThat(r.finding("CDA98-S6-STRATEGY").evidence()).containsExactly("/strategies/0");
  }

  @Test
  void aKpiAssessmentsSpcIsRecomputedFromItsPointsAndOptions() {
    var a = SscpJson.standard().read(resource("valid/small-kpi-assessment.json"), Format.JSON,
        DocumentKind.KPI_ASSESSMENT);
    var spc = a.spc().orElseThrow();
    assertThat(spc.points()).hasSize(3);
    // the mean of 1210, 1187 and 1302, though the document gave no mean
    assertThat(spc.points().get(0).mean()).isCloseTo(1233.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(a.notRun()).containsEntry(io.github.sscp.rules.kpi.KpiPart.TARGET, "no target was given");
  }
}
