package io.github.sscp.model.governance;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A meeting of a governance body, held or scheduled: its purpose and business, which organisations
 * attended, who called it (a police and crime commissioner may, SI 2007/1830 reg 14A) and its
 * decisions.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Meeting extends WithMeeting, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The meeting's id. */
  @Id
  String id();

  /** The body that meets, by id. */
  @Id
  @RefersTo(GovernanceBody.class)
  String bodyId();

  /** The date. */
  LocalDate date();

  /** How it is run. */
  @Value.Default
  default MeetingFormat format() {
    return MeetingFormat.FORMAL;
  }

  /** Whether it has happened. */
  MeetingStatus status();

  /** What it is for, e.g. "to discuss and agree the key tactical areas". */
  List<@NotBlank String> purposes();

  /** What it dealt with, in the terms the compliance engine reads. */
  Set<MeetingBusiness> business();

  /** The organisations represented, by id. */
  @RefersTo(Organisation.class)
  List<@Id String> attendeeOrganisationIds();

  /** The organisation that called the meeting, by id, when not the body itself. */
  @RefersTo(Organisation.class)
  Optional<@Id String> calledByOrganisationId();

  /** Decisions taken or items for decision. */
  List<@Valid Decision> decisions();

  /** Construction invariant: a scheduled meeting has no decided outcomes yet. */
  @Value.Check
  default void check() {
    if (status() == MeetingStatus.SCHEDULED) {
      decisions().forEach(d -> InvalidValueException.require(
          d.outcome() == DecisionOutcome.PENDING,
          "decisions: decision " + d.id() + " of scheduled meeting " + id()
              + " must be PENDING, not " + d.outcome()));
    }
  }

  /** Builder for {@link Meeting}. */
  class Builder extends ImmutableMeeting.Builder {}
}
