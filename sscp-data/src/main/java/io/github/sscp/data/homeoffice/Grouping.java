package io.github.sscp.data.homeoffice;

/** Which column of the open-data layout names the offence a count is for. */
public enum Grouping {
  /** The offence group, e.g. "Theft offences". */
  OFFENCE_GROUP,
  /** The offence subgroup, e.g. "Domestic burglary". */
  OFFENCE_SUBGROUP,
  /** The offence code, e.g. "28E". */
  OFFENCE_CODE
}
