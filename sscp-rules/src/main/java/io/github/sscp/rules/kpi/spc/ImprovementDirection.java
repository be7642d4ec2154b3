package io.github.sscp.rules.kpi.spc;

import io.github.sscp.model.measure.Polarity;

/** Which way a measure improves, as SPC reads it (NHSRplotthedots' {@code improvement_direction}). */
public enum ImprovementDirection {
  /** Higher is better (1). */
  INCREASE(1),
  /** Lower is better (-1). */
  DECREASE(-1),
  /** Neither (0): special causes are "neutral high" or "neutral low". */
  NEUTRAL(0);

  private final int sign;

  ImprovementDirection(int sign) {
    this.sign = sign;
  }

  /**
   * Obtains the sign the reference uses.
   *
   * @return 1, -1 or 0
   */
  public int sign() {
    return sign;
  }

  /**
   * Obtains the direction for a measure's polarity; context-only measures are neutral.
   *
   * @param polarity the polarity, not null
   * @return the direction, not null
   */
  public static ImprovementDirection of(Polarity polarity) {
    return switch (polarity) {
      case HIGHER_IS_BETTER -> INCREASE;
      case LOWER_IS_BETTER -> DECREASE;
      case NEUTRAL, CONTEXT_ONLY -> NEUTRAL;
    };
  }
}
