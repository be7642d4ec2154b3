package io.github.sscp.rules.kpi;

/** The parts of a KPI assessment, each of which a policy may leave out. */
public enum KpiPart {
  /** Making Data Count SPC. */
  SPC,
  /** The latest 12 months against the 12 before. */
  ROLLING_12_MONTHS,
  /** The financial year to date against the same months a year earlier. */
  FINANCIAL_YEAR_TO_DATE,
  /** The latest periods against the baseline. */
  BASELINE,
  /** The rating against the target. */
  TARGET,
  /** The position among peers. */
  PEER
}
