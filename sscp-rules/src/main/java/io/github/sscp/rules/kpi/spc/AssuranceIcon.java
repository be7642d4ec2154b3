package io.github.sscp.rules.kpi.spc;

/** The Making Data Count assurance icon: can the process be relied on to meet the target? */
public enum AssuranceIcon {
  /** The limits lie on the passing side of the target: the process consistently passes. */
  CONSISTENT_PASS,
  /** The limits lie on the failing side of the target: the process consistently fails. */
  CONSISTENT_FAIL,
  /** The target lies between the limits (or the limits are undefined): hit or miss. */
  INCONSISTENT
}
