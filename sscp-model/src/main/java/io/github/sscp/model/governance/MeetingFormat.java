package io.github.sscp.model.governance;

/** How a meeting is run. */
public enum MeetingFormat {
  /** A formal business meeting. */
  FORMAL,
  /** A workshop, e.g. the 29 January 2024 board workshop that agreed the obsessions. */
  WORKSHOP,
  /** A public meeting. */
  PUBLIC
}
