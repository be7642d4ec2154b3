package io.github.sscp.json;

/** The two syntaxes of the one format. */
public enum Format {
  /** JSON (RFC 8259). */
  JSON,
  /** YAML 1.2, without anchors, aliases or custom tags. */
  YAML
}
