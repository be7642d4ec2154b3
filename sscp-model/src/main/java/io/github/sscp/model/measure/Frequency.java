package io.github.sscp.model.measure;

/** How often something is reported or happens: a measure, a meeting, a report to another body. */
public enum Frequency {
  /** Every calendar month. */
  MONTHLY(1),
  /** Every financial-year quarter. */
  QUARTERLY(3),
  /** Every six months. */
  SIX_MONTHLY(6),
  /** Every year. */
  ANNUAL(12),
  /** When needed or when data become available; no fixed interval. */
  AD_HOC(0);

  private final int months;

  Frequency(int months) {
    this.months = months;
  }

  /**
   * Obtains the number of months between occurrences.
   *
   * @return the interval in months, or 0 for {@link #AD_HOC}
   */
  public int months() {
    return months;
  }
}
