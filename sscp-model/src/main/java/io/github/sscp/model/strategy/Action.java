package io.github.sscp.model.strategy;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import io.github.sscp.model.InvalidValueException;
import io.github.sscp.model.Provenance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deliverable task under "how we will do it", with an owner, dates and status. Whether it is
 * overdue is derived from the date asked about, never stored.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Action extends WithAction {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The action's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** What will be done. */
  @NotBlank
  String title();

  /** More detail. */
  Optional<@NotBlankIfPresent String> description();

  /** The owning organisation, by id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String ownerOrganisationId();

  /** The owning person, by id. */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> ownerPersonId();

  /** Other contributing organisations, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> contributorOrganisationIds();

  /** The tactical programmes that deliver it, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> programmeIds();

  /** When work starts. */
  Optional<LocalDate> startDate();

  /** When it is due. */
  Optional<LocalDate> dueDate();

  /** When it was completed. */
  Optional<LocalDate> completedDate();

  /** Where it is. */
  @Value.Default
  default ActionStatus status() {
    return ActionStatus.NOT_STARTED;
  }

  /** Where the action's wording and dates came from. */
  @Value.Default
  @Valid
  default Provenance provenance() {
    return Provenance.SUPPLIED;
  }

  /**
   * Checks if the action is overdue on a date: due before it and neither complete nor cancelled.
   *
   * @param asOf the date asked about, not null
   * @return true if overdue
   */
  default boolean isOverdue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return !status().isClosed() && dueDate().map(due -> due.isBefore(asOf)).orElse(false);
  }

  /** Construction invariants on status and dates. */
  @Value.Check
  default void check() {
    InvalidValueException.require(
        (status() == ActionStatus.COMPLETE) == completedDate().isPresent(),
        "completedDate: action " + id() + " is " + status()
            + (status() == ActionStatus.COMPLETE ? " and needs a completedDate"
                : " and must not have a completedDate"));
    if (startDate().isPresent() && dueDate().isPresent()) {
      InvalidValueException.require(!dueDate().get().isBefore(startDate().get()),
          "dueDate: " + dueDate().get() + " of action " + id() + " is before startDate "
              + startDate().get());
    }
    if (startDate().isPresent() && completedDate().isPresent()) {
      InvalidValueException.require(!completedDate().get().isBefore(startDate().get()),
          "completedDate: " + completedDate().get() + " of action " + id()
              + " is before startDate " + startDate().get());
    }
  }

  /** Builder for {@link Action}. */
  class Builder extends ImmutableAction.Builder {}
}
