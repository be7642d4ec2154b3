package io.github.sscp.model.statutory;

/** Kinds of review commissioned after a death. */
public enum StatutoryReviewKind {
  /** A domestic homicide review (Domestic Violence, Crime and Victims Act 2004 s9). */
  DOMESTIC_HOMICIDE_REVIEW,
  /** A domestic abuse related death review (s9 as amended by the Victims and Prisoners Act 2024). */
  DOMESTIC_ABUSE_RELATED_DEATH_REVIEW,
  /** An offensive weapons homicide review (PCSC Act 2022 ss24–36; pilot areas only). */
  OFFENSIVE_WEAPONS_HOMICIDE_REVIEW
}
