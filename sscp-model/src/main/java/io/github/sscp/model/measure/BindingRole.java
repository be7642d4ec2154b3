package io.github.sscp.model.measure;

/** How much weight a measure carries for the focus area it is bound to. */
public enum BindingRole {
  /** A headline measure of success. */
  PRIMARY,
  /** A supporting measure. */
  SUPPORTING,
  /** Context only: watched, not judged. */
  CONTEXT
}
