package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;

/**
 * A risk the partnership holds.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param description the risk, not null
 * @param category its kind in words, not null
 * @param owner who holds it, not null
 * @param mitigations how it is reduced, not null
 * @param labels whether it is illustrative or inferred, in words, not null
 */
public record RiskLine(String description, String category, String owner, List<String> mitigations,
    List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param description the risk
   * @param category its kind in words
   * @param owner who holds it
   * @param mitigations how it is reduced
   * @param labels whether it is illustrative or inferred, in words
   */
  public RiskLine {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(owner, "owner");
    mitigations = List.copyOf(mitigations);
    labels = List.copyOf(labels);
  }
}
