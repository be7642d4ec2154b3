package io.github.sscp.data.files;

/** The kinds of data file sscp reads. */
public enum DataFileKind {
  /** police.uk street-level crime: a CSV file, a folder of them, or a zip archive. */
  POLICE_UK("police.uk street-level crime"),
  /** Home Office police recorded crime by community safety partnership. */
  HOME_OFFICE("Home Office recorded crime by partnership"),
  /** Tidy observations: {@code measure,period,value[,area,status,source]}. */
  TIDY("tidy observations");

  private final String words;

  DataFileKind(String words) {
    this.words = words;
  }

  /**
   * Obtains the kind in words, for people.
   *
   * @return e.g. "police.uk street-level crime", not null
   */
  public String words() {
    return words;
  }
}
