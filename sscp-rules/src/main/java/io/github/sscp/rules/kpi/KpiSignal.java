package io.github.sscp.rules.kpi;

/** The evidence that decided a headline status. */
public enum KpiSignal {
  /** The SPC variation icon of the latest point. */
  SPC,
  /** The exact test of the latest 12 months against the 12 before. */
  ROLLING_12_MONTHS,
  /** Nothing: the data were insufficient. */
  NONE
}
