package io.github.sscp.model.governance;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The decision's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
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
