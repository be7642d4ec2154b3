package io.github.sscp.benchmarks;

import io.github.sscp.benchmarks.plain.PlainDocument.PlainEnvelope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cold-start baseline: a fresh JVM that reads a partnership document with plain Jackson 3
 * into plain records, and nothing else.
 */
public final class PlainJsonRead {

  private PlainJsonRead() {}

  /**
   * Reads the document and prints its partnership's name.
   *
   * @param args the JSON file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    JsonMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    PlainEnvelope e = mapper.readValue(Files.readAllBytes(Path.of(args[0])), PlainEnvelope.class);
    System.out.println(e.document().name());
  }
}
