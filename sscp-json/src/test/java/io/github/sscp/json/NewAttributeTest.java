package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.shape.TypeRef;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A value type nobody told the format, the validator or the reference check about — {@link
 * Planted}, with an attribute of each kind — is read, written, validated, reference-checked and
 * described in a schema through the model's shape alone: a new attribute needs no change outside
 * the model.
 */
class NewAttributeTest {

  static final String JSON = """
      {"id": "a", "text": "top", "otherId": "b", "phone": "07000 000000", "on": "2026-03-31",
       "quarter": "2025/26 Q4", "labels": {"k": "v"},
       "children": [{"id": "b", "text": "child", "on": "2024-01-01"}]}""";

  static Planted read(String json) {
    Binder binder = new Binder(false);
    Object v = binder.bind(new TreeReader(Limits.DEFAULT).read(json.getBytes(), Format.JSON),
        TypeRef.of(Planted.class), "");
    assertThat(binder.problems).isEmpty();
    return (Planted) v;
  }

  static String write(Planted p, boolean publicView) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(),
        out)) {
      new Writer(publicView).write(p, TypeRef.of(Planted.class), g);
    }
    return out.toString();
  }

  @Test
  void everyAttributeIsReadAndWrittenBack() {
    Planted p = read(JSON);
    assertThat(p.text()).isEqualTo("top");
    assertThat(p.otherId()).contains("b");
    assertThat(p.on()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(p.quarter()).contains(Quarter.parse("2025/26 Q4"));
    assertThat(p.labels()).isEqualTo(Map.of("k", "v"));
    assertThat(p.children()).singleElement().extracting(Planted::id).isEqualTo("b");
    assertThat(read(write(p, false))).isEqualTo(p);
    assertThat(write(p, true)).doesNotContain("phone").doesNotContain("07000");
  }

  @Test
  void unknownAndMissingPropertiesAreProblemsAtTheirPointer() {
    Binder binder = new Binder(false);
    binder.bind(new TreeReader(Limits.DEFAULT).read("{\"id\": \"a\", \"colour\": 1, \"on\": \"x\"}"
        .getBytes(), Format.JSON), TypeRef.of(Planted.class), "");
    assertThat(binder.problems).extracting(Problem::pointer).contains("/colour", "/on", "");
    assertThat(binder.problems).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("\"text\" is required"));
  }

  @Test
  void itsConstraintsAndReferencesAreChecked() {
    Planted p = read(JSON.replace("\"top\"", "\" \"").replace("\"otherId\": \"b\"",
        "\"otherId\": \"nowhere\""));
    List<Violation> constraints = ModelValidator.shared().validate(p);
    assertThat(constraints).extracting(Violation::path).containsExactly("text");
    List<Violation> references = ModelValidator.shared().checkReferences(p);
    assertThat(references).extracting(Violation::path).containsExactly("otherId");
    assertThat(references.get(0).message()).contains("refers to planted 'nowhere'");
    assertThat(ModelValidator.shared().checkReferences(read(JSON))).isEmpty();
  }

  @Test
  void itsSchemaDescribesEveryAttributeFromTheJavadoc() {
    Map<String, String> descriptions = JavadocDescriptions.scan(List.of(
        Path.of("src/test/java/io/github/sscp/json")));
    String schema = SchemaWriter.generate(new DocumentKind<>("planted", Planted.class), descriptions);
    assertThat(schema).contains("\"Planted\"").contains("A date.").contains("Labels by name.")
        .contains("\"required\" : [ \"id\", \"on\", \"text\" ]")
        .contains("\"pattern\" : \"\\\\S\"");
  }
}
