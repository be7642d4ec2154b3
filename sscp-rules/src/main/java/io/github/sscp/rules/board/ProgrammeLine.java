package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme that delivers part of the strategy.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param name its name, not null
 * @param focuses what it works on, not null
 * @param funding the funding stream
 * @param lead the lead organisation
 * @param labels whether it is illustrative or inferred, in words, not null
 */
public record ProgrammeLine(String name, List<String> focuses, Optional<String> funding,
    Optional<String> lead, List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param name its name
   * @param focuses what it works on
   * @param funding the funding stream
   * @param lead the lead organisation
   * @param labels whether it is illustrative or inferred, in words
   */
  public ProgrammeLine {
    Objects.requireNonNull(name, "name");
    focuses = List.copyOf(focuses);
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(lead, "lead");
    labels = List.copyOf(labels);
  }
}
