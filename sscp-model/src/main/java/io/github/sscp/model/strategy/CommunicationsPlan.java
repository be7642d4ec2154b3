package io.github.sscp.model.strategy;

import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The plan to launch and communicate the strategy, followed by regular updates on tactical
 * activities.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface CommunicationsPlan extends WithCommunicationsPlan {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Where the plan is, e.g. "in development". */
  @NotBlank
  String status();

  /** When the launch happens, e.g. "following the next meeting of the SSCP". */
  Optional<@NotBlankIfPresent String> launch();

  /** The programmes regular updates cover, by id. */
  @RefersTo(value = Programme.class, within = Strategy.class)
  List<@Id String> regularUpdateProgrammeIds();

  /** Builder for {@link CommunicationsPlan}. */
  class Builder extends ImmutableCommunicationsPlan.Builder {}
}
