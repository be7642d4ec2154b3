package io.github.sscp.model.geography;

import io.github.sscp.model.base.ValueParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * An ONS Government Statistical Service code: a nation letter, a two-digit entity code and six
 * digits, e.g. {@code E22000120} (the Southampton CSP), {@code E23000030} (the Hampshire police
 * force area), {@code E06000045} (Southampton unitary authority).
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param value the nine-character code, exactly, not null
 */
public record GssCode(String value) implements Comparable<GssCode> {


  /**
   * Creates a code, checking its shape.
   *
   * @param value the code, nine characters with nothing before or after, not null
   * @throws ValueParseException if the value is not a GSS code
   */
  public GssCode {
    Objects.requireNonNull(value, "value");
    if (!isCode(value)) {
      throw new ValueParseException("GSS code", value,
          "expected a nation letter E, W, S, N or K and eight digits, e.g. E22000120");
    }
  }

  /**
   * Obtains a code from its exact text.
   *
   * @param value the code, e.g. "E22000120", not null
   * @return the code, not null
   * @throws ValueParseException if the text is not exactly a GSS code
   */
  public static GssCode of(String value) {
    return new GssCode(value);
  }

  /**
   * Obtains a code from text, ignoring surrounding whitespace as every model parser does.
   *
   * @param text the code, e.g. " E22000120 ", not null
   * @return the code, not null
   * @throws ValueParseException if the text is not a GSS code
   */
  public static GssCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    if (!isCode(s)) {
      throw new ValueParseException("GSS code", text,
          "expected a nation letter E, W, S, N or K and eight digits, e.g. E22000120");
    }
    return new GssCode(s);
  }

  /**
   * Checks the shape {@code [EWSNK]\d{8}} without a regular expression: every read meets codes.
   */
  private static boolean isCode(String s) {
    if (s.length() != 9 || "EWSNK".indexOf(s.charAt(0)) < 0) {
      return false;
    }
    for (int i = 1; i < 9; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Obtains the entity prefix: the nation letter and entity code, e.g. {@code E22}.
   *
   * @return the three-character prefix, not null
   */
  public String entityPrefix() {
    return value.substring(0, 3);
  }

  /**
   * Obtains the kind of geography the prefix denotes, where it is one the model knows.
   *
   * @return the geography type, or empty for an unknown prefix
   */
  public Optional<GeographyType> geographyType() {
    return GeographyType.forPrefix(entityPrefix());
  }

  @Override
  public int compareTo(GssCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
