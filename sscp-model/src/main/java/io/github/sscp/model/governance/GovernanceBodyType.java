package io.github.sscp.model.governance;

/**
 * Kinds of body in a partnership's governance. The body's own name is its local name (a
 * "Partnership Executive Group" is an {@link #EXECUTIVE_GROUP}).
 */
public enum GovernanceBodyType {
  /** The partnership's strategic board. */
  STRATEGIC_BOARD,
  /** A steering group, e.g. one jointly chaired by the council and the police. */
  STEERING_GROUP,
  /** An executive or management group, e.g. one chaired by the council's chief executive. */
  EXECUTIVE_GROUP,
  /** The strategy group of SI 2007/1830 reg 3. */
  STRATEGY_GROUP,
  /** A delivery group. */
  DELIVERY_GROUP,
  /** A sub-group. */
  SUBGROUP,
  /** A task and finish group. */
  TASK_AND_FINISH_GROUP,
  /** A council's crime and disorder committee (Police and Justice Act 2006 s19), or a joint one. */
  SCRUTINY_COMMITTEE,
  /** A council's Cabinet. */
  CABINET,
  /** Full Council. */
  FULL_COUNCIL,
  /** A Health and Wellbeing Board. */
  HEALTH_AND_WELLBEING_BOARD,
  /** A safeguarding partnership (children, adults or both). */
  SAFEGUARDING_PARTNERSHIP,
  /** A Domestic Abuse Local Partnership Board. */
  DOMESTIC_ABUSE_LOCAL_PARTNERSHIP_BOARD,
  /** A youth justice management board. */
  YOUTH_JUSTICE_BOARD,
  /** A Welsh Public Services Board. */
  PUBLIC_SERVICES_BOARD,
  /** Anything else. */
  OTHER
}
