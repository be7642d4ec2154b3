package io.github.sscp.model.governance;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A body in the partnership's governance, e.g. the SSCP strategic board, a steering group jointly
 * chaired by the council and the police, or a joint crime and disorder scrutiny committee owned by
 * three councils: its kind and local name, owners, seats, whether the public may attend, how often
 * it meets, the statutory functions it carries and the bodies it reports to.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface GovernanceBody extends WithGovernanceBody, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The body's id. */
  @Id
  String id();

  /** Its local name, e.g. "Partnership Executive Group". */
  @NotBlank
  String name();

  /** What kind of body it is. */
  GovernanceBodyType type();

  /** The organisations it belongs to, by id: the council for Cabinet, three councils for a joint committee. */
  @RefersTo(Organisation.class)
  List<@Id String> ownerOrganisationIds();

  /** Who sits on it. */
  List<@Valid BodySeat> seats();

  /** Whether the public may attend its meetings, if known. */
  Optional<PublicAccess> publicAccess();

  /** How often it meets. */
  Optional<Frequency> meetingFrequency();

  /** The statutory functions it carries, e.g. a CSP merged with the safeguarding boards. */
  Set<StatutoryFunction> statutoryFunctions();

  /** The bodies it reports to, with cadence and content. */
  List<@Valid ReportingLine> reportsTo();

  /** Its terms of reference. */
  Optional<@NotBlankIfPresent String> termsOfReferenceUrl();

  /** The days the body exists; unbounded where not known. */
  @Value.Default
  default DateRange validity() {
    return DateRange.all();
  }

  /**
   * Checks if the body exists on a date.
   *
   * @param date the date, not null
   * @return true if the date lies within {@link #validity()}
   */
  default boolean existsOn(LocalDate date) {
    return validity().contains(date);
  }

  /** Builder for {@link GovernanceBody}. */
  class Builder extends ImmutableGovernanceBody.Builder {}
}
