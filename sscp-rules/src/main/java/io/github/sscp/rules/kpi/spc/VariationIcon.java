package io.github.sscp.rules.kpi.spc;

/** The Making Data Count variation icon: the point type of the latest point, with its direction. */
public enum VariationIcon {
  /** Common cause variation (grey). */
  COMMON_CAUSE,
  /** Special cause improvement, higher is better (blue, pointing up). */
  IMPROVEMENT_HIGH,
  /** Special cause improvement, lower is better (blue, pointing down). */
  IMPROVEMENT_LOW,
  /** Special cause concern, higher is better and it fell (orange, pointing down). */
  CONCERN_LOW,
  /** Special cause concern, lower is better and it rose (orange, pointing up). */
  CONCERN_HIGH,
  /** Special cause upwards with no better direction (purple). */
  NEUTRAL_HIGH,
  /** Special cause downwards with no better direction (purple). */
  NEUTRAL_LOW;

  /**
   * Obtains the icon for the latest point's type, as the reference's {@code ptd_get_icons}.
   *
   * @param type the latest point's type, not null
   * @param direction the improvement direction, not null
   * @return the icon, not null
   */
  public static VariationIcon of(PointType type, ImprovementDirection direction) {
    return switch (type) {
      case COMMON_CAUSE -> COMMON_CAUSE;
      case SPECIAL_CAUSE_IMPROVEMENT -> direction == ImprovementDirection.INCREASE ? IMPROVEMENT_HIGH
          : IMPROVEMENT_LOW;
      case SPECIAL_CAUSE_CONCERN -> direction == ImprovementDirection.INCREASE ? CONCERN_LOW : CONCERN_HIGH;
      case SPECIAL_CAUSE_NEUTRAL_HIGH -> NEUTRAL_HIGH;
      case SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL_LOW;
    };
  }
}
