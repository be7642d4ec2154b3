package io.github.sscp.model.measure;

/** Which direction of change counts as improvement. */
public enum Polarity {
  /** Higher values are better, e.g. victim satisfaction. */
  HIGHER_IS_BETTER,
  /** Lower values are better, e.g. residential burglaries. */
  LOWER_IS_BETTER,
  /** Neither direction is better, but change is still tracked. */
  NEUTRAL,
  /**
   * Context only: a rise may be good or bad (e.g. domestic abuse reports, where more reporting can
   * be a success). Only direction-only targets may be set.
   */
  CONTEXT_ONLY
}
