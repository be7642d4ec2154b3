package io.github.sscp.model.validation;

import java.util.Objects;

/**
 * One problem found by {@link ModelValidator}: where it is, what is wrong, and which check found it.
 *
 * <p>The path uses property names, list indexes and map keys, e.g. {@code
 * strategies[0].focusAreas[1].priorityIds[0]} or {@code organisations[2].identifiers[ods]}. The code
 * is the simple name of the Jakarta constraint ({@code NotBlank}, {@code Id}, {@code Size}, …) or
 * one of the constants below for the model's own cross-value checks.
 *
 * <p>Immutable, thread-safe value type.
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
  /** Two current observations of one series for the same days. */
  public static final String DUPLICATE_PERIOD = "DuplicatePeriod";
  /** The code of a series whose current observations mix kinds of period (months and quarters). */
  public static final String MIXED_PERIODS = "MixedPeriods";
  /** Two priorities (or key crime issues) of one strategy in the same position. */
  public static final String DUPLICATE_ORDER = "DuplicateOrder";
  /** A role or kind that does not fit the organisation or body it is given to. */
  public static final String ROLE_MISMATCH = "RoleMismatch";
  /** A value that belongs to the other nation (a Local Health Board in England, a W14 code for an English partnership). */
  public static final String NATION_MISMATCH = "NationMismatch";
  /** A council tier that does not fit the partnership's local government structure. */
  public static final String STRUCTURE_MISMATCH = "StructureMismatch";
  /** A value the model needs to judge the partnership that is not given (a council's tier, a rate's base). */
  public static final String INCOMPLETE = "Incomplete";

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
