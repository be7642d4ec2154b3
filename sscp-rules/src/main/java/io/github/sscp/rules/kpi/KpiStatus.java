package io.github.sscp.rules.kpi;

/** The headline of a KPI assessment: has the measure really changed, and which way? */
public enum KpiStatus {
  /** A real change in the better direction. */
  IMPROVING,
  /** A real change in the worse direction. */
  DETERIORATING,
  /** A real change, for a measure with no better direction. */
  CHANGED,
  /** Nothing beyond the measure's usual variation. */
  NO_SIGNIFICANT_CHANGE,
  /** Too little data, or none, to say; the reasons say what is missing. */
  INSUFFICIENT_DATA
}
