package io.github.sscp.model.base;

import java.util.List;

/**
 * The root of every failure sscp reports to its user: a value that cannot exist, a partnership
 * with violations, a document that cannot be read, a data file with bad rows, a series that would
 * give a wrong number. Catch this to handle them all; each subtype says where the problem is
 * (a field, a model path, a JSON Pointer with its line, a file and line).
 *
 * <p>Unchecked. Programming errors (a null argument, an illegal state) are the JDK's own
 * exceptions, not this one.
 */
public class SscpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and where, not null
   */
  public SscpException(String message) {
    super(message);
  }

  /**
   * Creates an exception with its cause.
   *
   * @param message what went wrong and where, not null
   * @param cause the cause, not null
   */
  public SscpException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Obtains each problem as one line, "where: what". A failure with one problem has one line.
   *
   * @return the problems, at least one, not null
   */
  public List<String> details() {
    return List.of(String.valueOf(getMessage()));
  }
}
