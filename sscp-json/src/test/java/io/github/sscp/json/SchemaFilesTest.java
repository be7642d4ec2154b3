package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The build generates the schemas into the jar from the model and its javadoc; these tests check
 * that the jar's schemas are the ones the model makes now and that {@code docs/schema}, the copies
 * people read, are equal to them. After a model change, copy the built schemas there with {@code
 * scripts/update-schemas.sh} and review the difference.
 */
class SchemaFilesTest {

  static final Path SCHEMAS = Path.of("../docs/schema");

  static Map<String, String> descriptions() {
    return JavadocDescriptions.scan(List.of(Path.of("../sscp-model/src/main/java"),
        Path.of("../sscp-rules/src/main/java"), Path.of("../sscp-data/src/main/java"),
        Path.of("src/main/java")));
  }

  @Test
  void shippedSchemasAreTheOnesTheModelMakes() throws IOException {
    Map<String, String> descriptions = descriptions();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      String made = SchemaWriter.generate(kind, descriptions);
      Path file = SCHEMAS.resolve(kind.name() + ".schema.json");
      assertThat(SscpJson.schema(kind)).as("the schema in the jar").isEqualTo(made);
      assertThat(file).as("%s is missing or stale: run scripts/update-schemas.sh", file)
          .exists().hasContent(made);
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
    tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
        .build();
    List<String> undescribed = new java.util.ArrayList<>();
    int checked = 0;
    for (DocumentKind<?> kind : DocumentKind.all()) {
      tools.jackson.databind.JsonNode schema = json.readTree(SscpJson.schema(kind));
      for (var def : schema.get("$defs").properties()) {
        checked++;
        if (!def.getValue().has("description")) {
          undescribed.add(kind + ": " + def.getKey());
        }
        tools.jackson.databind.JsonNode props = def.getValue().get("properties");
        if (props == null) {
          continue;
        }
        for (var prop : props.properties()) {
          checked++;
          if (!prop.getValue().has("description")
              || prop.getValue().get("description").asText().isBlank()) {
            undescribed.add(kind + ": " + def.getKey() + "." + prop.getKey());
          }
        }
      }
    }
    assertThat(checked).as("types and attributes checked").isGreaterThan(900);
    assertThat(undescribed).as("types and attributes without a description").isEmpty();
  }
}
