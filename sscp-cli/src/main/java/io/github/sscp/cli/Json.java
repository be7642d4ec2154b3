package io.github.sscp.cli;

import io.github.sscp.json.Format;
import io.github.sscp.json.SscpJson;
import io.github.sscp.json.SscpJsonModule;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON output: sscp documents in their envelope, other results through the sscp module. */
final class Json {

  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SscpJsonModule())
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  /** One document in its envelope. */
  static String document(Object document) {
    return SscpJson.standard().write(document, Format.JSON);
  }

  /** Several documents as a JSON array of envelopes. */
  static String documents(List<?> documents) {
    StringBuilder out = new StringBuilder("[\n");
    for (int i = 0; i < documents.size(); i++) {
      out.append(document(documents.get(i)).stripTrailing()).append(i + 1 < documents.size() ? ",\n" : "\n");
    }
    return out.append("]\n").toString();
  }

  /** Any value: model values as in the format, records by their components. */
  static String value(Object value) {
    return MAPPER.writeValueAsString(value) + "\n";
  }
}
