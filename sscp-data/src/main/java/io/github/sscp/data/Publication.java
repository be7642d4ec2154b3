package io.github.sscp.data;

import java.util.Objects;

/**
 * Who published a dataset and under what licence, for the provenance of the observations read
 * from it.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param name the dataset's name, e.g. "police.uk street-level crime", not blank
 * @param publisher who publishes it, not blank
 * @param licence the licence and attribution text, not blank
 */
public record Publication(String name, String publisher, String licence) {

  /** police.uk street-level crime files. */
  public static final Publication POLICE_UK = new Publication("police.uk street-level crime",
      "Home Office (data.police.uk)", "Contains public sector information licensed under the Open"
          + " Government Licence v3.0");

  /** Home Office police recorded crime by community safety partnership. */
  public static final Publication HOME_OFFICE_CSP = new Publication(
      "Police recorded crime: Community Safety Partnership open data", "Home Office",
      "Contains public sector information licensed under the Open Government Licence v3.0");

  /**
   * Creates a publication.
   *
   * @param name the name
   * @param publisher the publisher
   * @param licence the licence
   */
  public Publication {
    for (String s : new String[] {name, publisher, licence}) {
      if (Objects.requireNonNull(s, "name, publisher and licence").isBlank()) {
        throw new IllegalArgumentException("a publication needs a name, publisher and licence");
      }
    }
  }

  /**
   * Obtains the citation of some files of this publication.
   *
   * @param files the files, e.g. "2017-03-hampshire-street.csv", not null
   * @return "name (files); publisher; licence", not null
   */
  public String cite(String files) {
    return name + (files.isEmpty() ? "" : " (" + files + ")") + "; " + publisher + "; " + licence;
  }
}
