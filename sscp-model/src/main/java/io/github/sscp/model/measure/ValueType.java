package io.github.sscp.model.measure;

/** What kind of number a measure produces. */
public enum ValueType {
  /** A count of events, e.g. recorded offences: a non-negative whole number. */
  COUNT,
  /** A rate per a population base, e.g. offences per 1,000 residents. */
  RATE,
  /** A percentage, 0 to 100. */
  PERCENTAGE,
  /** A ratio of two quantities. */
  RATIO,
  /** An amount of money in pounds. */
  CURRENCY,
  /** A duration, e.g. days to first contact. */
  DURATION,
  /** A rank among peers, 1 = best. */
  RANK,
  /** Yes or no (1 or 0). */
  BOOLEAN;

  /**
   * Checks if values of this type must be whole numbers.
   *
   * @return true for counts, ranks and booleans
   */
  public boolean isWholeNumber() {
    return this == COUNT || this == RANK || this == BOOLEAN;
  }
}
