package io.github.sscp.model.statutory;

/** What was decided about holding a review. */
public enum ReviewDecision {
  /** Not yet decided. */
  PENDING,
  /** A review was commissioned. */
  COMMISSIONED,
  /** The criteria were not met and no review was held. */
  NOT_COMMISSIONED
}
