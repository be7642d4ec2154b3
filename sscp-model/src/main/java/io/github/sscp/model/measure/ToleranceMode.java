package io.github.sscp.model.measure;

/** How a tolerance policy measures a shortfall from target. */
public enum ToleranceMode {
  /** In the measure's own unit, e.g. 20 offences. */
  ABSOLUTE,
  /** As a percentage of the target, e.g. 5 for 5%. */
  RELATIVE
}
