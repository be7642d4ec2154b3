package io.github.sscp.model.strategy;

/** Kinds of planning document that sit under a strategy. */
public enum PlanDocumentKind {
  /** The partnership plan itself, where published as its own document. */
  PARTNERSHIP_PLAN,
  /** An annual action or delivery plan. */
  ANNUAL_ACTION_PLAN,
  /** A delivery plan of a sub-group or theme. */
  DELIVERY_PLAN,
  /** Anything else. */
  OTHER
}
