package io.github.sscp.rules.kpi.series;

import io.github.sscp.model.base.SscpException;

/**
 * Thrown when a series cannot be analysed without giving a wrong number: a value that is not a
 * finite number, a negative count, a period given twice, periods of different kinds. The message
 * names the period (or position) at fault.
 */
public class SeriesException extends SscpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong and where, not null
   */
  public SeriesException(String message) {
    super(message);
  }
}
