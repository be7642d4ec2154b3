package io.github.sscp.rules.compliance;

/** Who owes a duty. Each statutory regime has its own list of bodies. */
public enum DutyHolder {
  /** The partnership, through its strategy group. */
  PARTNERSHIP,
  /** The responsible authorities, jointly (CDA 1998 s5). */
  RESPONSIBLE_AUTHORITIES,
  /** The council (or councils) for the area. */
  COUNCIL,
  /** The police and crime commissioner, or other local policing body. */
  LOCAL_POLICING_BODY,
  /** The relevant bodies for the ASB case review (ASBCPA 2014 s105). */
  ASB_RELEVANT_BODIES,
  /** The specified authorities of the Serious Violence Duty (PCSC 2022 s11). */
  SVD_SPECIFIED_AUTHORITIES,
  /** The bodies that establish domestic homicide reviews (DVCVA 2004 s9). */
  REVIEW_BODIES;

  /**
   * Names the holder in words, e.g. "the responsible authorities".
   *
   * @return the words, not null
   */
  public String words() {
    return switch (this) {
      case PARTNERSHIP -> "the partnership";
      case RESPONSIBLE_AUTHORITIES -> "the responsible authorities";
      case COUNCIL -> "the council";
      case LOCAL_POLICING_BODY -> "the local policing body";
      case ASB_RELEVANT_BODIES -> "the anti-social behaviour case review's relevant bodies";
      case SVD_SPECIFIED_AUTHORITIES -> "the serious violence duty's specified authorities";
      case REVIEW_BODIES -> "the bodies that establish domestic homicide reviews";
    };
  }
}
