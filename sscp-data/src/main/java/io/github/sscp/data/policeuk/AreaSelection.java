package io.github.sscp.data.policeuk;

import io.github.sscp.data.lookup.AreaLookup;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rows of a police.uk file belong to the area being counted. Rows with no LSOA cannot be
 * placed and are skipped (and counted) by every selection except {@link #all()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AreaSelection {

  private final String description;
  private final Set<String> lsoaCodes;
  private final Set<String> localAuthorities;
  private final boolean all;

  private AreaSelection(String description, Set<String> lsoaCodes, Set<String> localAuthorities,
      boolean all) {
    this.description = description;
    this.lsoaCodes = Set.copyOf(lsoaCodes);
    this.localAuthorities = Set.copyOf(localAuthorities);
    this.all = all;
  }

  /**
   * Selects every row.
   *
   * @return the selection, not null
   */
  public static AreaSelection all() {
    return new AreaSelection("every area", Set.of(), Set.of(), true);
  }

  /**
   * Selects rows in any of some LSOAs.
   *
   * @param codes the LSOA codes, e.g. "E01017144", not null
   * @return the selection, not null
   */
  public static AreaSelection lsoaCodes(Set<String> codes) {
    return new AreaSelection(codes.size() + " LSOAs", codes, Set.of(), false);
  }

  /**
   * Selects rows whose LSOA lies in a local authority, by the LSOA name's prefix: "Southampton"
   * selects "Southampton 001A" but not "Southampton Water 001A".
   *
   * @param name the local authority's name as police.uk writes it, not blank
   * @return the selection, not null
   */
  public static AreaSelection localAuthority(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: a local authority needs a name");
    }
    return new AreaSelection(name.strip(), Set.of(), Set.of(name.strip()), false);
  }

  /**
   * Selects rows in the local authorities of a community safety partnership.
   *
   * @param lookup the district-to-partnership lookup, not null
   * @param partnership the partnership's name or GSS code, e.g. "Southampton" or "E22000120"
   * @return the selection, not null
   * @throws IllegalArgumentException if the lookup does not know the partnership
   */
  public static AreaSelection partnership(AreaLookup lookup, String partnership) {
    Set<String> names = new TreeSet<>();
    lookup.districtsOf(partnership).forEach(e -> names.add(e.ladName()));
    if (names.isEmpty()) {
      throw new IllegalArgumentException(partnership + ": the lookup has no such partnership");
    }
    return new AreaSelection("partnership " + partnership + " (" + String.join(", ", names) + ")",
        Set.of(), names, false);
  }

  /**
   * Checks if a row is selected.
   *
   * @param crime the row, not null
   * @return true if it is in the area
   */
  public boolean test(StreetCrime crime) {
    return test(crime.lsoaCode().orElse(""), crime.localAuthority().orElse(""));
  }

  /**
   * Checks if a row is selected, from its LSOA code and local authority.
   *
   * @param lsoaCode the LSOA code, empty if none, not null
   * @param localAuthority the local authority from the LSOA name, empty if none, not null
   * @return true if it is in the area
   */
  boolean test(String lsoaCode, String localAuthority) {
    if (all) {
      return true;
    }
    if (!lsoaCodes.isEmpty()) {
      return lsoaCodes.contains(lsoaCode);
    }
    return localAuthorities.contains(localAuthority);
  }

  /**
   * Checks if rows without an LSOA can be placed.
   *
   * @return true only for {@link #all()}
   */
  public boolean placesRowsWithoutLsoa() {
    return all;
  }

  @Override
  public String toString() {
    return description;
  }
}
