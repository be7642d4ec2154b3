package io.github.sscp.rules.kpi.peer;

/**
 * Where an area's count falls on a funnel plot around the peer mean rate: against the Poisson
 * quantiles of the count expected from its population (95%: 2.5% and 97.5%; 99.8%: 0.1% and
 * 99.9%). A count is beyond a limit when strictly below the lower quantile or strictly above the
 * upper one.
 */
public enum FunnelPosition {
  /** Below the 99.8% lower limit. */
  BELOW_99_8,
  /** Below the 95% lower limit, within the 99.8% one. */
  BELOW_95,
  /** Within the 95% limits. */
  WITHIN_95,
  /** Above the 95% upper limit, within the 99.8% one. */
  ABOVE_95,
  /** Above the 99.8% upper limit. */
  ABOVE_99_8
}
