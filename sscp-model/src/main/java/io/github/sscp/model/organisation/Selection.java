package io.github.sscp.model.organisation;

/** How an officeholder came to hold the office. */
public enum Selection {
  /** Elected by the board. */
  ELECTED,
  /** Appointed by an organisation or by role. */
  APPOINTED,
  /** Holds it by virtue of another post. */
  EX_OFFICIO,
  /** Holds it in turn with other partners, e.g. an annually rotating chair. */
  ROTATING
}
