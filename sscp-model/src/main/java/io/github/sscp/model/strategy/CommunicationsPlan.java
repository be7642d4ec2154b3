package io.github.sscp.model.strategy;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Where the plan is, e.g. "in development". */
  @NotBlank
  String status();

  /** When the launch happens, e.g. "following the next meeting of the SSCP". */
  Optional<@NotBlankIfPresent String> launch();

  /** The programmes regular updates cover, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> regularUpdateProgrammeIds();

  /** Builder for {@link CommunicationsPlan}. */
  class Builder extends ImmutableCommunicationsPlan.Builder {}
}
