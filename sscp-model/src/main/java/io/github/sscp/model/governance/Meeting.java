package io.github.sscp.model.governance;

import io.github.sscp.model.Ids;
import io.github.sscp.model.InvalidValueException;
import io.github.sscp.model.Provenance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A meeting of a governance body, held or scheduled, with its purpose and decisions.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Meeting extends WithMeeting {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The meeting's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** The body that meets, by id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
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

  /** Decisions taken or items for decision. */
  List<@Valid Decision> decisions();

  /** Where the date and content came from. */
  @Value.Default
  @Valid
  default Provenance provenance() {
    return Provenance.SUPPLIED;
  }

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
