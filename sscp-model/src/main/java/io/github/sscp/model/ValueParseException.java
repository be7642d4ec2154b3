package io.github.sscp.model;

/** Thrown when text does not match a value's canonical form, e.g. {@code "2024/26"} as a financial year. */
public class ValueParseException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final String text;

  /**
   * Creates an exception for text that could not be parsed.
   *
   * @param what what was being parsed, e.g. "financial year", not null
   * @param text the text, not null
   * @param expected a description of the accepted form, not null
   */
  public ValueParseException(String what, CharSequence text, String expected) {
    super("Cannot parse " + what + " from '" + text + "': expected " + expected);
    this.text = text.toString();
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
