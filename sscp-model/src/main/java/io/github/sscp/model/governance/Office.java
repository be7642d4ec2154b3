package io.github.sscp.model.governance;

/**
 * Offices held in or for a partnership or one of its bodies. Co-chairs are two holders of {@link
 * #CHAIR} of the same body at the same time; the model keeps every holder.
 */
public enum Office {
  /** Chair (or, where several hold it at once, co-chair). */
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
  LEAD_DIRECTOR,
  /** A member of a body, where the membership is recorded by person. */
  MEMBER
}
