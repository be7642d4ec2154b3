package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.organisation.Person;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The facade's promises beyond reading and writing: strict and lenient modes, the public view, limits. */
class SscpJsonTest {

  static final SscpJson STRICT = SscpJson.standard();
  static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  static final Pattern PHONE = Pattern.compile("(\\+44|\\b0)[\\d ]{9,12}\\d");

  static String small() {
    return new String(ValidDocumentsTest.resource("valid/small-partnership.json"), StandardCharsets.UTF_8);
  }

  @Test
  void lenientReadingIgnoresUnknownPropertiesThatStrictReadingRefuses() {
    String newer = small().replace("\"nation\": \"ENGLAND\",", "\"nation\": \"ENGLAND\", \"ward\": {\"x\": 1},")
        .replace("\"kind\": \"partnership\",", "\"kind\": \"partnership\", \"generator\": \"sscp 2.1\",");
    assertThatThrownBy(() -> STRICT.read(newer, Format.JSON, DocumentKind.PARTNERSHIP))
        .isInstanceOfSatisfying(SscpJsonException.class, e -> assertThat(e.problems())
            .extracting(Problem::pointer).containsExactly("/generator"));
    Partnership lenient = STRICT.lenient().read(newer, Format.JSON, DocumentKind.PARTNERSHIP);
    assertThat(lenient).isEqualTo(STRICT.read(small(), Format.JSON, DocumentKind.PARTNERSHIP));
    String inDocument = small().replace("\"nation\": \"ENGLAND\",", "\"nation\": \"ENGLAND\", \"ward\": 1,");
    assertThatThrownBy(() -> STRICT.read(inDocument, Format.JSON, DocumentKind.PARTNERSHIP))
        .hasMessageContaining("/document/ward");
    assertThat(STRICT.lenient().limits()).isEqualTo(Limits.DEFAULT);
  }

  @Test
  void everyProblemComesBackAtOnce() {
    String broken = small().replace("\"nation\": \"ENGLAND\"", "\"nation\": \"SCOTLAND\"")
        .replace("\"period\": \"2024-04\"", "\"period\": \"2024-13\"")
        .replace("\"order\": 1", "\"order\": \"first\"");
    assertThatThrownBy(() -> STRICT.read(broken, Format.JSON, DocumentKind.PARTNERSHIP))
        .isInstanceOfSatisfying(SscpJsonException.class, e -> {
          assertThat(e.problems()).extracting(Problem::pointer).containsExactlyInAnyOrder(
              "/document/nation", "/document/observations/entries/0/period",
              "/document/strategies/0/priorities/0/order");
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
          assertThat(e.getMessage()).startsWith("3 problems in the document")
              .contains("/document/nation (line 8, column 15): \"SCOTLAND\" is not one of ENGLAND, WALES");
        });
  }

  @Test
  void problemsAreCappedAtAThousand() {
    StringBuilder many = new StringBuilder("{\"format\":\"sscp\",\"version\":1,\"kind\":\"partnership\","
        + "\"document\":{\"id\":\"x\",\"name\":\"X\",\"nation\":\"ENGLAND\",\"structure\":\"UNITARY\","
        + "\"area\":{\"name\":\"X\",\"type\":\"COMMUNITY_SAFETY_PARTNERSHIP\"}");
    for (int i = 0; i < 5000; i++) {
      many.append(",\"unknown").append(i).append("\":").append(i);
    }
    many.append("}}");
    assertThatThrownBy(() -> STRICT.read(many.toString(), Format.JSON, DocumentKind.PARTNERSHIP))
        .isInstanceOfSatisfying(SscpJsonException.class, e -> {
          assertThat(e.problems()).hasSize(1001);
          assertThat(e.problems().get(1000).message()).isEqualTo("more than 1000 problems: the rest are not listed");
          assertThat(e.getMessage()).contains("… and 981 more");
        });
  }

  @Test
  void validationProblemsAreCappedAtAThousandToo() {
    StringBuilder many = new StringBuilder("{\"format\":\"sscp\",\"version\":1,\"kind\":\"partnership\","
        + "\"document\":{\"id\":\"x\",\"name\":\"X\",\"nation\":\"ENGLAND\",\"structure\":\"UNITARY\","
        + "\"area\":{\"name\":\"X\",\"type\":\"COMMUNITY_SAFETY_PARTNERSHIP\"},\"memberships\":[");
    for (int i = 0; i < 1500; i++) {
      many.append(i == 0 ? "" : ",").append("{\"organisationId\":\"nobody-").append(i)
          .append("\",\"role\":\"NON_STATUTORY_PARTNER\",\"partnerCategory\":\"CHARITY\"}");
    }
    many.append("]}}");
    assertThatThrownBy(() -> STRICT.read(many.toString(), Format.JSON, DocumentKind.PARTNERSHIP))
        .isInstanceOfSatisfying(SscpJsonException.class, e -> {
          assertThat(e.problems()).hasSize(1001);
          assertThat(e.problems().get(0).message()).contains("which does not exist");
          assertThat(e.problems().get(1000).message())
              .isEqualTo("500 more problems: the rest are not listed");
        });
  }

