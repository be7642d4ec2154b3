package io.github.sscp.model.measure;

/** What a rate is per. */
public enum DenominatorKind {
  /** Resident population. */
  RESIDENTS,
  /** Households. */
  HOUSEHOLDS,
  /** Anything else, described in the rate base. */
  OTHER
}
