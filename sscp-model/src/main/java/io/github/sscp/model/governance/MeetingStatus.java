package io.github.sscp.model.governance;

/** Whether a meeting has happened. */
public enum MeetingStatus {
  /** Planned for a future date. */
  SCHEDULED,
  /** Held. */
  HELD,
  /** Called off. */
  CANCELLED
}
