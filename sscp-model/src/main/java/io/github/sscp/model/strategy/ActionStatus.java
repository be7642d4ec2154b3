package io.github.sscp.model.strategy;

/** Where an action is. */
public enum ActionStatus {
  /** Not begun. */
  NOT_STARTED,
  /** Under way. */
  IN_PROGRESS,
  /** Under way and on track. */
  ON_TRACK,
  /** Under way but at risk. */
  AT_RISK,
  /** Under way and off track. */
  OFF_TRACK,
  /** Done. */
  COMPLETE,
  /** Stopped. */
  CANCELLED,
  /** Put off. */
  DEFERRED;

  /**
   * Checks if the action is closed (complete or cancelled) and so can no longer be overdue.
   *
   * @return true for complete and cancelled
   */
  public boolean isClosed() {
    return this == COMPLETE || this == CANCELLED;
  }
}
