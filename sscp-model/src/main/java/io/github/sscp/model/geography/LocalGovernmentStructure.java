package io.github.sscp.model.geography;

/**
 * How local government is organised where a partnership works. Whether the partnership is merged
 * (covers several districts) is a separate fact: a merged partnership can sit in a two-tier area.
 */
public enum LocalGovernmentStructure {
  /** One unitary council in England, e.g. Southampton City Council. */
  UNITARY,
  /** Districts inside a county: district and county councils are both responsible authorities. */
  TWO_TIER_DISTRICT,
  /** A county-level partnership in a two-tier area, covering the county's districts. */
  COUNTY,
  /** A London borough (policed by the Metropolitan Police, fire by the London Fire Commissioner). */
  LONDON_BOROUGH,
  /** A metropolitan district (borough) in a metropolitan county. */
  METROPOLITAN_DISTRICT,
  /**
   * A Welsh principal area. Welsh county boroughs use this too: every Welsh county and county
   * borough council is a unitary principal council.
   */
  WELSH_PRINCIPAL_AREA,
  /** The City of London. */
  CITY_OF_LONDON
}
