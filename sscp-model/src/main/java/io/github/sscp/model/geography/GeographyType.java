package io.github.sscp.model.geography;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Kinds of statistical geography, with the GSS entity prefixes that denote them. */
public enum GeographyType {
  /** Community Safety Partnership: E22 in England, W14 in Wales (the Home Office LAD-to-CSP lookup, Dec 2019). */
  COMMUNITY_SAFETY_PARTNERSHIP("E22", "W14"),
  /** Police force area (E23 in England, W15 in Wales). */
  POLICE_FORCE_AREA("E23", "W15"),
  /** Local authority district: unitary (E06), non-metropolitan (E07), metropolitan (E08), London borough (E09), Welsh principal area (W06). */
  LOCAL_AUTHORITY_DISTRICT("E06", "E07", "E08", "E09", "W06"),
  /** County (E10). */
  COUNTY("E10"),
  /** Electoral ward (E05, W05). */
  WARD("E05", "W05"),
  /** Lower layer super output area (E01, W01). */
  LSOA("E01", "W01"),
  /** Middle layer super output area (E02, W02). */
  MSOA("E02", "W02"),
  /** English region (E12). */
  REGION("E12"),
  /** Country (E92 England, W92 Wales) or England and Wales (K04). */
  COUNTRY("E92", "W92", "K04");

  private final List<String> prefixes;

  GeographyType(String... prefixes) {
    this.prefixes = List.of(prefixes);
  }

  /**
   * Obtains the GSS entity prefixes of this type.
   *
   * @return the prefixes, e.g. [E22, W14], not null
   */
  public List<String> prefixes() {
    return prefixes;
  }

  /**
   * Obtains the type a GSS entity prefix denotes.
   *
   * @param prefix the prefix, e.g. "E22", not null
   * @return the type, or empty if the prefix is not one the model knows
   */
  public static Optional<GeographyType> forPrefix(String prefix) {
    return Arrays.stream(values()).filter(t -> t.prefixes.contains(prefix)).findFirst();
  }
}
