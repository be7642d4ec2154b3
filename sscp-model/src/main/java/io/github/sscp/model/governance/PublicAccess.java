package io.github.sscp.model.governance;

/** Whether the public may attend a body's meetings. */
public enum PublicAccess {
  /** Meetings are open to the public. */
  OPEN,
  /** Meetings are open, with confidential items taken in private. */
  OPEN_WITH_PRIVATE_ITEMS,
  /** Meetings are closed to the public. */
  CLOSED
}
