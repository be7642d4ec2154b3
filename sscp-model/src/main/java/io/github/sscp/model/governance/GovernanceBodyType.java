package io.github.sscp.model.governance;

/** Kinds of body in a partnership's governance. */
public enum GovernanceBodyType {
  /** The partnership's strategic board. */
  STRATEGIC_BOARD,
  /** An executive group, e.g. one chaired by the council's chief executive. */
  EXECUTIVE_GROUP,
  /** The strategy group of SI 2007/1830 reg 3. */
  STRATEGY_GROUP,
  /** A delivery group. */
  DELIVERY_GROUP,
  /** A sub-group. */
  SUBGROUP,
  /** A task and finish group. */
  TASK_AND_FINISH,
  /** The council's crime and disorder (scrutiny) committee. */
  SCRUTINY_COMMITTEE,
  /** The council's Cabinet. */
  CABINET,
  /** Full Council. */
  FULL_COUNCIL,
  /** A Health and Wellbeing Board. */
  HEALTH_AND_WELLBEING_BOARD,
  /** A Domestic Abuse Local Partnership Board. */
  DOMESTIC_ABUSE_LOCAL_PARTNERSHIP_BOARD,
  /** Anything else. */
  OTHER
}
