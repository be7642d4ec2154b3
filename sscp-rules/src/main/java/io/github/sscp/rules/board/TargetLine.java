package io.github.sscp.rules.board;

import io.github.sscp.rules.kpi.target.TargetRating;
import java.util.List;
import java.util.Objects;

/**
 * A measure's target and its rating.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param description the target in words, e.g. "5% below the baseline by 2025/26", not null
 * @param rating the rating, not null
 * @param reason why, in words, not null
 * @param labels whether the target is illustrative, in words, not null
 */
public record TargetLine(String description, TargetRating rating, String reason,
    List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param description the target in words, e.g. "5% below the baseline by 2025/26"
   * @param rating the rating
   * @param reason why, in words
   * @param labels whether the target is illustrative, in words
   */
  public TargetLine {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(reason, "reason");
    labels = List.copyOf(labels);
  }
}
