package io.github.sscp.model.organisation;

/** Which chief officer of police leads a force: the responsible authority under CDA 1998 s5(1)(b). */
public enum ChiefOfficerKind {
  /** A chief constable. */
  CHIEF_CONSTABLE,
  /** The Commissioner of Police of the Metropolis (Metropolitan Police Service). */
  COMMISSIONER_OF_POLICE_OF_THE_METROPOLIS,
  /** The Commissioner of the City of London Police. */
  COMMISSIONER_OF_CITY_OF_LONDON_POLICE
}
