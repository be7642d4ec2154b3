package io.github.sscp.model.organisation;

/**
 * The tier of a council, so that county and district councils differ in data. In a two-tier area
 * both the district and the county council are responsible authorities (CDA 1998 s5(1)(a)).
 */
public enum LocalAuthorityTier {
  /** A county council in a two-tier area. */
  COUNTY,
  /** A district (borough or city) council in a two-tier area. */
  DISTRICT,
  /** A unitary council in England, e.g. Southampton City Council. */
  UNITARY,
  /** A London borough council. */
  LONDON_BOROUGH,
  /** A metropolitan district (borough) council. */
  METROPOLITAN_DISTRICT,
  /** A Welsh principal council: a county or a county borough council (both are unitary). */
  WELSH_PRINCIPAL_AREA,
  /** The City of London Corporation. */
  CITY_OF_LONDON
}
