package io.github.sscp.model.strategy;

/** What a partnership calls its focus areas. Southampton's tactical "obsessions" are {@link #OBSESSION}. */
public enum FocusAreaKind {
  /** A board-agreed tactical focus area (Southampton's term). */
  OBSESSION,
  /** A work stream. */
  WORKSTREAM,
  /** A "core element" of a public-health model (e.g. Croydon). */
  CORE_ELEMENT,
  /** An objective. */
  OBJECTIVE,
  /** An outcome, in outcome-based accountability. */
  OUTCOME,
  /** A theme. */
  THEME
}
