package io.github.sscp.model.governance;

import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.Id;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision, or an item awaiting decision, at a meeting, e.g. the strategic board agreeing the
 * revised strategy on 1 July 2024.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Decision extends WithDecision {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The decision's id. */
  @Id
  String id();

  /** What was decided or is to be considered. */
  @NotBlank
  String summary();

  /** The outcome. */
  DecisionOutcome outcome();

  /** An external reference, e.g. a moderngov decision number. */
  Optional<@NotBlankIfPresent String> reference();

  /** Builder for {@link Decision}. */
  class Builder extends ImmutableDecision.Builder {}
}
