package io.github.sscp.rules.kpi.spc;

/** What a point means once its label is read against the improvement direction. */
public enum PointType {
  /** Common cause variation. */
  COMMON_CAUSE,
  /** A special cause in the better direction. */
  SPECIAL_CAUSE_IMPROVEMENT,
  /** A special cause in the worse direction. */
  SPECIAL_CAUSE_CONCERN,
  /** A special cause upwards, for a measure with no better direction. */
  SPECIAL_CAUSE_NEUTRAL_HIGH,
  /** A special cause downwards, for a measure with no better direction. */
  SPECIAL_CAUSE_NEUTRAL_LOW;

  /**
   * Reads a label against an improvement direction, as the reference's {@code ptd_point_type}.
   *
   * @param cause the label, not null
   * @param direction the improvement direction, not null
   * @return the point type, not null
   */
  public static PointType of(SpecialCause cause, ImprovementDirection direction) {
    int v = cause.direction();
    if (direction == ImprovementDirection.NEUTRAL) {
      return v > 0 ? SPECIAL_CAUSE_NEUTRAL_HIGH : v < 0 ? SPECIAL_CAUSE_NEUTRAL_LOW : COMMON_CAUSE;
    }
    int oriented = v * direction.sign();
    return oriented > 0 ? SPECIAL_CAUSE_IMPROVEMENT : oriented < 0 ? SPECIAL_CAUSE_CONCERN : COMMON_CAUSE;
  }
}
