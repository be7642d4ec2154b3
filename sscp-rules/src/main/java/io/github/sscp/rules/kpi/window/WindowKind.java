package io.github.sscp.rules.kpi.window;

/** Which two windows a comparison sets side by side. */
public enum WindowKind {
  /** The latest 12 months (or 4 quarters) against the 12 months before them. */
  ROLLING_12_MONTHS,
  /** The financial year to date against the same months of the year before. */
  FINANCIAL_YEAR_TO_DATE,
  /** The latest periods against a baseline period of the same length. */
  LATEST_VERSUS_BASELINE
}
