package io.github.sscp.model.governance;

/** What a meeting dealt with, as the compliance engine needs to know it. */
public enum MeetingBusiness {
  /** The crime and disorder committee reviewed the responsible authorities' crime and disorder functions. */
  CRIME_AND_DISORDER_SCRUTINY,
  /** Performance against the measures of success. */
  PERFORMANCE_REVIEW,
  /** Agreeing or approving the strategy, plan or a revision. */
  PLAN_APPROVAL,
  /** The strategic assessment. */
  STRATEGIC_ASSESSMENT,
  /** Hearing the public's views (a "face the people" meeting). */
  PUBLIC_ENGAGEMENT,
  /** Case reviews: domestic homicide or ASB case reviews. */
  CASE_REVIEW,
  /** Funding bids and spending. */
  FUNDING
}
