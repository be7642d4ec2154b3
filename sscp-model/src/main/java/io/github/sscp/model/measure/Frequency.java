package io.github.sscp.model.measure;

/** How often a measure is reported. */
public enum Frequency {
  /** Every calendar month. */
  MONTHLY,
  /** Every financial-year quarter. */
  QUARTERLY,
  /** Every year. */
  ANNUAL,
  /** When data become available. */
  AD_HOC
}
