package io.github.sscp.model.strategy;

/** Kinds of plan a strategy aligns with. */
public enum ExternalPlanKind {
  /** The council's corporate plan or priorities. */
  CORPORATE_PLAN,
  /** The PCC's police and crime plan (CDA s6(1A) requires regard to it in England). */
  POLICE_AND_CRIME_PLAN,
  /** A Serious Violence Duty strategy. */
  SERIOUS_VIOLENCE_STRATEGY,
  /** A domestic abuse safe accommodation strategy. */
  DOMESTIC_ABUSE_STRATEGY,
  /** A violence against women and girls strategy. */
  VAWG_STRATEGY,
  /** A health and wellbeing strategy. */
  HEALTH_AND_WELLBEING_STRATEGY,
  /** Anything else. */
  OTHER
}
