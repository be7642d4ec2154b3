package io.github.sscp.model.organisation;

/** What kind of body an organisation is, independent of its role in any one partnership. */
public enum OrganisationType {
  /** A unitary, district, county or metropolitan council or London borough. */
  LOCAL_AUTHORITY,
  /** A police force (its chief officer is the responsible authority). */
  POLICE_FORCE,
  /** A fire and rescue authority or service. */
  FIRE_AND_RESCUE,
  /** An NHS commissioning body: PCT, CCG, ICB or Welsh Local Health Board. */
  HEALTH_BODY,
  /** A provider of probation services. */
  PROBATION,
  /** A youth justice service or youth offending team. */
  YOUTH_JUSTICE,
  /** An Office of the Police and Crime Commissioner. */
  PCC_OFFICE,
  /** A violence reduction unit. */
  VIOLENCE_REDUCTION_UNIT,
  /** A school, college or university. */
  EDUCATION,
  /** A housing provider. */
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
