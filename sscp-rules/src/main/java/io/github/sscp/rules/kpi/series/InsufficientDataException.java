package io.github.sscp.rules.kpi.series;

import io.github.sscp.model.base.SscpException;

/**
 * Thrown when a series is sound but too short, or has a gap where a calculation needs data, for
 * that calculation to give an answer. The message says what was needed and what is missing; the
 * KPI engine reports it as the reason for an "insufficient data" status.
 */
public class InsufficientDataException extends SscpException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was needed and what is missing, not null
   */
  public InsufficientDataException(String message) {
    super(message);
  }
}
