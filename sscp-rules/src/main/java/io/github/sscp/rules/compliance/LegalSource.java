package io.github.sscp.rules.compliance;

import java.util.Objects;

/**
 * Where a rule comes from.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param instrument the Act or statutory instrument, e.g. "Crime and Disorder Act 1998", not null
 * @param provision the provision, e.g. "s6(1)(d)", not null
 * @param url where to read it, not null
 */
public record LegalSource(String instrument, String provision, String url) {

  /**
   * Creates a source.
   *
   * @param instrument the instrument
   * @param provision the provision
   * @param url the address
   */
  public LegalSource {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(provision, "provision");
    Objects.requireNonNull(url, "url");
  }

  /**
   * Cites the source as "instrument provision".
   *
   * @return the citation, not null
   */
  public String cite() {
    return instrument + " " + provision;
  }
}
