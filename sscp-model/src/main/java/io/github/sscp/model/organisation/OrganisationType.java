package io.github.sscp.model.organisation;

/** What kind of body an organisation is, independent of its role in any one partnership. */
public enum OrganisationType {
  /** A council: county, district, unitary, metropolitan, London borough or Welsh principal council. */
  LOCAL_AUTHORITY,
  /** A police force; its chief officer is the responsible authority. */
  POLICE_FORCE,
  /** A fire and rescue authority, including the London Fire Commissioner. */
  FIRE_AND_RESCUE,
  /** An NHS commissioning body: PCT, CCG, ICB or Welsh Local Health Board. */
  HEALTH_BODY,
  /** A provider of probation services. */
  PROBATION,
  /** A youth justice service or youth offending team. */
  YOUTH_JUSTICE,
  /**
   * A local policing body: a police and crime commissioner, a police, fire and crime commissioner,
   * the Mayor's Office for Policing and Crime or a combined-authority mayor, with its office.
   */
  LOCAL_POLICING_BODY,
  /** A violence reduction unit. */
  VIOLENCE_REDUCTION_UNIT,
  /** A school, college or university. */
  EDUCATION,
  /** A prison. */
  PRISON,
  /** A youth custody establishment. */
  YOUTH_CUSTODY,
  /** An NHS trust or foundation trust running a hospital or other service. */
  NHS_TRUST,
  /** A parish, town or (in Wales) community council. */
  PARISH_OR_COMMUNITY_COUNCIL,
  /** A housing provider, e.g. a registered provider of social housing. */
  HOUSING_PROVIDER,
  /** A voluntary or community sector body or charity. */
  VOLUNTARY_OR_COMMUNITY,
  /** A business improvement district. */
  BUSINESS_IMPROVEMENT_DISTRICT,
  /** A business. */
  BUSINESS,
  /** A government department, e.g. the Home Office. */
  GOVERNMENT_DEPARTMENT,
  /** Anything else. */
  OTHER
}
