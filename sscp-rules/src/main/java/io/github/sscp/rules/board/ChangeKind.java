package io.github.sscp.rules.board;

/** What changed since the last board. */
public enum ChangeKind {
  /** A new chair, or a chair who stood down. */
  CHAIR,
  /** Another office changed hands: a lead member, a manager. */
  OFFICE,
  /** An organisation joined the partnership. */
  MEMBER_JOINED,
  /** An organisation left it. */
  MEMBER_LEFT,
  /** A priority was added. */
  PRIORITY_ADDED,
  /** A priority was removed. */
  PRIORITY_REMOVED,
  /** A priority was reworded. */
  PRIORITY_RENAMED,
  /** A key crime issue was added. */
  KEY_CRIME_ISSUE_ADDED,
  /** A key crime issue was removed. */
  KEY_CRIME_ISSUE_REMOVED,
  /** A key crime issue was reworded. */
  KEY_CRIME_ISSUE_RENAMED,
  /** A focus area (an obsession, say) was added. */
  FOCUS_AREA_ADDED,
  /** A focus area was removed. */
  FOCUS_AREA_REMOVED,
  /** A focus area was reworded. */
  FOCUS_AREA_RENAMED,
  /** A measure of success was added. */
  MEASURE_ADDED,
  /** A measure of success was removed. */
  MEASURE_REMOVED,
  /** A measure's targets changed. */
  TARGET_CHANGED,
  /** The statutory strands the strategy declares changed. */
  STRANDS_CHANGED,
  /** A measure's verdict moved, e.g. from common cause to a special cause of concern. */
  VERDICT_MOVED
}
