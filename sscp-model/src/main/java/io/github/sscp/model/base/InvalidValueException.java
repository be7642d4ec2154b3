package io.github.sscp.model.base;

/**
 * Thrown when a value cannot exist: a construction invariant is broken (an end before a start, a
 * malformed GSS code, money with fractions of a penny).
 *
 * <p>The message names the field and the offending values. Problems a user should see all at once
 * (blank names, dangling references) are not thrown: {@link
 * io.github.sscp.model.validation.ModelValidator} reports them as violations.
 */
public class InvalidValueException extends SscpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the field and the values involved.
   *
   * @param message the message, not null
   */
  public InvalidValueException(String message) {
    super(message);
  }

  /**
   * Throws when the condition is false.
   *
   * @param condition the invariant that must hold
   * @param message the message naming the field, used when the invariant is broken
   * @throws InvalidValueException if {@code condition} is false
   */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw new InvalidValueException(message);
    }
  }

  /**
   * Checks a construction invariant, building the message only when it is broken (for values made
   * in bulk, such as periods).
   *
   * @param condition the invariant that must hold
   * @param message the message naming the field, used when the invariant is broken
   * @throws InvalidValueException if {@code condition} is false
   */
  public static void require(boolean condition, java.util.function.Supplier<String> message) {
    if (!condition) {
      throw new InvalidValueException(message.get());
    }
  }
}
