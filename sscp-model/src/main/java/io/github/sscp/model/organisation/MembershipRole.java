package io.github.sscp.model.organisation;

/** The role an organisation plays in a partnership. Only responsible authorities are statutory. */
public enum MembershipRole {
  /** A responsible authority under Crime and Disorder Act 1998 s5(1): a statutory partner. */
  RESPONSIBLE_AUTHORITY,
  /**
   * The local policing body (PCC, PFCC, MOPAC or a mayor) taking part: not a responsible authority,
   * but bound to co-operate with them (PRSRA 2011 s10(2)) and to receive the partnership plan.
   */
  LOCAL_POLICING_BODY,
  /** A body that must co-operate with the responsible authorities (s5(2), SI 2004/118 art 2). */
  CO_OPERATING_BODY,
  /** A body invited to participate under s5(3) (SI 2004/118 art 3). */
  PARTICIPATING_BODY,
  /** A non-statutory partner on the board by local agreement, e.g. a charity. */
  NON_STATUTORY_PARTNER,
  /** An observer that attends without a role in delivery. */
  INVITED_OBSERVER;

  /**
   * Checks if the role is statutory.
   *
   * @return true only for {@link #RESPONSIBLE_AUTHORITY}
   */
  public boolean isStatutory() {
    return this == RESPONSIBLE_AUTHORITY;
  }
}
