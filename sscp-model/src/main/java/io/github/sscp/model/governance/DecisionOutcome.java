package io.github.sscp.model.governance;

/** What a body decided about an item. */
public enum DecisionOutcome {
  /** Agreed (e.g. a board agreeing focus areas). */
  AGREED,
  /** Formally approved. */
  APPROVED,
  /** Recommended to another body for approval. */
  RECOMMENDED,
  /** Noted. */
  NOTED,
  /** Rejected. */
  REJECTED,
  /** To be considered at a scheduled meeting; no outcome yet. */
  PENDING
}
