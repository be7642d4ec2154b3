package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;

/**
 * A member of the partnership.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param name the organisation, not null
 * @param role its role in words, e.g. "chief officer of police", not null
 * @param statutory whether it is a responsible authority
 * @param labels whether its record is illustrative or inferred, in words, not null
 */
public record PartnerLine(String name, String role, boolean statutory, List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param name the organisation
   * @param role its role in words, e.g. "chief officer of police"
   * @param statutory whether it is a responsible authority
   * @param labels whether its record is illustrative or inferred, in words
   */
  public PartnerLine {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    labels = List.copyOf(labels);
  }
}
