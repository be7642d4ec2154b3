package io.github.sscp.model.base;

/**
 * Thrown when text cannot be read as a value, e.g. {@code "2024/26"} as a financial year or {@code
 * "R12 2024-13"} as a rolling window. Every {@code parse} method of the model throws this type; its
 * message quotes the text (shortened if long) and says what was wrong or expected.
 */
public class ValueParseException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** Longest stretch of the offending text quoted in a message. */
  static final int QUOTED_LENGTH = 60;

  private final String text;

  /**
   * Creates an exception for text that could not be parsed.
   *
   * @param what what was being parsed, e.g. "financial year", not null
   * @param text the text, not null
   * @param problem what was wrong, e.g. "expected yyyy/yy, e.g. 2024/25", not null
   */
  public ValueParseException(String what, CharSequence text, String problem) {
    super("Cannot parse " + what + " from '" + quote(text) + "': " + problem);
    this.text = text.toString();
  }

  private static String quote(CharSequence text) {
    return text.length() <= QUOTED_LENGTH ? text.toString()
        : text.subSequence(0, QUOTED_LENGTH) + "…(" + text.length() + " characters)";
  }

  /**
   * Obtains the text that could not be parsed.
   *
   * @return the text, not null
   */
  public String text() {
    return text;
  }
}
