package io.github.sscp.model.governance;

/**
 * Statutory functions a body carries, so that a partnership merged with its safeguarding boards,
 * or one that is also the domestic abuse local partnership board, says so in data.
 */
public enum StatutoryFunction {
  /** The community safety partnership (Crime and Disorder Act 1998 ss5–7). */
  COMMUNITY_SAFETY_PARTNERSHIP,
  /** Crime and disorder scrutiny (Police and Justice Act 2006 s19). */
  CRIME_AND_DISORDER_SCRUTINY,
  /** Safeguarding children partnership (Children Act 2004). */
  SAFEGUARDING_CHILDREN,
  /** Safeguarding adults board (Care Act 2014). */
  SAFEGUARDING_ADULTS,
  /** Domestic abuse local partnership board (Domestic Abuse Act 2021 Part 4). */
  DOMESTIC_ABUSE_LOCAL_PARTNERSHIP_BOARD,
  /** Youth justice management (Crime and Disorder Act 1998 s39). */
  YOUTH_JUSTICE,
  /** The Serious Violence Duty partnership (PCSC Act 2022 Part 2 Chapter 1). */
  SERIOUS_VIOLENCE_DUTY,
  /** A combating drugs partnership. */
  COMBATING_DRUGS_PARTNERSHIP,
  /** Prevent (Counter-Terrorism and Security Act 2015 s26). */
  PREVENT,
  /** Health and wellbeing (Health and Social Care Act 2012). */
  HEALTH_AND_WELLBEING
}
