package io.github.sscp.model.geography;

/** How local government is organised in a partnership's area. */
public enum AreaType {
  /** One unitary council, e.g. Southampton City Council. */
  UNITARY,
  /** A district inside a county: district and county councils are both responsible authorities. */
  TWO_TIER_DISTRICT,
  /** A metropolitan borough. */
  METROPOLITAN_DISTRICT,
  /** A London borough. */
  LONDON_BOROUGH,
  /** Several districts combined into one partnership (e.g. Safer North Hampshire). */
  MERGED,
  /** A Welsh principal area. */
  WELSH_PRINCIPAL_AREA
}
