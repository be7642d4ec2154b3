package io.github.sscp.rules.compliance;

import io.github.sscp.model.geography.Nation;

/** The two jurisdictions whose law on community safety partnerships differs. */
public enum Jurisdiction {
  /** England. */
  ENGLAND,
  /** Wales. */
  WALES;

  /**
   * Obtains the jurisdiction of a nation.
   *
   * @param nation the nation, not null
   * @return the jurisdiction, not null
   */
  public static Jurisdiction of(Nation nation) {
    return nation == Nation.WALES ? WALES : ENGLAND;
  }
}
