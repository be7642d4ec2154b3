package io.github.sscp.model.strategy;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a strategy's priorities were set, e.g. from the strategic assessment and a public survey,
 * agreed at a board workshop.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface PrioritySetting extends WithPrioritySetting, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The method. */
  PrioritySettingMethod method();

  /** More on how, e.g. "scored against harm, volume and public concern". */
  Optional<@NotBlankIfPresent String> note();

  /** Builder for {@link PrioritySetting}. */
  class Builder extends ImmutablePrioritySetting.Builder {}
}
