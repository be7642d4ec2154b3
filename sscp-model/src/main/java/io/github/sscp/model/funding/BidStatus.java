package io.github.sscp.model.funding;

/** Where a funding bid is. */
public enum BidStatus {
  /** Being prepared. */
  PLANNED,
  /** Sent to the funder. */
  SUBMITTED,
  /** Awarded in full. */
  AWARDED,
  /** Awarded in part. */
  PARTIAL,
  /** Turned down. */
  REJECTED,
  /** Withdrawn. */
  WITHDRAWN
}
