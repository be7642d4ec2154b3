package io.github.sscp.testkit;

import java.util.Objects;

/**
 * A value broken in exactly one place: validating it yields exactly one violation, at {@link #path()}
 * with code {@link #constraint()} (a Jakarta constraint's simple name or one of the codes in {@link
 * io.github.sscp.model.validation.Violation}).
 *
 * @param <T> the value's type
 * @param value the broken value, not null
 * @param path where it is broken, not null
 * @param constraint which constraint it breaks, not null
 */
public record InvalidValue<T>(T value, String path, String constraint) {

  /**
   * Creates an invalid value.
   *
   * @param value the broken value
   * @param path where it is broken
   * @param constraint which constraint it breaks
   */
  public InvalidValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(constraint, "constraint");
  }

  @Override
  public String toString() {
    return "breaks " + constraint + " at " + path + ": " + value;
  }
}
