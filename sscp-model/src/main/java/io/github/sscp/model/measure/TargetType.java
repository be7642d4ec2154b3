package io.github.sscp.model.measure;

/** The ways CSPs express targets. */
public enum TargetType {
  /** Reach a value, e.g. fewer than 900 offences. */
  ABSOLUTE,
  /** Change by a percentage from the baseline, e.g. -10 for a 10% reduction. */
  PERCENT_CHANGE_FROM_BASELINE,
  /** Move in the better direction; no number. */
  DIRECTION_ONLY,
  /** Do at least as well as the previous year's outturn. */
  PREVIOUS_YEAR_OUTTURN,
  /** Reach a rank among peers (1 = best). */
  PEER_RANK,
  /** Be at or better than the peer average. */
  PEER_AVERAGE,
  /** Be not significantly worse than a comparator. */
  NOT_SIGNIFICANTLY_WORSE_THAN;

  /**
   * Checks if targets of this type carry a number.
   *
   * @return true for absolute, percentage-change and peer-rank targets
   */
  public boolean needsValue() {
    return this == ABSOLUTE || this == PERCENT_CHANGE_FROM_BASELINE || this == PEER_RANK;
  }
}
