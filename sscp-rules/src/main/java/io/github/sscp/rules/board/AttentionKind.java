package io.github.sscp.rules.board;

/** Why an item is on the board's attention list, most pressing first. */
public enum AttentionKind {
  /** The latest point of a measure is a special cause of concern. */
  SPECIAL_CAUSE_OF_CONCERN,
  /** A measure's process limits lie on the failing side of its target: it will not meet it. */
  FAILING_ASSURANCE,
  /** A measure is red against its target. */
  RED_TARGET,
  /** A measure's latest 12 months are worse than the 12 before by more than chance. */
  REAL_WORSENING,
  /** A measure's rate is worse than its peers' by more than chance (outside the funnel). */
  WORSE_THAN_PEERS,
  /** One of the partnership's own duties is not met. */
  DUTY_NOT_MET,
  /** Actions are past their due date. */
  OVERDUE_ACTIONS,
  /** Law starts within a year. */
  LAW_STARTING,
  /** Measures of success have no data. */
  NO_DATA
}
