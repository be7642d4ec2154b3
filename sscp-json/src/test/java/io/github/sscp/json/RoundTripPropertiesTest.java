package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sscp.model.Partnership;
import org.junit.jupiter.api.Test;

/**
 * Whatever sscp writes, it reads back as an equal value, in JSON and in YAML, and writing is
 * stable: the text of the value read back is the text first written. Generated documents come from
 * the testkit; the seed is the build's QT_SEED, printed on failure.
 */
class RoundTripPropertiesTest {

  static final SscpJson SSCP = SscpJson.standard();

  static <T> void roundTrips(T value, DocumentKind<T> kind) {
    for (Format format : Format.values()) {
      String text = SSCP.write(value, format);
      T back = SSCP.read(text, format, kind);
      assertThat(back).as("%s in %s", kind, format).isEqualTo(value);
      assertThat(SSCP.write(back, format)).as("%s rewritten in %s", kind, format).isEqualTo(text);
    }
  }

  @Test
  void partnershipsRoundTrip() {
    qt().withExamples(examples(150)).forAll(Documents.partnerships())
        .checkAssert(p -> roundTrips(p, DocumentKind.PARTNERSHIP));
  }

  @Test
  void complianceReportsRoundTrip() {
    qt().withExamples(examples(100)).forAll(Documents.complianceReports())
        .checkAssert(r -> roundTrips(r, DocumentKind.COMPLIANCE_REPORT));
  }

  @Test
  void kpiAssessmentsRoundTrip() {
    qt().withExamples(examples(200)).forAll(Documents.kpiAssessments())
        .checkAssert(a -> roundTrips(a, DocumentKind.KPI_ASSESSMENT));
  }

  @Test
  void aPartnershipReadsTheSameFromJsonAndYaml() {
    qt().withExamples(examples(50)).forAll(Documents.partnerships()).checkAssert(p -> {
      Partnership fromYaml = SSCP.read(SSCP.write(p, Format.YAML), Format.YAML, DocumentKind.PARTNERSHIP);
      assertThat(SSCP.write(fromYaml, Format.JSON)).isEqualTo(SSCP.write(p, Format.JSON));
    });
  }

  /** The build's example count (QT_EXAMPLES, smaller under PIT) or this test's own. */
  static int examples(int own) {
    String set = System.getProperty("QT_EXAMPLES");
    return set == null ? own : Math.min(own, Integer.parseInt(set));
  }


}
