package io.github.sscp.model.governance;

/** What one body reports to another. */
public enum ReportKind {
  /** Performance against the measures of success. */
  PERFORMANCE,
  /** Progress on the action plan, often RAG-rated. */
  ACTION_PLAN,
  /** The annual report or annual review. */
  ANNUAL_REPORT,
  /** The risk register. */
  RISK_REGISTER,
  /** The strategic assessment. */
  STRATEGIC_ASSESSMENT,
  /** The partnership plan or strategy for approval. */
  PARTNERSHIP_PLAN,
  /** Spending and funding. */
  FUNDING
}
