package io.github.sscp.model.organisation;

import io.github.sscp.model.geography.Nation;

/**
 * The kind of NHS body that is the health responsible authority. Which kind the law names depends on
 * the date and nation (PCT, then CCG from 1 Apr 2013, then ICB from 1 Jul 2022 in England; Local
 * Health Board in Wales): the model records the kind, and the compliance engine judges it by date.
 */
public enum HealthBodyKind {
  /** Primary Care Trust (England, until 31 Mar 2013). */
  PRIMARY_CARE_TRUST(Nation.ENGLAND),
  /** Clinical Commissioning Group (England, 1 Apr 2013 to 30 Jun 2022). */
  CLINICAL_COMMISSIONING_GROUP(Nation.ENGLAND),
  /** Integrated Care Board (England, from 1 Jul 2022). */
  INTEGRATED_CARE_BOARD(Nation.ENGLAND),
  /** Local Health Board (Wales). */
  LOCAL_HEALTH_BOARD(Nation.WALES);

  private final Nation nation;

  HealthBodyKind(Nation nation) {
    this.nation = nation;
  }

  /**
   * Obtains the nation in which this kind of body exists.
   *
   * @return the nation, not null
   */
  public Nation nation() {
    return nation;
  }
}
