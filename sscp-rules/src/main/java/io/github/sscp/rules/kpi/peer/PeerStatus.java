package io.github.sscp.rules.kpi.peer;

/** What the exact test says about the area's count against the count expected at the peer rate. */
public enum PeerStatus {
  /** Significantly better than expected at the peer mean rate. */
  SIGNIFICANTLY_BETTER,
  /** Significantly worse than expected at the peer mean rate. */
  SIGNIFICANTLY_WORSE,
  /** Significantly higher, for a measure with no better direction. */
  SIGNIFICANTLY_HIGHER,
  /** Significantly lower, for a measure with no better direction. */
  SIGNIFICANTLY_LOWER,
  /** Not significantly different from expected. */
  NOT_SIGNIFICANTLY_DIFFERENT,
  /** Not tested: without populations there is no expected count. */
  NOT_TESTED
}
