package io.github.sscp.model.strategy;

/** What an annex to a strategy paper holds. */
public enum AnnexKind {
  /** The tactical plan: focus areas with their content (Southampton's Annex 1). */
  TACTICAL_PLAN,
  /** A performance table, e.g. the rolling 12-month comparison for key crime types (Annex 2). */
  PERFORMANCE_COMPARISON,
  /** Anything else. */
  OTHER
}
