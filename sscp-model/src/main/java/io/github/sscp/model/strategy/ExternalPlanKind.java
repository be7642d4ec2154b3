package io.github.sscp.model.strategy;

/** Kinds of plan or statutory framework a strategy aligns with. */
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
  /** A combating drugs partnership plan. */
  COMBATING_DRUGS_PLAN,
  /** A Welsh Public Services Board well-being plan. */
  PUBLIC_SERVICES_BOARD_PLAN,
  /** The well-being goals of the Well-being of Future Generations (Wales) Act 2015. */
  WELLBEING_OF_FUTURE_GENERATIONS_GOALS,
  /** Anything else. */
  OTHER
}
