package io.github.sscp.model.governance;

/** Kinds of risk a partnership or partner manages. */
public enum RiskCategory {
  /** Failing a statutory requirement, e.g. non-delivery of the CSP duty. */
  STATUTORY_COMPLIANCE,
  /** Losing or lacking funding. */
  FINANCIAL,
  /** Failing to deliver the plan. */
  DELIVERY,
  /** Harm to reputation. */
  REPUTATIONAL,
  /** Poor or missing data. */
  DATA,
  /** Anything else. */
  OTHER
}
