package io.github.sscp.model.strategy;

/** What kind of plan a strategy is. */
public enum StrategyKind {
  /** The partnership's own plan under CDA 1998 s6 and SI 2007/1830 regs 10–11. */
  PARTNERSHIP_PLAN,
  /**
   * A plan the partnership owns jointly with another body, e.g. a joint CSP plan and local police
   * and crime plan owned with the police and crime commissioner.
   */
  JOINT_PLAN
}
