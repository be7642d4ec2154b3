package io.github.sscp.model.evidence;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A survey of the public's views on crime and safety, e.g. the survey that, with data analysis,
 * identified Southampton's key crime issues.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Survey extends WithSurvey, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The survey's id. */
  @Id
  String id();

  /** Its title. */
  @NotBlank
  String title();

  /** What it asked and of whom. */
  Optional<@NotBlankIfPresent String> description();

  /** When it ran. */
  Optional<ReportingPeriod> period();

  /** How many people responded. */
  Optional<@PositiveOrZero Integer> respondents();

  /** Who ran it, by organisation id. */
  @RefersTo(Organisation.class)
  Optional<@Id String> conductedByOrganisationId();

  /** Builder for {@link Survey}. */
  class Builder extends ImmutableSurvey.Builder {}
}
