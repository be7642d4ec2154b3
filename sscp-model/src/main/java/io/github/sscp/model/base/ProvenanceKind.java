package io.github.sscp.model.base;

/** Where a piece of content came from, so that illustrative content is never mistaken for real. */
public enum ProvenanceKind {
  /** Supplied by the partnership that owns the data (the default for users' own models). */
  SUPPLIED,
  /** Taken from a cited public source. */
  SOURCED,
  /** Inferred from a source (e.g. a year missing from a date); the note says how. */
  INFERRED,
  /** Made up to show the structure; not a real figure, wording or target. */
  ILLUSTRATIVE
}
