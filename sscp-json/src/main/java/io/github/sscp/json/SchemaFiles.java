package io.github.sscp.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON Schema of every document kind, with descriptions from the model's and the
 * rules' javadoc. The build runs it once, after compiling, into the jar's
 * {@code io/github/sscp/json/schema/}; {@code docs/schema/} holds the copies people read, which a
 * test keeps equal.
 */
public final class SchemaFiles {

  private SchemaFiles() {}

  /**
   * Writes the schemas.
   *
   * @param args the folder to write into, then the source roots to read javadoc from
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    List<Path> sources = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sources.add(Path.of(args[i]));
    }
    Map<String, String> descriptions = JavadocDescriptions.scan(sources);
    Files.createDirectories(out);
    for (DocumentKind<?> kind : DocumentKind.all()) {
      Files.writeString(out.resolve(kind.name() + ".schema.json"),
          SchemaWriter.generate(kind, descriptions), StandardCharsets.UTF_8);
    }
  }
}
