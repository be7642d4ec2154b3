package io.github.sscp.model.strategy;

import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review the strategy is scheduled for, e.g. preparation for a full review commencing in 2026/27.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface ScheduledReview extends WithScheduledReview {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The kind of review. */
  RevisionKind kind();

  /** When it happens or begins. */
  ReportingPeriod when();

  /** What is scheduled, e.g. "Preparation for a full review commences". */
  @NotBlank
  String description();

  /** Whether it has happened. */
  @Value.Default
  default boolean completed() {
    return false;
  }

  /** What will trigger or prompted it. */
  Optional<@NotBlankIfPresent String> trigger();

  /** Builder for {@link ScheduledReview}. */
  class Builder extends ImmutableScheduledReview.Builder {}
}
