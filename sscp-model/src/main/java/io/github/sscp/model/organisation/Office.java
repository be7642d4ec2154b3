package io.github.sscp.model.organisation;

/** Offices held in or for a partnership. */
public enum Office {
  /** Chair of the partnership's strategic board. */
  CHAIR,
  /** Vice-chair. */
  VICE_CHAIR,
  /** The council's lead Cabinet Member (portfolio holder) for community safety. */
  LEAD_CABINET_MEMBER,
  /** The officer who manages the partnership. */
  PARTNERSHIP_MANAGER,
  /** The named contact for enquiries about the partnership. */
  CONTACT_OFFICER,
  /** The lead director for the partnership in the council. */
  LEAD_DIRECTOR
}
