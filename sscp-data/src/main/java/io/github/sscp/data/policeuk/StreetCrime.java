package io.github.sscp.data.policeuk;

import java.time.YearMonth;
import java.util.Optional;

/**
 * One row of a police.uk street-level file, checked: a known crime type and a real month. Crime ID
 * is empty on anti-social behaviour rows; LSOA code and name may be empty (and are absent in the
 * legacy layout); the outcome is empty on anti-social behaviour rows.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param crimeId the persistent crime id, if any
 * @param month the month
 * @param reportedBy the force that reported it, not null
 * @param fallsWithin the force area it falls within, not null
 * @param lsoaCode the LSOA code, if any
 * @param lsoaName the LSOA name, e.g. "Southampton 001A", if any
 * @param crimeType the crime type as police.uk writes it, e.g. "Burglary", not null
 * @param categoryId sscp's category id, e.g. "police-uk/burglary", not null
 * @param outcome the last outcome category, if any
 */
public record StreetCrime(Optional<String> crimeId, YearMonth month, String reportedBy,
    String fallsWithin, Optional<String> lsoaCode, Optional<String> lsoaName, String crimeType,
    String categoryId, Optional<String> outcome) {

  /**
   * Obtains the local authority the LSOA lies in: its name without the last word (police.uk names
   * LSOAs "&lt;local authority&gt; NNNX").
   *
   * @return the local authority's name, or empty without an LSOA name
   */
  public Optional<String> localAuthority() {
    return lsoaName.map(StreetCrime::localAuthorityOf);
  }

  /** The local authority of an LSOA name: all but its last word. */
  static String localAuthorityOf(String lsoaName) {
    int space = lsoaName.lastIndexOf(' ');
    return space > 0 ? lsoaName.substring(0, space) : lsoaName;
  }
}
