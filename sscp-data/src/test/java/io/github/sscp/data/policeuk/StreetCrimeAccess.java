package io.github.sscp.data.policeuk;

/** Opens a package-private helper of the police.uk reader to tests in other packages. */
public final class StreetCrimeAccess {

  private StreetCrimeAccess() {}

  /**
   * The local authority of an LSOA name.
   *
   * @param lsoaName the name
   * @return all but its last word
   */
  public static String localAuthorityOf(String lsoaName) {
    return StreetCrime.localAuthorityOf(lsoaName);
  }
}
