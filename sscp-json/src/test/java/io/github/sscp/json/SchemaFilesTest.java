package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schemas shipped in the jar are the ones the model makes today, with the descriptions its
 * javadoc gives today. Run with {@code -Dsscp.regenerate=true} to rewrite them after a model
 * change, then review the difference.
 */
class SchemaFilesTest {

  static final Path SCHEMAS = Path.of("src/main/resources/io/github/sscp/json/schema");
  private static final boolean REGENERATE = Boolean.getBoolean("sscp.regenerate");

  static Map<String, String> descriptions() {
    return JavadocDescriptions.scan(List.of(Path.of("../sscp-model/src/main/java"),
        Path.of("../sscp-rules/src/main/java")));
  }

  @Test
  void shippedSchemasAreTheOnesTheModelMakes() throws IOException {
    Map<String, String> descriptions = descriptions();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      String made = SchemaWriter.generate(kind, descriptions);
      Path file = SCHEMAS.resolve(kind.name() + ".schema.json");
      if (REGENERATE) {
        Files.writeString(file, made);
        continue;
      }
      assertThat(Files.readString(file))
          .as("%s is stale: run mvn -pl sscp-json test -Dtest=SchemaFilesTest -Dsscp.regenerate=true",
              file)
          .isEqualTo(made);
      assertThat(SscpJson.schema(kind)).as("the schema in the jar").isEqualTo(made);
    }
  }

  @Test
  void descriptionsComeFromTheJavadoc() {
    Map<String, String> d = descriptions();
    assertThat(d.get("Meeting.date")).isEqualTo("The date.");
    assertThat(d.get("Finding.ruleId")).isEqualTo("The rule's id, e.g. \"CDA98-S6-1D-SERIOUS-VIOLENCE\".");
    assertThat(d.get("Meeting")).startsWith("A meeting of a governance body, held or scheduled:")
        .endsWith("decisions.");
  }

  @Test
  void everyTypeAndAttributeInASchemaIsDescribed() {
    for (DocumentKind<?> kind : DocumentKind.all()) {
      String schema = SscpJson.schema(kind);
      assertThat(schema).contains("\"description\"");
    }
  }
}
