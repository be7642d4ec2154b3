package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.spc.ImprovementDirection;
import io.github.sscp.rules.kpi.spc.Spc;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader's and writer's edges a user meets: where a model problem is placed in the text, the
 * envelope's version, a partial byte-order mark, YAML tags wherever they stand, invariants placed
 * at their attribute, and the writer's fixed order for maps and sets, its SPC parts and a stream.
 */
class ReaderWriterEdgesTest {

  static final SscpJson SSCP = SscpJson.standard();

  static String small() {
    return new String(ValidDocumentsTest.resource("valid/small-partnership.json"),
        StandardCharsets.UTF_8);
  }

  static List<Problem> problems(String text, Format format) {
    try {
      SSCP.read(text, format, DocumentKind.PARTNERSHIP);
    } catch (SscpJsonException e) {
      return e.problems();
    }
    throw new AssertionError("read without a problem");
  }

  @Test
  void aValidatorPathBecomesAPointerAndIsPlacedAtItsNode() {
    assertThat(SscpJson.pointer("")).isEmpty();
    assertThat(SscpJson.pointer("memberships[2].role")).isEqualTo("/memberships/2/role");
    assertThat(SscpJson.pointer("strategies[0]")).isEqualTo("/strategies/0");
    assertThat(SscpJson.pointer("organisations[1].identifiers[a/b]"))
        .isEqualTo("/organisations/1/identifiers[a~1b]");
    Node root = new TreeReader(Limits.DEFAULT).read(small().getBytes(StandardCharsets.UTF_8),
        Format.JSON);
    // the second membership's role, on line 19 of the file
    Node role = SscpJson.locate(root, "/document/memberships/1/role");
    assertThat(role.line()).isEqualTo(19);
    assertThat(role).isInstanceOf(Node.StringNode.class);
    // past the end of an array, a name on an array and a missing name stop where they are
    Node memberships = SscpJson.locate(root, "/document/memberships");
    assertThat(SscpJson.locate(root, "/document/memberships/7/role")).isSameAs(memberships);
    assertThat(SscpJson.locate(root, "/document/memberships/first")).isSameAs(memberships);
    assertThat(SscpJson.locate(root, "/document/nobody")).isSameAs(
        SscpJson.locate(root, "/document"));
    assertThat(SscpJson.locate(root, "")).isSameAs(root);
  }

