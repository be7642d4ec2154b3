package io.github.sscp.model.strategy;

/** Kinds of strategy revision and review. */
public enum RevisionKind {
  /** A yearly refresh of a rolling plan. */
  ANNUAL_REFRESH,
  /** A refresh part-way through a multi-year strategy, e.g. Southampton's 2024 review. */
  MID_TERM_REFRESH,
  /** A full review leading to a new strategy. */
  FULL_REVIEW,
  /** An extension of the strategy's period. */
  EXTENSION
}
