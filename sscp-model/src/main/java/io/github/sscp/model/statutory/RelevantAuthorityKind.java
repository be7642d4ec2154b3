package io.github.sscp.model.statutory;

/**
 * The kinds of relevant authority the Serious Violence Duty's specified authorities must consult
 * when preparing their strategy (PCSC Act 2022 s8(4), Sch 2).
 */
public enum RelevantAuthorityKind {
  /** An educational authority: a school, college or the governing body of one. */
  EDUCATIONAL,
  /** A prison authority. */
  PRISON,
  /** A youth custody authority. */
  YOUTH_CUSTODY
}
