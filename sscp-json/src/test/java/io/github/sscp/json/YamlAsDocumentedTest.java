package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML read as docs/FORMAT.md says: flow style is YAML, {@code ~} and {@code null} are null,
 * anchors, aliases and tags are refused wherever they stand, dates are strict, and every problem
 * is located by pointer, line and column.
 */
class YamlAsDocumentedTest {

  static final SscpJson SSCP = SscpJson.standard();
  static final String HEAD = "format: sscp\nversion: 1\nkind: partnership\ndocument:\n";

  static List<String> problems(String text) {
    try {
      SSCP.readPartnership(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (SscpJsonException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("read without a problem");
  }

  static String small() throws IOException {
    return new String(ValidDocumentsTest.resource("valid/small-partnership.yaml"),
        StandardCharsets.UTF_8);
  }

  @Test
  void aDocumentStartingWithABraceIsReadAsYamlWhenItIsNotJson() throws IOException {
    assertThat(problems("{format: sscp, version: 1, kind: partnership, document: {id: x, name: X}}"))
        .contains("/document (line 1, column 57): the property \"nation\" is required for Partnership");
    // the whole small partnership in flow style reads as the block-style file does
    Partnership block = SSCP.read(small(), Format.YAML, DocumentKind.PARTNERSHIP);
    String flow = SSCP.write(block, Format.JSON).replace("\"", "");
    assertThat(SSCP.readPartnership(new ByteArrayInputStream(flow.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(block);
    // text that is neither is reported as the JSON it looks like
    assertThat(problems("{\"format\": \"sscp\",")).singleElement().asString()
        .contains("not well-formed JSON");
  }

  @Test
  void tildeAndEveryPlainSpellingOfNullAreNullAndAQuotedTildeIsText() {
    for (String nul : List.of("~", "null", "Null", "NULL")) {
      assertThat(problems(HEAD + "  id: x\n  name: " + nul + "\n")).as(nul)
          .contains("/document/name (line 6, column 9): a value is required here, not null");
    }
    assertThat(problems(HEAD + "  id: x\n  name: '~'\n"))
        .noneMatch(p -> p.startsWith("/document/name"));
  }

  @Test
  void anchorsAliasesAndTagsAreRefusedWhereTheyStand() {
    assertThat(problems(HEAD + "  id: &a x\n  name: X\n")).containsExactly(
        "/document/id (line 5, column 7): YAML anchors and aliases are not allowed");
    assertThat(problems(HEAD + "  id: x\n  name: X\n  organisations:\n  - &o {id: a}\n  - *o\n"))
        .containsExactly("/document/organisations/0 (line 8, column 5): YAML anchors and aliases"
            + " are not allowed");
    assertThat(problems(HEAD + "  id: x\n  name: !!str X\n")).containsExactly(
        "/document/name (line 6, column 9): YAML tags are not allowed (tag:yaml.org,2002:str)");
    assertThat(problems(HEAD + "  id: x\n  area: !geo {code: E22000120}\n")).containsExactly(
        "/document/area (line 6, column 9): YAML tags are not allowed (!geo)");
  }

  @Test
  void problemsAfterTheScanAreStillOnTheirOwnLines() throws IOException {
    String text = small().replace("nation: ENGLAND", "nation: ENGLND");
    int line = text.substring(0, text.indexOf("nation: ENGLND")).split("\n", -1).length;
    assertThat(problems(text)).singleElement().asString()
        .startsWith("/document/nation (line " + line + ", column 11): ");
  }

  @Test
  void aDateTheSchemaRefusesTheReaderRefusesToo() throws IOException {
    String example = Files.readString(Path.of(
        "../examples/southampton/southampton-safe-city-partnership.yaml"), StandardCharsets.UTF_8);
    for (String bad : List.of("'+2024-07-01'", "2024-7-1", "'20240701'", "2024-02-30")) {
      assertThat(problems(example.replaceFirst("date: 2024-07-01", "date: " + bad)))
          .as(bad).singleElement().asString().contains(": ");
    }
    assertThat(problems(example.replaceFirst("date: 2024-07-01", "date: '+2024-07-01'")))
        .singleElement().asString().contains("Cannot parse date from '+2024-07-01'");
  }
}
