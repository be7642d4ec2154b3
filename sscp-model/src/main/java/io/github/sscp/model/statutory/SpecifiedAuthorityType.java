package io.github.sscp.model.statutory;

/**
 * The kinds of specified authority under the Serious Violence Duty (PCSC Act 2022 s11, Sch 1): a
 * list of its own, with youth offending teams and without the police and crime commissioner.
 */
public enum SpecifiedAuthorityType {
  /** A district, county or unitary council. */
  LOCAL_AUTHORITY,
  /** A chief officer of police. */
  CHIEF_OFFICER_OF_POLICE,
  /** A fire and rescue authority. */
  FIRE_AND_RESCUE_AUTHORITY,
  /** An integrated care board (England) or local health board (Wales). */
  HEALTH_BODY,
  /** A provider of probation services. */
  PROBATION_PROVIDER,
  /** A youth offending team. */
  YOUTH_OFFENDING_TEAM
}
