package io.github.sscp.rules.compliance;

/** How sure docs/LAW.md is of a rule (its H/M/L/U scale). */
public enum Confidence {
  /** Confirmed from the statute or instrument, or an official commencement source. */
  HIGH,
  /** An official secondary source, or several consistent practitioner sources. */
  MEDIUM,
  /** One secondary source, or inferred: advisory only. */
  LOW,
  /** Not confirmed from a primary source: advisory only. */
  UNVERIFIED;

  /**
   * Checks if findings at this confidence are advisory, never "not met".
   *
   * @return true for low and unverified
   */
  public boolean advisoryOnly() {
    return this == LOW || this == UNVERIFIED;
  }
}
