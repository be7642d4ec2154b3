package io.github.sscp.model.measure;

/** How settled an observed value is. */
public enum ObservationStatus {
  /** May change when the source revises it. */
  PROVISIONAL,
  /** The settled value. */
  FINAL,
  /** A correction of an earlier observation, which it supersedes. */
  REVISED,
  /** Withheld by the source, e.g. small numbers; the value is not shown. */
  SUPPRESSED
}
