package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sscp.json.DocumentKind;
import io.github.sscp.json.SscpJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each command as a user runs it: exit codes (0 success, 1 invalid input or a duty not met, 2
 * usage or I/O), results on stdout and problems on stderr, text and JSON.
 */
class CommandsTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @TempDir
  Path dir;

  static void assertSchemaValid(DocumentKind<?> kind, JsonNode document) {
    Schema schema = SCHEMAS.getSchema(SscpJson.schema(kind), InputFormat.JSON);
    assertThat(schema.validate(document.toString(), InputFormat.JSON)).isEmpty();
    // and it reads back as its kind, to the same document
    Object back = SscpJson.standard().read(document.toString(), io.github.sscp.json.Format.JSON, kind);
    assertThat(JSON.readTree(SscpJson.standard().write(back, io.github.sscp.json.Format.JSON)))
        .isEqualTo(document);
  }

  Path exampleFile() throws IOException {
    Path file = dir.resolve("southampton.yaml");
    assertThat(Run.of("example", "southampton", "--out", file.toString()).code()).isZero();
    return file;
  }

  @Test
  void helpListsEveryCommandAndUnknownOptionsAreUsageErrors() {
    Run help = Run.of("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("validate", "check", "kpi", "spc", "compare", "ingest", "report",
        "schema", "redact", "rules", "example", "generate-completion", "Exit codes");
    Run bad = Run.of("check", "--no-such-option");
    assertThat(bad.code()).isEqualTo(Sscp.USAGE);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("Unknown option: '--no-such-option'").contains("Usage: sscp check");
    assertThat(Run.of("frobnicate").code()).isEqualTo(Sscp.USAGE);
    assertThat(Run.of("check", "--help").out()).contains("Example: sscp check");
  }

  @Test
  void validateReportsEveryProblemWithPointerAndLine() throws IOException {
    Path good = exampleFile();
    Run ok = Run.of("validate", good.toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("valid — Southampton Safe City Partnership");
    String text = Files.readString(good).replace("organisationId: hiow-constabulary",
        "organisationId: hampshire-police").replace("nation: ENGLAND", "nation: SCOTLAND");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, text);
    Run bad = Run.of("validate", broken.toString());
    assertThat(bad.code()).isEqualTo(Sscp.INVALID);
    assertThat(bad.out()).contains("/document/nation (line").contains("\"SCOTLAND\" is not one of");
    Run json = Run.of("validate", broken.toString(), "--format", "json");
    JsonNode envelope = JSON.readTree(json.out());
    assertThat(envelope.get("kind").asString()).isEqualTo("validation");
    assertSchemaValid(DocumentKind.VALIDATION, envelope);
    JsonNode result = envelope.get("document");
    assertThat(result.get("valid").asBoolean()).isFalse();
    assertThat(result.get("problems").get(0).get("pointer").asString()).isEqualTo("/document/nation");
    assertThat(result.get("problems").get(0).get("line").asInt()).isPositive();
    Run missing = Run.of("validate", dir.resolve("nothing.yaml").toString());
    assertThat(missing.code()).isEqualTo(Sscp.USAGE);
    assertThat(missing.err()).contains("no such file").doesNotContain("\tat ");
  }

  @Test
  void checkGivesTheReportExitsOneWhenADutyIsNotMetAndWritesAValidDocument() throws IOException {
    Run text = Run.of("check", "--example", "southampton", "--as-of", "2024-07-01");
    assertThat(text.code()).isEqualTo(Sscp.INVALID);
    assertThat(text.out()).contains("CDA98-S6-1D-SERIOUS-VIOLENCE").contains("The partnership's own duties: not compliant");
    assertThat(text.err()).isEqualTo("note: 18 records in the partnership are marked ILLUSTRATIVE"
        + " (placeholders or examples): a duty met on them is met only on paper until you put your"
        + " own records in their place\n");
    Run json = Run.of("check", "--example", "southampton", "--as-of", "2024-07-01", "--format", "json");
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("kind").asString()).isEqualTo("compliance-report");
    assertSchemaValid(DocumentKind.COMPLIANCE_REPORT, doc);
    Run timeline = Run.of("check", "--example", "southampton", "--as-of", "2024-07-01",
        "--timeline", "2022-04-01..2024-07-01");
    assertThat(timeline.out()).contains("Changes of outcome, 2022-04-01..2024-07-01");
    JsonNode changes = JSON.readTree(Run.of("check", "--example", "southampton", "--timeline",
        "2022-04-01..2024-07-01", "--format", "json").out());
    assertThat(changes.get("kind").asString()).isEqualTo("compliance-timeline");
    assertSchemaValid(DocumentKind.COMPLIANCE_TIMELINE, changes);
    assertThat(changes.get("document").get("changes").size()).isPositive();
    Run badTimeline = Run.of("check", "--example", "southampton", "--timeline", "2024");
    assertThat(badTimeline.code()).isEqualTo(Sscp.USAGE);
    assertThat(badTimeline.err()).contains("--timeline takes FROM..TO");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(exampleFile()).replace("organisationId: hiow-constabulary",
        "organisationId: hampshire-police"));
    Run invalid = Run.of("check", broken.toString());
    assertThat(invalid.code()).isEqualTo(Sscp.INVALID);
    assertThat(invalid.err()).contains("/document/memberships/1/organisationId (line")
        .contains("refers to organisation 'hampshire-police', which does not exist");
    assertThat(Run.of("check").code()).isEqualTo(Sscp.USAGE);
  }

  @Test
  void kpiAssessesEachMeasureAndItsJsonDocumentsSatisfyTheSchema() {
    Run text = Run.of("kpi", "--example", "southampton");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("residential-burglary: ").contains("theft-of-motor-vehicle: ");
    Run json = Run.of("kpi", "--example", "southampton", "--format", "json");
    JsonNode docs = JSON.readTree(json.out());
    assertThat(docs.get("kind").asString()).isEqualTo("kpi-assessments");
    assertSchemaValid(DocumentKind.KPI_ASSESSMENTS, docs);
    assertThat(docs.get("document").get("assessments").size()).isEqualTo(5);
    JsonNode burglary = document(docs, "residential-burglary");
    // the peer panel comes from the bundled Home Office extract: Southampton and five others
    assertThat(burglary.get("peer").get("rows").size()).isEqualTo(6);
    Run early = Run.of("kpi", "--example", "southampton", "--as-of", "2020/21 Q4", "--format", "json");
    JsonNode earlyBurglary = document(JSON.readTree(early.out()), "residential-burglary");
    assertThat(earlyBurglary.get("rolling12").get("current").asString())
        .isEqualTo("2020-04-01/2021-04-01");
    assertThat(Run.of("kpi", "--example", "southampton", "--as-of", "2020/21 Q5").code())
        .isEqualTo(Sscp.USAGE);
  }

  static JsonNode document(JsonNode docs, String measureId) {
    for (JsonNode d : docs.get("document").get("assessments")) {
      if (d.get("measureId").asString().equals(measureId)) {
        return d;
      }
    }
    throw new AssertionError("no assessment of " + measureId);
  }

  @Test
  void dataFilesAreToldApartByTheirHeaderAndJoinTheirMeasures() throws IOException {
    Path file = exampleFile();
    Path ho = Path.of("../examples/southampton/"
        + "ho-csp-extract-southampton-and-peers.csv");
    StringBuilder tidy = new StringBuilder("measure,period,value\n");
    for (int i = 0; i < 24; i++) {
      tidy.append("asb-incidents,").append(java.time.YearMonth.of(2024, 4).plusMonths(i))
          .append(',').append(400 + (i % 5) * 10).append('\n');
    }
    Path asb = dir.resolve("asb.csv");
    Files.writeString(asb, tidy);
    Run run = Run.of("kpi", file.toString(), "--data", ho.toString(), asb.toString(),
        "--measure", "burglary_residential=residential-burglary", "--area", "Southampton",
        "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode docs = JSON.readTree(run.out());
    // the table's rows for the partnership's comparator group became each measure's peer panel;
    // theft of a motor vehicle is mapped by its crime category, with no --measure
    assertThat(document(docs, "residential-burglary").get("peer").get("rows").size()).isEqualTo(6);
    assertThat(document(docs, "theft-of-motor-vehicle").get("peer").get("rows").size()).isEqualTo(6);
    // 24 months of tidy data (400 plus 10 times the month index mod 5): the latest 12 against the 12 before
    JsonNode rolling = document(docs, "asb-incidents").get("rolling12");
    assertThat(rolling.get("current").asString()).isEqualTo("2025-04-01/2026-04-01");
    assertThat(rolling.get("currentValue").asDouble()).isEqualTo(12 * 400 + 10 * (2 + 3 + 4 + 0 + 1 + 2 + 3 + 4 + 0 + 1 + 2 + 3));

    Path notData = dir.resolve("notes.csv");
    Files.writeString(notData, "when,what\n2024-01-01,hello\n");
    Run unknown = Run.of("kpi", file.toString(), "--data", notData.toString());
    assertThat(unknown.code()).isEqualTo(Sscp.INVALID);
    assertThat(unknown.err()).contains(notData + ":1: unknown kind of data file")
        .contains("its header is 'when,what'");
    assertThat(Run.of("kpi", file.toString(), "--data", ho.toString(), "--measure", "burglary")
        .err()).contains("--measure takes KEY=MEASURE");
  }

  @Test
  void spcFlagsAPointAboveTheLimitAndCarriesTheEnginesFields() {
    String series = "# monthly\n2024-01,10\n2024-02,11\n2024-03,9\n2024-04,10\n2024-05,12\n"
        + "2024-06,10\n2024-07,11\n2024-08,9\n2024-09,10\n2024-10,11\n2024-11,10\n2024-12,9\n"
        + "2025-01,30\n";
    Run text = Run.withInput(series, "spc", "--improvement", "decrease", "--target", "12");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("2025-01").contains("ABOVE_UPPER_LIMIT")
        .contains("special cause concern").contains("variation: concern high")
        .contains("assurance: inconsistent");
    Run json = Run.withInput(series, "spc", "--format", "json");
    JsonNode envelope = JSON.readTree(json.out());
    assertThat(envelope.get("kind").asString()).isEqualTo("spc-analysis");
    assertSchemaValid(DocumentKind.SPC_ANALYSIS, envelope);
    JsonNode last = envelope.get("document").get("points").get(12);
    assertThat(last.get("period").asString()).isEqualTo("2025-01");
    assertThat(last.get("outsideLimits").asBoolean()).isTrue();
    // mean of the 13 values, computed by hand: 152 / 13
    assertThat(last.get("mean").asDouble()).isCloseTo(152.0 / 13, org.assertj.core.data.Offset.offset(1e-12));
    Run rebased = Run.withInput(series, "spc", "--rebase", "2024-07");
    assertThat(rebased.out()).contains("2024-07");
    Run notNumber = Run.withInput("2024-01,ten\n", "spc");
    assertThat(notNumber.code()).isEqualTo(Sscp.INVALID);
    assertThat(notNumber.err()).contains("stdin:1: 'ten' is not a number");
    assertThat(Run.withInput("1\n2\n", "spc", "--improvement", "up").code()).isEqualTo(Sscp.USAGE);
  }

  @Test
  void compareGivesRsExactPValue() {
    Run text = Run.of("compare", "933", "863");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("change +70 (+8.1%)").contains("p = 0.1035")
        .contains("no evidence of a real change");
    JsonNode envelope = JSON.readTree(Run.of("compare", "933", "863", "--format", "json").out());
    assertSchemaValid(DocumentKind.COUNT_COMPARISON, envelope);
    JsonNode json = envelope.get("document");
    // binom.test(933, 1796) with R's tolerance, summed independently in Python: 0.10346544308423575
    assertThat(json.get("comparison").get("pValue").asDouble())
        .isCloseTo(0.10346544308423575, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json.get("change").asLong()).isEqualTo(70);
    assertThat(Run.of("compare", "-1", "3").code()).isIn(Sscp.INVALID, Sscp.USAGE);
    assertThat(Run.of("compare", "5", "3", "--exposure-a", "0").code()).isEqualTo(Sscp.INVALID);
  }

  @Test
  void ingestTurnsRealFilesIntoTidyObservationsWithAccountingOnStderr() {
    Path zip = Path.of("../examples/southampton/"
        + "southampton-police-uk-street.zip");
    Run police = Run.of("ingest", "police-uk", zip.toString(), "--lsoa-prefix", "Southampton");
    assertThat(police.code()).isZero();
    assertThat(police.out()).startsWith("measure,period,value").contains("police-uk/burglary,");
    assertThat(police.err()).contains("rows read");
    Path ho = Path.of("../examples/southampton/"
        + "ho-csp-extract-southampton-and-peers.csv");
    Run home = Run.of("ingest", "ho-csp", ho.toString(), "--csp", "Southampton");
    assertThat(home.code()).isZero();
    // 2024/25 Q1 residential burglary in Southampton is 213 (the data's README)
    assertThat(home.out()).contains("burglary-residential,2024/25 Q1,213");
    assertThat(Run.of("ingest", "ho-csp", ho.toString(), "--csp", "Atlantis").code())
        .isEqualTo(Sscp.INVALID);
    JsonNode imported = JSON.readTree(Run.of("ingest", "ho-csp", ho.toString(), "--csp",
        "Southampton", "--format", "json").out());
    assertThat(imported.get("kind").asString()).isEqualTo("data-import");
    assertSchemaValid(DocumentKind.DATA_IMPORT, imported);
    assertThat(imported.get("document").get("imports").get(0).get("summary").get("rowsRead")
        .asLong()).isEqualTo(528);
    assertThat(Run.of("ingest", "police-uk", zip.toString()).code()).isEqualTo(Sscp.USAGE);
  }

  @Test
  void schemaRedactRulesAndExample() throws IOException {
    JsonNode schema = JSON.readTree(Run.of("schema").out());
    assertThat(schema.get("$id").asString()).endsWith("/partnership.schema.json");
    assertThat(JSON.readTree(Run.of("schema", "kpi-assessment").out()).get("$id").asString())
        .endsWith("/kpi-assessment.schema.json");
    assertThat(Run.of("schema", "nonsense").code()).isEqualTo(Sscp.USAGE);
    Path file = exampleFile();
    assertThat(Files.readString(file)).contains("chris.brown@southampton.gov.uk");
    Run redacted = Run.of("redact", file.toString());
    assertThat(redacted.code()).isZero();
    assertThat(redacted.out()).contains("Southampton Safe City Partnership")
        .doesNotContain("@southampton.gov.uk").doesNotContain("07450");
    assertThat(Run.of("rules").out()).contains("CDA98-S6-1D-SERIOUS-VIOLENCE");
    JsonNode rules = JSON.readTree(Run.of("rules", "--format", "json").out());
    assertSchemaValid(DocumentKind.RULE_CATALOGUE, rules);
    assertThat(rules.get("document").get("rules").size()).isGreaterThan(30);
    assertThat(Run.of("example", "southampton").out())
        .isEqualTo(java.nio.file.Files.readString(Path.of("../examples/southampton/"
            + "southampton-safe-city-partnership.yaml")))
        .startsWith("# The Southampton Safe City Partnership");
    assertThat(Run.of("example", "leeds").code()).isEqualTo(Sscp.USAGE);
  }

  @Test
  void checkExitsOneOnlyForThePartnershipsOwnDutiesUnlessStrict() throws IOException {
    Path file = dir.resolve("council-behind-on-scrutiny.yaml");
    try (var in = CommandsTest.class.getResourceAsStream("check/council-behind-on-scrutiny.yaml")) {
      Files.copy(in, file);
    }
    Run lenient = Run.of("check", file.toString(), "--as-of", "2024-10-01");
    assertThat(lenient.code()).as(lenient.err()).isZero();
    assertThat(lenient.out()).contains("The partnership's own duties: gaps in evidence;")
        .contains("they do not decide the partnership's verdict): not compliant;")
        .contains("Owed by the council (Test Council).")
        .contains("The last crime and disorder scrutiny by Test Council was on 1 October 2022");
    Run strict = Run.of("check", "--strict", file.toString(), "--as-of", "2024-10-01");
    assertThat(strict.code()).isEqualTo(Sscp.INVALID);
    assertThat(strict.out()).isEqualTo(lenient.out());
    // once the committee has met, no duty of anyone's is unmet and strict passes too
    Path caughtUp = dir.resolve("caught-up.yaml");
    Files.writeString(caughtUp, Files.readString(file).replace("date: 2022-10-01",
        "date: 2024-09-01"));
    assertThat(Run.of("check", "--strict", caughtUp.toString(), "--as-of", "2024-10-01").code())
        .isZero();
  }

  @Test
  void rulesExplainsOneRuleWithTheYamlThatSatisfiesIt() {
    Run run = Run.of("rules", "--explain", "SI2007-R13A-PLAN-TO-PCC");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("SI2007-R13A-PLAN-TO-PCC: The partnership plan is sent to"
        + " the elected local policing body\n")
        .contains("Owed by: the partnership\n")
        .contains("from 2012-11-22 (England): the strategy group for each area, with the exception"
            + " of the City of London")
        .contains("What satisfies it: the date each version of the plan was sent")
        .contains("Record it in the partnership file, e.g.:\n  strategies:\n");
    assertThat(Run.of("rules", "--explain", "si2007-r13a-plan-to-pcc").out())
        .isEqualTo(run.out());
    Run wrong = Run.of("rules", "--explain", "SI2007-R13A-PLAN-TO-PC");
    assertThat(wrong.code()).isEqualTo(Sscp.USAGE);
    assertThat(wrong.err()).contains("no rule 'SI2007-R13A-PLAN-TO-PC'")
        .contains("SI2007-R13A-PLAN-TO-PCC");
    JsonNode json = JSON.readTree(Run.of("rules", "--explain", "WSI2007-R3-STRATEGY-GROUP",
        "--format", "json").out());
    assertSchemaValid(DocumentKind.RULE_CATALOGUE, json);
    assertThat(json.get("document").get("rules").get(0).get("id").asString())
        .isEqualTo("WSI2007-R3-STRATEGY-GROUP");
    // the full list names the law's parameters with their citations
    assertThat(Run.of("rules").out()).contains("The law's numbers, periods and dates:")
        .contains("asb-case-review.threshold = 3");
  }

  @Test
  void reportWritesTheBoardPackAsADocumentThatValidatesAndReadsBack() throws IOException {
    Run run = Run.of("report", "--example", "southampton", "--format", "json", "--as-of",
        "2026-07-01");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("kind").asString()).isEqualTo("board-pack");
    assertSchemaValid(DocumentKind.BOARD_PACK, doc);
    JsonNode pack = doc.get("document");
    assertThat(pack.get("dataTo").asString()).isEqualTo("2026-03-31");
    assertThat(pack.get("lawAsOf").asString()).isEqualTo("2026-07-01");
    assertThat(pack.get("changes").get("changes").get(0).get("sentence").asString())
        .isEqualTo("New chair: Rob Henderson (was the earlier chair, not named in the briefing).");
    Path out = dir.resolve("pack.json");
    assertThat(Run.of("report", "--example", "southampton", "--format", "json", "--out",
        out.toString()).code()).isZero();
    assertThat(Files.readString(out)).contains("\"kind\" : \"board-pack\"");
    Run bad = Run.of("report", "--example", "southampton", "--format", "pdf");
    assertThat(bad.code()).isEqualTo(Sscp.USAGE);
    assertThat(bad.err()).contains("--format takes html or json, not 'pdf'");
    assertThat(Run.of("report", "--example", "southampton").err()).contains("--out: name the"
        + " HTML file to write");
  }
}
