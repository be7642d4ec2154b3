package io.github.sscp.model.evidence;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A survey of the public's views on crime and safety, e.g. the survey that, with data analysis,
 * identified Southampton's key crime issues.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Survey extends WithSurvey {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The survey's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** Its title. */
  @NotBlank
  String title();

  /** What it asked and of whom. */
  Optional<@NotBlankIfPresent String> description();

  /** When it ran. */
  Optional<ReportingPeriod> period();

  /** Who ran it, by organisation id. */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> conductedByOrganisationId();

  /** Builder for {@link Survey}. */
  class Builder extends ImmutableSurvey.Builder {}
}
