package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.testkit.SscpGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The shipped schemas, run by an independent validator (networknt), accept every document sscp
 * writes and every hand-written example, and agree with the reader on the hostile corpus: each
 * document the reader refuses the schema refuses too, except where a rule is one no JSON Schema
 * can state — those are listed in {@link #READER_ONLY} with the reason.
 */
class SchemaAgreementTest {

  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  static final Map<DocumentKind<?>, Schema> SCHEMAS = new java.util.HashMap<>();
  // generous limits, so that the schema, not the validator's parser, judges each document
  static final tools.jackson.core.StreamReadConstraints GENEROUS = tools.jackson.core.StreamReadConstraints
      .builder().maxNumberLength(10_000_000).maxStringLength(10_000_000).maxNestingDepth(100_000).build();
  static final JsonMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
      .streamReadConstraints(GENEROUS).build()).build();
  static final YAMLMapper YAML = YAMLMapper.builder(tools.jackson.dataformat.yaml.YAMLFactory.builder()
      .streamReadConstraints(GENEROUS).build()).build();

  /** Hostile documents that satisfy the schema, and the rule only the reader applies. */
  static final Map<String, String> READER_ONLY = new TreeMap<>(Map.ofEntries(
      Map.entry("dangling-reference.json", "references between ids must resolve"),
      Map.entry("range-backwards.json", "a date range ends after it starts (a construction invariant)"),
      Map.entry("invariant-sourced-without-citation.json",
          "SOURCED provenance cites its source (a construction invariant)"),
      Map.entry("date-30-february.json", "a date exists in the calendar"),
      Map.entry("huge-string.json", "Limits: string length"),
      Map.entry("value-5000-digits.json", "Limits: number length"),
      Map.entry("duplicate-key.json", "no property twice (a schema sees only the parsed value)"),
      Map.entry("utf16-bom.json", "UTF-8 only (RFC 8259 section 8.1)"),
      Map.entry("yaml-alias.yaml", "no YAML anchors or aliases"),
      Map.entry("yaml-duplicate-key.yaml", "no property twice (a schema sees only the parsed value)"),
      Map.entry("yaml-custom-tag.yaml", "no YAML tags"),
      Map.entry("yaml-str-tag.yaml", "no YAML tags"),
      Map.entry("yaml-long-word.yaml", "Limits: YAML runs without white space"),
      Map.entry("yaml-long-quoted-word.yaml", "Limits: YAML runs without white space"),
      Map.entry("yaml-huge-string.yaml", "Limits: string length")));

  static Schema schema(DocumentKind<?> kind) {
    return SCHEMAS.computeIfAbsent(kind, k -> REGISTRY.getSchema(SscpJson.schema(k),
        com.networknt.schema.InputFormat.JSON));
  }

  /** The schema's errors for a document, or one error if no JSON or YAML parser reads it. */
  static List<String> errors(byte[] bytes, Format format, DocumentKind<?> kind) {
    JsonNode tree;
    try {
      tree = format == Format.YAML ? YAML.readTree(bytes) : JSON.readTree(bytes);
    } catch (RuntimeException e) {
      return List.of("unreadable: " + e.getClass().getSimpleName());
    }
    if (tree == null || tree.isMissingNode()) {
      return List.of("empty");
    }
    List<String> out = new ArrayList<>();
    for (Error e : schema(kind).validate(tree)) {
      out.add(e.getInstanceLocation() + " " + e.getMessage());
    }
    return out;
  }

  @Test
  void handWrittenExamplesSatisfyTheirSchemas() {
    assertThat(errors(ValidDocumentsTest.resource("valid/small-partnership.json"), Format.JSON,
        DocumentKind.PARTNERSHIP)).isEmpty();
    assertThat(errors(ValidDocumentsTest.resource("valid/small-compliance-report.json"), Format.JSON,
        DocumentKind.COMPLIANCE_REPORT)).isEmpty();
    assertThat(errors(ValidDocumentsTest.resource("valid/small-kpi-assessment.json"), Format.JSON,
        DocumentKind.KPI_ASSESSMENT)).isEmpty();
  }

  @Test
  void everythingSscpWritesSatisfiesItsSchema() {
    SscpJson sscp = SscpJson.standard();
    int examples = RoundTripPropertiesTest.examples(40);
    qt().withExamples(examples).forAll(Documents.partnerships()).checkAssert(p -> {
      assertThat(errors(sscp.write(p, Format.JSON).getBytes(java.nio.charset.StandardCharsets.UTF_8),
          Format.JSON, DocumentKind.PARTNERSHIP)).isEmpty();
      assertThat(errors(sscp.write(p, Format.YAML).getBytes(java.nio.charset.StandardCharsets.UTF_8),
          Format.YAML, DocumentKind.PARTNERSHIP)).isEmpty();
    });
    qt().withExamples(examples).forAll(Documents.complianceReports()).checkAssert(r ->
        assertThat(errors(sscp.write(r, Format.JSON).getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Format.JSON, DocumentKind.COMPLIANCE_REPORT)).isEmpty());
    qt().withExamples(examples).forAll(Documents.kpiAssessments()).checkAssert(a ->
        assertThat(errors(sscp.write(a, Format.JSON).getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Format.JSON, DocumentKind.KPI_ASSESSMENT)).isEmpty());
  }

  @Test
  void theSchemaAndTheReaderAgreeOnTheHostileCorpus() {
    Map<String, String> accepted = new TreeMap<>();
    for (HostileCorpusTest.Case c : HostileCorpusTest.cases()) {
      Format format = c.file().endsWith(".yaml") ? Format.YAML : Format.JSON;
      List<String> errors = errors(ValidDocumentsTest.resource("hostile/" + c.file()), format, c.kind());
      if (errors.isEmpty()) {
        accepted.put(c.file(), Optional.ofNullable(READER_ONLY.get(c.file())).orElse("NOT LISTED"));
      }
    }
    assertThat(accepted).as("hostile documents the schema accepts").isEqualTo(READER_ONLY);
  }

  @Test
  void everyPeriodsTextMatchesItsSchemaPattern() {
    qt().forAll(SscpGen.reportingPeriods()).checkAssert(period -> {
      String pattern = SchemaWriter.PATTERNS.get(period.getClass());
      assertThat(pattern).as("a pattern for %s", period.getClass()).isNotNull();
      assertThat(Pattern.compile(pattern).matcher(period.toString()).find()).as("%s", period).isTrue();
      assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
    });
  }
}
