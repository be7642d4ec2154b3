package io.github.sscp.model.validation;

import io.github.sscp.model.base.SscpException;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link ModelValidator#requireValid(Object)} with every violation found. */
public class ModelValidationException extends SscpException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates an exception listing violations.
   *
   * @param violations the violations, not empty, not null
   */
  public ModelValidationException(List<Violation> violations) {
    super(violations.size() + " violation(s):" + violations.stream().map(v -> "\n  " + v)
        .collect(Collectors.joining()));
    this.violations = List.copyOf(violations);
  }

  /**
   * Obtains every violation found.
   *
   * @return the violations, sorted by path, not null
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Obtains each violation as "path: message".
   *
   * @return the violations as lines, not null
   */
  @Override
  public List<String> details() {
    return violations.stream().map(Violation::toString).toList();
  }
}
