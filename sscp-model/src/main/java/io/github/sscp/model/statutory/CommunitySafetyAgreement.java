package io.github.sscp.model.statutory;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A county community safety agreement (SI 2007/1830 reg 9), made in two-tier areas from the
 * district strategic assessments, and since 22 November 2012 sent to the police and crime
 * commissioner (reg 9A).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface CommunitySafetyAgreement extends WithCommunitySafetyAgreement, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The agreement's id. */
  @Id
  String id();

  /** Its title. */
  @NotBlank
  String title();

  /** The period it covers. */
  ReportingPeriod period();

  /** The county council, by id. */
  @RefersTo(Organisation.class)
  Optional<@Id String> countyOrganisationId();

  /** When it was agreed. */
  Optional<LocalDate> agreedOn();

  /** When it was sent to the police and crime commissioner. */
  Optional<LocalDate> sentToPccOn();

  /** Where it is published. */
  Optional<@NotBlankIfPresent String> url();

  /** Builder for {@link CommunitySafetyAgreement}. */
  class Builder extends ImmutableCommunitySafetyAgreement.Builder {}
}
