package io.github.sscp.model.validation;

import java.util.Objects;

/**
 * One problem found by {@link ModelValidator}: where it is, what is wrong, and which check found it.
 *
 * <p>The path uses property names and list indexes, e.g. {@code
 * strategies[0].focusAreas[1].priorityIds[0]}. The code is the simple name of the Jakarta constraint
 * ({@code NotBlank}, {@code Pattern}, …) or one of {@link #REFERENCE}, {@link #DUPLICATE_ID}, {@link
 * #VALUE_TYPE} and {@link #TARGET_POLARITY} for the model's own cross-object checks.
 *
 * @param path where the problem is, empty for the root, not null
 * @param message what is wrong, not null
 * @param code which check found it, not null
 */
public record Violation(String path, String message, String code) implements Comparable<Violation> {

  /** An id reference that does not resolve. */
  public static final String REFERENCE = "Reference";
  /** An id used twice where ids must be unique. */
  public static final String DUPLICATE_ID = "DuplicateId";
  /** An observed value impossible for its measure's value type (e.g. a negative count). */
  public static final String VALUE_TYPE = "ValueType";
  /** A numeric target on a context-only measure. */
  public static final String TARGET_POLARITY = "TargetPolarity";

  /**
   * Creates a violation.
   *
   * @param path where, not null
   * @param message what, not null
   * @param code which check, not null
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(code, "code");
  }

  @Override
  public int compareTo(Violation other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : (code + message).compareTo(other.code + other.message);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(root)" : path) + ": " + message + " [" + code + "]";
  }
}
