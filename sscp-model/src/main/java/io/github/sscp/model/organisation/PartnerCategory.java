package io.github.sscp.model.organisation;

/** What a non-statutory partner brings to the partnership. */
public enum PartnerCategory {
  /** A voluntary sector infrastructure or community body, e.g. Southampton Voluntary Services. */
  VOLUNTARY_SECTOR,
  /** A registered charity delivering services, e.g. No Limits or the Saints Foundation. */
  CHARITY,
  /** Victim services, e.g. Victim Support. */
  VICTIM_SERVICES,
  /** The Office of the Police and Crime Commissioner. */
  OPCC,
  /** A violence reduction unit. */
  VIOLENCE_REDUCTION_UNIT,
  /** Youth justice. */
  YOUTH_JUSTICE,
  /** Schools, colleges and universities. */
  EDUCATION,
  /** Housing providers. */
  HOUSING,
  /** Businesses and business improvement districts. */
  BUSINESS,
  /** Faith organisations. */
  FAITH,
  /** Anything else. */
  OTHER
}