  @Test
  void aModelProblemInAListIsReportedAtItsLineAndColumn() {
    String text = small().replace("\"organisationId\": \"exampleshire-police\"",
        "\"organisationId\": \"nobody\"");
    assertThat(problems(text, Format.JSON)).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/document/memberships/1/organisationId");
      assertThat(p.line()).isEqualTo(19);
      assertThat(p.column()).isEqualTo(27);
      assertThat(p.message()).contains("'nobody', which does not exist");
    });
  }

  @Test
  void theEnvelopeVersionIsAWholeNumberFromOne() {
    for (String v : List.of("0", "-1", "1.5")) {
      assertThat(problems(small().replace("\"version\": 1", "\"version\": " + v), Format.JSON))
          .as(v).extracting(Problem::pointer).containsExactly("/version");
    }
    assertThat(problems(small().replace("\"version\": 1", "\"version\": 2"), Format.JSON))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("upgrade sscp"));
    assertThat(SSCP.read(small().replace("\"version\": 1", "\"version\": 1.0"), Format.JSON,
        DocumentKind.PARTNERSHIP).name()).isEqualTo("Exampleton Community Safety Partnership");
  }

  @Test
  void onlyAWholeByteOrderMarkIsSkipped() {
    byte[] doc = small().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[doc.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(doc, 0, withBom, 3, doc.length);
    assertThat(SSCP.read(withBom, Format.JSON, DocumentKind.PARTNERSHIP).id())
        .isEqualTo("exampleton-csp");
    for (int wrong = 0; wrong < 3; wrong++) {
      byte[] partial = withBom.clone();
      partial[wrong] = (byte) 0xC3;  // not the mark: the first bytes are not UTF-8 text
      assertThatThrownBy(() -> SSCP.read(partial, Format.JSON, DocumentKind.PARTNERSHIP))
          .isInstanceOfSatisfying(SscpJsonException.class, e -> assertThat(
              e.problems().get(0).message()).startsWith("the document is not valid UTF-8"));
    }
  }

  @Test
  void aYamlTagIsRefusedOnAQuotedValueAndOnACollection() {
    String base = "format: sscp\nversion: 1\nkind: partnership\ndocument:\n  id: x\n";
    assertThat(problems(base + "  name: !!str \"X\"\n", Format.YAML)).singleElement()
        .satisfies(p -> {
          assertThat(p.message()).isEqualTo("YAML tags are not allowed (tag:yaml.org,2002:str)");
          assertThat(p.line()).isEqualTo(6);
        });
    assertThat(problems(base + "  organisations: !!seq []\n", Format.YAML)).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("YAML tags are not allowed"));
    assertThat(problems(base + "  organisations: !!map {}\n", Format.YAML)).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("YAML tags are not allowed"));
  }

  @Test
  void aYamlRunOfExactlyTheLimitIsRead() {
    String exactly = "format: sscp\nkind: " + "x".repeat(Limits.MAX_YAML_WORD) + "\n";
    assertThat(ErrorLocationsTest.problems(exactly, Format.YAML, DocumentKind.PARTNERSHIP))
        .extracting(Problem::message).noneMatch(m -> m.startsWith("over a limit"));
  }

  @Test
  void anInvariantIsPlacedAtTheAttributeItNames() {
    String text = small().replace("\"provenance\": { \"kind\": \"ILLUSTRATIVE\", \"note\":"
        + " \"made up for this example\" } },", "\"provenance\": { \"kind\": \"ILLUSTRATIVE\" } },");
    assertThat(problems(text, Format.JSON)).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/document/observations/entries/0/provenance/note");
      assertThat(p.message()).isEqualTo("ILLUSTRATIVE provenance must say why in a note");
      assertThat(p.line()).isEqualTo(38);
    });
    // a map given as a list
    String identifiers = small().replace("\"localAuthorityTier\": \"UNITARY\" }",
        "\"localAuthorityTier\": \"UNITARY\", \"identifiers\": [\"ods\"] }");
    assertThat(problems(identifiers, Format.JSON)).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/document/organisations/0/identifiers");
      assertThat(p.message()).isEqualTo("expected an object, found an array");
    });
  }

  @Test
  void mapsAreWrittenInKeyOrderAndSetsInTheirNaturalOrder() {
    Map<String, String> backwards = new LinkedHashMap<>();
    backwards.put("zeta", "2");
    backwards.put("alpha", "1");
    Partnership p = SSCP.read(small(), Format.JSON, DocumentKind.PARTNERSHIP);
    Organisation council = Organisation.builder().from(p.organisations().get(0))
        .identifiers(backwards).build();
    Partnership withIds = p.withOrganisations(council, p.organisations().get(1));
    String json = SSCP.write(withIds, Format.JSON);
    assertThat(json.indexOf("\"alpha\"")).isPositive().isLessThan(json.indexOf("\"zeta\""));
    var strategy = p.strategies().get(0);
    Partnership reversed = p.withStrategies(strategy.withStatutoryStrands(
        StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES, StatutoryStrand.CRIME_AND_DISORDER));
    Partnership inOrder = p.withStrategies(strategy.withStatutoryStrands(
        StatutoryStrand.CRIME_AND_DISORDER, StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES));
    String written = SSCP.write(reversed, Format.JSON);
    assertThat(written).isEqualTo(SSCP.write(inOrder, Format.JSON));
    assertThat(written.indexOf("\"CRIME_AND_DISORDER\"")).isPositive()
        .isLessThan(written.indexOf("\"SERIOUS_VIOLENCE_REDUCE_INSTANCES\""));
    assertThat(council.type()).isEqualTo(OrganisationType.LOCAL_AUTHORITY);
  }

  @Test
  void anSpcResultIsWrittenWithItsAssuranceOnlyWhenItHasOne() {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      points.add(SeriesPoint.of(10 + i % 3));
    }
    SpcResult withTarget = Spc.analyse(points, SpcOptions.builder()
        .improvement(ImprovementDirection.DECREASE).target(30).build());
    SpcResult without = Spc.analyse(points, SpcOptions.builder()
        .improvement(ImprovementDirection.DECREASE).build());
    String a = SSCP.write(withTarget, Format.JSON);
    assertThat(a).contains("\"assurance\" : \"CONSISTENT_PASS\"");
    assertThat(SSCP.write(without, Format.JSON)).doesNotContain("\"assurance\"");
    assertThat(SSCP.read(a, Format.JSON, DocumentKind.SPC_ANALYSIS)).isEqualTo(withTarget);
  }

  @Test
  void aStreamIsFlushedButNotClosed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BufferedOutputStream buffered = new BufferedOutputStream(bytes, 1 << 20);
    Partnership p = SSCP.read(small(), Format.JSON, DocumentKind.PARTNERSHIP);
    SSCP.write(p, Format.YAML, buffered);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(SSCP.write(p, Format.YAML));
  }

  @Test
  void aSetOfPlainValuesIsWrittenSortedWhateverItsOrder() {
    assertThat(new ArrayList<Object>(Writer.ordered(java.util.Set.of("c", "a", "b"))))
        .containsExactly("a", "b", "c");
    assertThat(new ArrayList<Object>(Writer.ordered(new java.util.HashSet<>(List.of(30, 4, 200)))))
        .containsExactly(4, 30, 200);
    java.util.Set<String> linked = new java.util.LinkedHashSet<>(List.of("z", "a"));
    assertThat(Writer.ordered(linked)).isSameAs(linked);
    java.util.Set<String> sorted = new java.util.TreeSet<>(List.of("z", "a"));
    assertThat(Writer.ordered(sorted)).isSameAs(sorted);
    List<String> list = List.of("z", "a");
    assertThat(Writer.ordered(list)).isSameAs(list);
    java.util.Set<String> one = java.util.Set.of("x");
    assertThat(Writer.ordered(one)).isSameAs(one);
    java.util.Set<java.time.DayOfWeek> days = java.util.EnumSet.of(java.time.DayOfWeek.FRIDAY,
        java.time.DayOfWeek.MONDAY);
    assertThat(Writer.ordered(days)).isSameAs(days);
    // values that cannot be compared keep the set's own order
    Object a = new Object();
    Object b = new Object();
    java.util.Set<Object> plain = java.util.Set.of(a, b);
    assertThat(new ArrayList<Object>(Writer.ordered(plain))).containsExactlyElementsOf(
        new ArrayList<Object>(plain));
  }

  @Test
  void aSetGivenTheSameValueTwiceIsAProblemAtTheSecond() {
    String text = small().replace("\"status\": \"ACTIVE\",", "\"status\": \"ACTIVE\","
        + " \"statutoryStrands\": [\"CRIME_AND_DISORDER\", \"CRIME_AND_DISORDER\"],");
    assertThat(problems(text, Format.JSON)).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/document/strategies/0/statutoryStrands/1");
      assertThat(p.message()).isEqualTo("the value is given twice in a set");
    });
  }

  @Test
  void optionalNumbersAreReadPresentOrAbsent() {
    String kpi = ErrorLocationsTest.kpi("{\"points\": [{\"period\": \"2024-04\", \"value\": 12}],"
        + " \"options\": {\"fixAfterPoints\": 12, \"target\": 5.5}}");
    var a = SSCP.read(kpi, Format.JSON, DocumentKind.KPI_ASSESSMENT);
    SpcOptions o = a.spc().orElseThrow().options();
    assertThat(o.fixAfterPoints()).hasValue(12);
    assertThat(o.target()).hasValue(5.5);
    String none = ErrorLocationsTest.kpi("{\"points\": [{\"period\": \"2024-04\", \"value\": 12}],"
        + " \"options\": {\"fixAfterPoints\": null, \"target\": null}}");
    SpcOptions empty = SSCP.read(none, Format.JSON, DocumentKind.KPI_ASSESSMENT).spc()
        .orElseThrow().options();
    assertThat(empty.fixAfterPoints()).isEmpty();
    assertThat(empty.target()).isEmpty();
  }

  @Test
  void kindsAreFoundByNameAndProblemsSayWhereTheyAre() {
    assertThat(DocumentKind.named("board-pack")).containsSame(DocumentKind.BOARD_PACK);
    assertThat(DocumentKind.named("partnership")).containsSame(DocumentKind.PARTNERSHIP);
    assertThat(DocumentKind.named("nope")).isEmpty();
    assertThat(DocumentKind.COUNT_INTERVAL).hasToString("count-interval");
    assertThat(new Problem("/a", 0, 0, "m")).hasToString("/a: m");
    assertThat(new Problem("/a", 1, 2, "m")).hasToString("/a (line 1, column 2): m");
    assertThat(new Problem("", 3, 4, "m")).hasToString("(document) (line 3, column 4): m");
    List<Problem> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(new Problem("/p" + i, 0, 0, "m"));
    }
    assertThat(new SscpJsonException("f.json", many.subList(0, 20)).getMessage())
        .startsWith("20 problems in f.json\n  /p0: m").doesNotContain("more");
    assertThat(new SscpJsonException("f.json", many).getMessage())
        .endsWith("\n  /p19: m\n  … and 1 more");
    assertThat(new SscpJsonException("f.json", many.subList(0, 1)).getMessage())
        .isEqualTo("1 problem in f.json\n  /p0: m");
  }
}
