package io.github.sscp.model.strategy;

/** Where a strategy is in its life. */
public enum StrategyStatus {
  /** Being written. */
  DRAFT,
  /** Out for consultation. */
  CONSULTATION,
  /** Approved, not yet in effect. */
  APPROVED,
  /** In effect. */
  ACTIVE,
  /** In effect and being reviewed or refreshed. */
  UNDER_REVIEW,
  /** Replaced by a later strategy. */
  SUPERSEDED,
  /** Past its period. */
  EXPIRED,
  /** Withdrawn: it never was, or no longer is, the partnership's strategy. */
  WITHDRAWN
}
