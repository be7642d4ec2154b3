package io.github.sscp.rules.kpi.window;

/** How a window's points become one figure. */
public enum Aggregation {
  /** Add them up: counts of crimes or incidents. Whole-number sums get the exact test. */
  SUM,
  /** Average them: rates, percentages and other values that do not add up. No test. */
  MEAN
}
