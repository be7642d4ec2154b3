package io.github.sscp.rules.compliance;

/** A report's overall verdict. */
public enum Verdict {
  /** Every scored duty is met or does not apply. */
  COMPLIANT,
  /** No duty is found not met, but records needed to tell are missing. */
  GAPS_IN_EVIDENCE,
  /** At least one duty is not met. */
  NOT_COMPLIANT
}
