package io.github.sscp.model.organisation;

/**
 * Kinds of local policing body: the elected body that holds the chief officer of police to account
 * (Police Reform and Social Responsibility Act 2011). It is not a responsible authority of a CSP;
 * its chief officer of police is.
 */
public enum LocalPolicingBodyKind {
  /** A police and crime commissioner. */
  POLICE_AND_CRIME_COMMISSIONER,
  /** A police, fire and crime commissioner, which is also the fire and rescue authority. */
  POLICE_FIRE_AND_CRIME_COMMISSIONER,
  /** The Mayor's Office for Policing and Crime (London). */
  MAYORS_OFFICE_FOR_POLICING_AND_CRIME,
  /** A combined-authority mayor with policing functions (e.g. Greater Manchester, West Yorkshire). */
  COMBINED_AUTHORITY_MAYOR,
  /** The Common Council of the City of London, police authority for the City of London Police. */
  COMMON_COUNCIL_OF_THE_CITY_OF_LONDON,
  /**
   * A police authority, the policing body before police and crime commissioners: a responsible
   * authority under CDA 1998 s5(1)(c) until 21 November 2012. For historic records only.
   */
  POLICE_AUTHORITY
}
