package io.github.sscp.rules.kpi.spc;

/**
 * The label a point gets: the highest-priority rule that flags it, with its direction, or common
 * cause. The text is the reference's ({@code "Above UCL"}, {@code "7 Point Trend (Increasing)"},
 * …).
 */
public enum SpecialCause {
  /** Above the upper process limit. */
  ABOVE_UPPER_LIMIT("Above UCL", 1),
  /** Below the lower process limit. */
  BELOW_LOWER_LIMIT("Below LCL", -1),
  /** Part of an increasing trend. */
  TREND_INCREASING("7 Point Trend (Increasing)", 1),
  /** Part of a decreasing trend. */
  TREND_DECREASING("7 Point Trend (Decreasing)", -1),
  /** Two of three near the upper limit. */
  TWO_IN_THREE_ABOVE("2 in 3 Above CL", 1),
  /** Two of three near the lower limit. */
  TWO_IN_THREE_BELOW("2 in 3 Below CL", -1),
  /** Part of a run above the mean. */
  RUN_ABOVE("7 Points Above CL", 1),
  /** Part of a run below the mean. */
  RUN_BELOW("7 Points Below CL", -1),
  /** No special cause. */
  COMMON_CAUSE("Common Cause", 0);

  private final String text;
  private final int direction;

  SpecialCause(String text, int direction) {
    this.text = text;
    this.direction = direction;
  }

  /**
   * Obtains the reference's text for the label.
   *
   * @return the text, e.g. "Above UCL", not null
   */
  public String text() {
    return text;
  }

  /**
   * Obtains which way the label points.
   *
   * @return 1 for above or increasing, -1 for below or decreasing, 0 for common cause
   */
  public int direction() {
    return direction;
  }
}
