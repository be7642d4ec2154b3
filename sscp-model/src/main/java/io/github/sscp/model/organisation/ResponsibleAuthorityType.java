package io.github.sscp.model.organisation;

/** The kinds of responsible authority named in Crime and Disorder Act 1998 s5(1). */
public enum ResponsibleAuthorityType {
  /** The council for the area, s5(1)(a); in a two-tier area both district and county. */
  LOCAL_AUTHORITY,
  /** Every chief officer of police whose area lies partly in the area, s5(1)(b) (not the PCC). */
  CHIEF_OFFICER_OF_POLICE,
  /** Every fire and rescue authority whose area lies partly in the area, s5(1)(d). */
  FIRE_AND_RESCUE_AUTHORITY,
  /** The NHS commissioning body (England, s5(1)(e)) or Local Health Board (Wales, s5(1)(f)). */
  HEALTH_BODY,
  /** A provider of probation services under arrangements that make it one, s5(1)(aa). */
  PROBATION_PROVIDER
}
