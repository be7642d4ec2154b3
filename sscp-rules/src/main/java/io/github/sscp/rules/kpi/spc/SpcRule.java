package io.github.sscp.rules.kpi.spc;

/** The special-cause rules, in the order of priority used to label a point. */
public enum SpcRule {
  /** A point strictly outside the process limits ("astronomical point"). */
  OUTSIDE_LIMITS,
  /** A run of points each strictly higher (or lower) than the last: 7 by default. */
  TREND,
  /** Two of three consecutive points beyond the 2-sigma line, all three on one side of the mean. */
  TWO_IN_THREE,
  /** A run of points on one side of the mean, none on it: 7 by default. */
  RUN
}
