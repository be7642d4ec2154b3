package io.github.sscp.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.sscp.benchmarks.plain.PlainDocument.PlainEnvelope;
import io.github.sscp.examples.southampton.SouthamptonDocuments;
import io.github.sscp.examples.southampton.SouthamptonSafeCityPartnership;
import io.github.sscp.json.DocumentKind;
import io.github.sscp.json.Format;
import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The format on the Southampton document (89 KB of JSON): sscp reading (parse, bind, validate)
 * against plain Jackson 3 binding the same bytes into plain records without validation, and sscp
 * writing against plain Jackson writing those records, both pretty-printed without empty values.
 * YAML reading is measured for information.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(3)
public class JsonBenchmark {

  SscpJson sscp;
  JsonMapper plainMapper;
  byte[] json;
  byte[] yaml;
  Partnership southampton;
  PlainEnvelope plain;

  /**
   * Reads the document both ways and checks that the plain records hold all of it.
   *
   * @throws IllegalStateException if the plain records lose or change anything
   */
  @Setup
  public void setUp() {
    sscp = SscpJson.standard();
    plainMapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .build();
    json = SouthamptonDocuments.json().getBytes(StandardCharsets.UTF_8);
    yaml = SouthamptonDocuments.yaml().getBytes(StandardCharsets.UTF_8);
    southampton = SouthamptonSafeCityPartnership.build();
    plain = plainMapper.readValue(json, PlainEnvelope.class);
    JsonNode fromSscp = plainMapper.readTree(json);
    JsonNode fromPlain = plainMapper.readTree(plainMapper.writeValueAsString(plain));
    if (!fromSscp.equals(fromPlain)) {
      throw new IllegalStateException("the plain records do not hold the whole document");
    }
  }

  /**
   * sscp: parse, bind and validate the JSON document.
   *
   * @return the partnership
   */
  @Benchmark
  public Partnership readSscp() {
    return sscp.read(json, Format.JSON, DocumentKind.PARTNERSHIP);
  }

  /**
   * Baseline: plain Jackson binding the same bytes into plain records.
   *
   * @return the records
   */
  @Benchmark
  public PlainEnvelope readPlain() {
    return plainMapper.readValue(json, PlainEnvelope.class);
  }

  /**
   * Baseline for a validated read: plain Jackson binding the same bytes into plain records, then
   * the same {@code ModelValidator} run on the partnership those bytes hold — what a reader that
   * validates would cost if binding were as cheap as plain Jackson's.
   *
   * @return the violations
   */
  @Benchmark
  public List<Violation> readPlainThenValidate() {
    PlainEnvelope e = plainMapper.readValue(json, PlainEnvelope.class);
    if (e.document() == null) {
      throw new IllegalStateException("no document");
    }
    return ModelValidator.shared().validate(southampton);
  }

  /**
   * Reference: the model's validation alone (constraints, references, consistency) of the built
   * partnership, the third step of a read.
   *
   * @return the violations
   */
  @Benchmark
  public List<Violation> validateOnly() {
    return ModelValidator.shared().validate(southampton);
  }

  /**
   * sscp: parse, bind and validate the YAML document (for information).
   *
   * @return the partnership
   */
  @Benchmark
  public Partnership readSscpYaml() {
    return sscp.read(yaml, Format.YAML, DocumentKind.PARTNERSHIP);
  }

  /**
   * sscp: write the partnership as JSON.
   *
   * @return the text
   */
  @Benchmark
  public String writeSscp() {
    return sscp.write(southampton, Format.JSON);
  }

  /**
   * Baseline: plain Jackson writing the plain records.
   *
   * @return the text
   */
  @Benchmark
  public String writePlain() {
    return plainMapper.writeValueAsString(plain);
  }
}
