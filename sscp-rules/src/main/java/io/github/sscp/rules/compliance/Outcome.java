package io.github.sscp.rules.compliance;

/** What a rule finds. */
public enum Outcome {
  /** The evidence shows the duty is met. */
  MET,
  /** The evidence shows the duty is not met. */
  NOT_MET,
  /** The rule does not apply: not in force, another nation, not this kind of area. */
  NOT_APPLICABLE,
  /** The model does not hold the records needed to tell. */
  INSUFFICIENT_EVIDENCE,
  /** Unverified or low-confidence law, or a shortfall against it: information, never a failure. */
  ADVISORY
}
