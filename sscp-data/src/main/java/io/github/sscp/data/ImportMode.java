package io.github.sscp.data;

/** What a reader does with a bad row. */
public enum ImportMode {
  /** Skip it, record it with its file, line and reason, and go on. */
  LENIENT,
  /** Stop at it with an {@link ImportException}. */
  STRICT
}
