package io.github.sscp.model.organisation;

/**
 * Kinds of fire and rescue authority. Each is a responsible authority under CDA 1998 s5(1)(d)
 * wherever its area lies partly in the partnership's area.
 */
public enum FireAuthorityKind {
  /** A combined fire authority of several councils. */
  COMBINED_FIRE_AUTHORITY,
  /** A county council that is its own fire and rescue authority. */
  COUNTY_COUNCIL,
  /** A metropolitan county fire and rescue authority. */
  METROPOLITAN_COUNTY_FIRE_AUTHORITY,
  /** The London Fire Commissioner. */
  LONDON_FIRE_COMMISSIONER,
  /** A police, fire and crime commissioner fire and rescue authority. */
  POLICE_FIRE_AND_CRIME_COMMISSIONER,
  /** A combined-authority mayor with fire functions. */
  COMBINED_AUTHORITY_MAYOR,
  /** A Welsh fire and rescue authority. */
  WELSH_FIRE_AND_RESCUE_AUTHORITY
}