  @Test
  void theModuleCarriesTheBuildsVersion() {
    // the build filters the version in: a release's or a snapshot's, never Jackson's "unknown"
    assertThat(new SscpJsonModule().version().toString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(new SscpJsonModule().version().isUnknownVersion()).isFalse();
    assertThat(new SscpJsonModule().version().getArtifactId()).isEqualTo("sscp-json");
  }

  @Test
  void thePublicViewHoldsNoPersonalData() {
    Partnership p = STRICT.read(small(), Format.JSON, DocumentKind.PARTNERSHIP);
    assertThat(EMAIL.matcher(small()).find()).as("the private document has an email").isTrue();
    for (Format format : Format.values()) {
      String published = STRICT.writePublic(p, format);
      assertThat(EMAIL.matcher(published).find()).as("an email in %s", format).isFalse();
      assertThat(PHONE.matcher(published).find()).as("a phone number in %s", format).isFalse();
      assertThat(published).doesNotContain("\"contact\"").doesNotContain("contact:");
      Partnership back = STRICT.read(published, format, DocumentKind.PARTNERSHIP);
      assertThat(back.people()).extracting(Person::contact).allSatisfy(c -> assertThat(c).isEmpty());
      assertThat(back.people()).extracting(Person::displayName).containsExactly("Alex Example");
    }
    qt().withExamples(RoundTripPropertiesTest.examples(100)).forAll(Documents.partnerships()).checkAssert(x -> {
      String published = STRICT.writePublic(x, Format.JSON);
      assertThat(published).doesNotContain("\"contact\"");
      assertThat(EMAIL.matcher(published).find()).as(published).isFalse();
      Partnership back = STRICT.read(published, Format.JSON, DocumentKind.PARTNERSHIP);
      assertThat(back.people()).allSatisfy(person -> assertThat(person.contact()).isEmpty());
      assertThat(back.withPeople(x.people())).isEqualTo(x);
    });
  }

  @Test
  void writingRefusesWhatIsNotADocument() {
    assertThatThrownBy(() -> STRICT.write("a string", Format.JSON))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> Limits.DEFAULT.withMaxDepth(3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.DEFAULT.withMaxTokens(0)).isInstanceOf(IllegalArgumentException.class);
    Limits l = Limits.DEFAULT.withMaxStringLength(10).withMaxNumberLength(5).withMaxNameLength(7)
        .withMaxTokens(99).withMaxDocumentBytes(1000).withMaxDepth(8);
    assertThat(l).isEqualTo(new Limits(1000, 8, 10, 5, 7, 99));
  }

  @Test
  void everyLimitIsApplied() {
    String doc = small();
    // the document nests 6 deep: envelope, document, observations, entries, an entry, its provenance
    assertThatThrownBy(() -> STRICT.withLimits(Limits.DEFAULT.withMaxDepth(5)).read(doc, Format.JSON,
        DocumentKind.PARTNERSHIP)).hasMessageContaining("nesting depth (6) exceeds the maximum allowed (5)");
    assertThatThrownBy(() -> STRICT.withLimits(Limits.DEFAULT.withMaxStringLength(20)).read(doc, Format.JSON,
        DocumentKind.PARTNERSHIP)).hasMessageContaining("String value length");
    assertThatThrownBy(() -> STRICT.withLimits(Limits.DEFAULT.withMaxNumberLength(3)).read(doc, Format.JSON,
        DocumentKind.PARTNERSHIP)).hasMessageContaining("Number value length");
    assertThatThrownBy(() -> STRICT.withLimits(Limits.DEFAULT.withMaxNameLength(5)).read(doc, Format.JSON,
        DocumentKind.PARTNERSHIP)).hasMessageContaining("a property name is longer than 5 characters");
    assertThatThrownBy(() -> STRICT.withLimits(Limits.DEFAULT.withMaxTokens(50)).read(doc, Format.JSON,
        DocumentKind.PARTNERSHIP)).hasMessageContaining("Token count");
    assertThatThrownBy(() -> STRICT.withLimits(Limits.DEFAULT.withMaxDocumentBytes(100)).read(doc, Format.JSON,
        DocumentKind.PARTNERSHIP)).hasMessageContaining("larger than the limit of 100 bytes");
    assertThat(STRICT.withLimits(Limits.DEFAULT.withMaxDepth(6)).read(doc, Format.JSON, DocumentKind.PARTNERSHIP))
        .isEqualTo(STRICT.read(doc, Format.JSON, DocumentKind.PARTNERSHIP));
    int size = doc.getBytes(StandardCharsets.UTF_8).length;
    assertThat(STRICT.withLimits(Limits.DEFAULT.withMaxDocumentBytes(size)).read(doc, Format.JSON,
        DocumentKind.PARTNERSHIP)).isNotNull();
    assertThatThrownBy(() -> STRICT.withLimits(Limits.DEFAULT.withMaxDocumentBytes(size - 1)).read(doc,
        Format.JSON, DocumentKind.PARTNERSHIP)).hasMessageContaining("larger than the limit");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    byte[] doc = ValidDocumentsTest.resource("valid/small-partnership.yaml");
    Partnership expected = STRICT.read(doc, Format.YAML, DocumentKind.PARTNERSHIP);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = pool.invokeAll(java.util.Collections.nCopies(64, () ->
          STRICT.write(STRICT.read(doc, Format.YAML, DocumentKind.PARTNERSHIP), Format.JSON)));
      for (Future<String> r : results) {
        assertThat(r.get()).isEqualTo(STRICT.write(expected, Format.JSON));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void readPartnershipTellsJsonFromYaml() {
    Partnership fromJson = STRICT.readPartnership(new java.io.ByteArrayInputStream(
        ("\n  " + small()).getBytes(StandardCharsets.UTF_8)));
    assertThat(fromJson.id()).isEqualTo("exampleton-csp");
    assertThat(SscpJson.sniff("  \n{".getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.JSON);
    assertThat(SscpJson.sniff("# c\nformat: sscp".getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.YAML);
    assertThat(SscpJson.sniff("   ".getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.JSON);
  }
}
