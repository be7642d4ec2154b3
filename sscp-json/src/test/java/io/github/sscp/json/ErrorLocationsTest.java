package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a reader says a problem is — pointer, line and column — for the parts of a document the
 * hostile corpus does not reach: an SPC result's points and options, numbers at their limits, a
 * bad byte or a long YAML run on a later line, and limits themselves.
 */
class ErrorLocationsTest {

  static final SscpJson STRICT = SscpJson.standard();

  static String kpi(String spc) {
    return """
        {"format": "sscp", "version": 1, "kind": "kpi-assessment", "document": {
          "measureId": "burglary", "status": "INSUFFICIENT_DATA", "decidedBy": "NONE",
          "reasons": ["too few points"],
          "spc": %s
        }}""".formatted(spc);
  }

  static List<Problem> problems(String text, Format format, DocumentKind<?> kind) {
    try {
      STRICT.read(text, format, kind);
    } catch (SscpJsonException e) {
      return e.problems();
    }
    throw new AssertionError("read without a problem");
  }

  @Test
  void anSpcResultsPartsAreCheckedWhereTheyStand() {
    String good = kpi("{\"points\": [{\"period\": \"2024-04\", \"value\": 12}], \"options\": {}}");
    assertThat(STRICT.read(good, Format.JSON, DocumentKind.KPI_ASSESSMENT).spc()).isPresent();

    assertThat(problems(kpi("{\"points\": [1, {\"period\": \"2024-05\"}, {\"value\": 3, \"colour\": \"red\"}],"
        + " \"options\": {}}"), Format.JSON, DocumentKind.KPI_ASSESSMENT))
        .extracting(Problem::pointer, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/document/spc/points/0",
                "expected an object with \"value\" and, usually, \"period\", found a number"),
            org.assertj.core.groups.Tuple.tuple("/document/spc/points/1",
                "expected a \"value\", found an object"),
            org.assertj.core.groups.Tuple.tuple("/document/spc/points/2",
                "unknown properties [colour] for an SPC point"));
    List<Problem> missing = problems(kpi("{\"points\": []}"), Format.JSON, DocumentKind.KPI_ASSESSMENT);
    assertThat(missing).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/document/spc");
      assertThat(p.message()).isEqualTo("an SPC result needs its \"points\" and \"options\"");
      assertThat(p.line()).isEqualTo(4);
    });
    assertThat(problems(kpi("{\"points\": {}, \"options\": {}}"), Format.JSON, DocumentKind.KPI_ASSESSMENT))
        .extracting(Problem::pointer).containsExactly("/document/spc/points");
    assertThat(problems(kpi("{\"points\": [{\"value\": 3}], \"options\": {}, \"variation\": \"X\","
        + " \"shape\": 1}"), Format.JSON, DocumentKind.KPI_ASSESSMENT)).extracting(Problem::pointer)
        .containsExactly("/document/spc/shape");
    // lenient reading skips what a newer release may add
    assertThat(STRICT.lenient().read(kpi("{\"points\": [{\"value\": 3, \"colour\": \"red\"}],"
        + " \"options\": {}, \"shape\": 1}"), Format.JSON, DocumentKind.KPI_ASSESSMENT).spc()).isPresent();
    assertThat(problems(kpi("[]"), Format.JSON, DocumentKind.KPI_ASSESSMENT))
        .extracting(Problem::message).containsExactly("expected an object, found an array");
  }

  @Test
  void numbersAreReadExactlyOrRefusedWithTheirText() {
    // "NaN" is how a double is written when it is not a number; the SPC engine then refuses it
    String spc = "{\"points\": [{\"value\": \"NaN\"}, {\"value\": 4}], \"options\": {}}";
    assertThat(problems(kpi(spc), Format.JSON, DocumentKind.KPI_ASSESSMENT)).singleElement()
        .satisfies(p -> {
          assertThat(p.pointer()).isEqualTo("/document/spc");
          assertThat(p.message()).isEqualTo("point 1: value NaN is not a finite number");
        });
    assertThat(problems(kpi("{\"points\": [{\"value\": \"nan\"}], \"options\": {}}"), Format.JSON,
        DocumentKind.KPI_ASSESSMENT)).extracting(Problem::message).containsExactly(
            "expected a number (or \"NaN\", \"Infinity\", \"-Infinity\"), found a string");
    assertThat(problems(kpi("{\"points\": [{\"value\": 1e400}], \"options\": {}}"), Format.JSON,
        DocumentKind.KPI_ASSESSMENT)).extracting(Problem::message)
        .containsExactly("the number 1e400 is out of range");
    assertThat(problems(kpi("{\"points\": [], \"options\": {\"runLength\": 3000000000}}"), Format.JSON,
        DocumentKind.KPI_ASSESSMENT)).extracting(Problem::pointer, Problem::message).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/document/spc/options/runLength",
                "expected a whole number within the int range, found 3000000000"));
    assertThat(problems(kpi("{\"points\": [], \"options\": {\"runLength\": 7.5}}"), Format.JSON,
        DocumentKind.KPI_ASSESSMENT)).extracting(Problem::message)
        .containsExactly("expected a whole number within the int range, found 7.5");
    // 7.0 is the whole number 7
    assertThat(STRICT.read(kpi("{\"points\": [{\"value\": 1}], \"options\": {\"runLength\": 7.0}}"), Format.JSON,
        DocumentKind.KPI_ASSESSMENT).spc().orElseThrow().options().runLength()).isEqualTo(7);
  }

  @Test
  void aBadByteIsNamedByLineColumnAndOffset() {
    byte[] text = "{\n  \"format\": \"sscp\",\n  \"kind\": \"p\u00e9\u0000\"}".getBytes(StandardCharsets.UTF_8);
    int at = new String(text, StandardCharsets.UTF_8).indexOf('\u00e9');
    byte[] bad = text.clone();
    bad[at + 1] = (byte) 0xFF;  // a lone continuation byte becomes an invalid one
    assertThatThrownBy(() -> STRICT.read(bad, Format.JSON, DocumentKind.PARTNERSHIP))
        .isInstanceOfSatisfying(SscpJsonException.class, e -> {
          Problem p = e.problems().get(0);
          assertThat(p.line()).isEqualTo(3);
          assertThat(p.column()).isEqualTo(13);
          // the sequence that breaks starts at the lead byte
          assertThat(p.message()).isEqualTo("the document is not valid UTF-8 (byte 0xc3 at offset "
              + at + ")");
        });
  }

  @Test
  void aLongYamlRunIsNamedWhereItStarts() {
    String yaml = "format: sscp\nkind: " + "x".repeat(Limits.MAX_YAML_WORD + 1) + "\n";
    assertThat(problems(yaml, Format.YAML, DocumentKind.PARTNERSHIP)).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(7);
      assertThat(p.message()).startsWith("over a limit: in YAML, a run of more than 10000 characters");
    });
    String exactly = "format: sscp\nkind: " + "x".repeat(Limits.MAX_YAML_WORD - 5) + "\n";
    assertThat(problems(exactly, Format.YAML, DocumentKind.PARTNERSHIP)).extracting(Problem::message)
        .noneMatch(m -> m.startsWith("over a limit"));
  }

  @Test
  void aStreamIsReadUpToItsLimitAndNoFurther() {
    byte[] doc = ValidDocumentsTest.resource("valid/small-partnership.json");
    SscpJson exact = STRICT.withLimits(Limits.DEFAULT.withMaxDocumentBytes(doc.length));
    assertThat(exact.read(new ByteArrayInputStream(doc), Format.JSON, DocumentKind.PARTNERSHIP))
        .isNotNull();
    SscpJson tight = STRICT.withLimits(Limits.DEFAULT.withMaxDocumentBytes(doc.length - 1));
    assertThatThrownBy(() -> tight.read(new ByteArrayInputStream(doc), Format.JSON,
        DocumentKind.PARTNERSHIP)).hasMessageContaining("larger than the limit of "
            + (doc.length - 1) + " bytes");
  }

  @Test
  void limitsMustBePositiveAndDeepEnoughForTheEnvelope() {
    assertThat(new Limits(1, 4, 1, 1, 1, 1).maxDepth()).isEqualTo(4);
    for (long[] bad : new long[][] {{0, 4, 1, 1, 1, 1}, {1, 3, 1, 1, 1, 1}, {1, 4, 0, 1, 1, 1},
        {1, 4, 1, 0, 1, 1}, {1, 4, 1, 1, 0, 1}, {1, 4, 1, 1, 1, 0}}) {
      assertThatThrownBy(() -> new Limits(bad[0], (int) bad[1], (int) bad[2], (int) bad[3],
          (int) bad[4], bad[5])).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
