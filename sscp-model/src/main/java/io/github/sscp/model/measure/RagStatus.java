package io.github.sscp.model.measure;

/** A red, amber or green rating, of a measure against its target or of an action's progress. */
public enum RagStatus {
  /** On target, or within the amber tolerance. */
  GREEN,
  /** Short of target by more than the amber tolerance, but within the red one. */
  AMBER,
  /** Short of target by more than the red tolerance. */
  RED
}
