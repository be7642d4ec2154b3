package io.github.sscp.model.strategy;

/** How a strategy's priorities were set. */
public enum PrioritySettingMethod {
  /** From the strategic assessment's analysis. */
  STRATEGIC_ASSESSMENT,
  /** From the assessment together with a public survey or consultation. */
  ASSESSMENT_AND_CONSULTATION,
  /** Agreed by partners at a workshop. */
  PARTNER_WORKSHOP,
  /** Scored against criteria such as harm, volume, trend and public concern. */
  SCORING_MATRIX,
  /** Some other way, said in the note. */
  OTHER
}
