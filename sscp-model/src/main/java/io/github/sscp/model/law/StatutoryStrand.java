package io.github.sscp.model.law;

/**
 * The strategies Crime and Disorder Act 1998 s6(1) requires. Serious violence has two limbs, each
 * its own strand. A strategy records the strands it declares; the compliance engine judges, by
 * date, whether that is enough.
 */
public enum StatutoryStrand {
  /** s6(1)(a): reduce crime and disorder, including anti-social and other behaviour adversely affecting the local environment. */
  CRIME_AND_DISORDER("s6(1)(a)", "reducing crime and disorder"),
  /** s6(1)(b): combat the misuse of drugs, alcohol and other substances. */
  SUBSTANCE_MISUSE("s6(1)(b)", "combating substance misuse"),
  /** s6(1)(c): reduce re-offending. */
  REOFFENDING("s6(1)(c)", "reducing re-offending"),
  /** s6(1)(d)(i): prevent people from becoming involved in serious violence. */
  SERIOUS_VIOLENCE_PREVENT_INVOLVEMENT("s6(1)(d)(i)", "preventing involvement in serious violence"),
  /** s6(1)(d)(ii): reduce instances of serious violence. */
  SERIOUS_VIOLENCE_REDUCE_INSTANCES("s6(1)(d)(ii)", "reducing serious violence");

  private final String provision;
  private final String purpose;

  StatutoryStrand(String provision, String purpose) {
    this.provision = provision;
    this.purpose = purpose;
  }

  /**
   * Describes the strand in words with its provision, for reports.
   *
   * @return e.g. "preventing involvement in serious violence (s6(1)(d)(i))", not null
   */
  public String description() {
    return purpose + " (" + provision + ")";
  }

  /**
   * Obtains the provision of the Crime and Disorder Act 1998 that requires this strand.
   *
   * @return the provision, e.g. "s6(1)(a)", not null
   */
  public String provision() {
    return provision;
  }
}
