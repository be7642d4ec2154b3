package io.github.sscp.cli;

import io.github.sscp.json.Format;
import io.github.sscp.json.SscpJson;

/** JSON output: every result is an sscp document in its envelope (docs/FORMAT.md). */
final class Json {

  private Json() {}

  /** One document in its envelope. */
  static String document(Object document) {
    return SscpJson.standard().write(document, Format.JSON);
  }
}
