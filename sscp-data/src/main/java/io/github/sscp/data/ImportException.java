package io.github.sscp.data;

import io.github.sscp.model.base.SscpException;

/**
 * Thrown in strict mode at the first bad row, and in any mode when a file cannot be read at all.
 * The message names the file, the line and the reason.
 */
public class ImportException extends SscpException {
  private static final long serialVersionUID = 1L;

  private final transient RowProblem problem;

  /**
   * Creates an exception for a problem.
   *
   * @param problem the problem, not null
   */
  public ImportException(RowProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  /**
   * Creates an exception for a problem with a cause.
   *
   * @param problem the problem, not null
   * @param cause the cause
   */
  public ImportException(RowProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  /**
   * Obtains the problem.
   *
   * @return the problem, not null
   */
  public RowProblem problem() {
    return problem;
  }
}
