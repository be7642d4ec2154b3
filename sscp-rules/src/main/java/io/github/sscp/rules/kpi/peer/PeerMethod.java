package io.github.sscp.rules.kpi.peer;

/** What the peers are compared on. */
public enum PeerMethod {
  /** Rates per head of population: every area has a population. */
  RATE,
  /** Percentage change from the period before: used when populations are not all known. */
  PERCENT_CHANGE
}
