package io.github.sscp.model.strategy;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.IdScope;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deliverable task under "how we will do it", with an owner, dates, a status and optionally a
 * dated history of progress updates. Its status on a date and whether it is overdue are derived from
 * the date asked about, never stored.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@IdScope(Strategy.class)
public interface Action extends WithAction, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The action's id, unique in its strategy. */
  @Id
  String id();

  /** What will be done. */
  @NotBlank
  String title();

  /** More detail. */
  Optional<@NotBlankIfPresent String> description();

  /** The owning organisation, by id. */
  @Id
  @RefersTo(Organisation.class)
  String ownerOrganisationId();

  /** The owning person, by id. */
  @RefersTo(Person.class)
  Optional<@Id String> ownerPersonId();

  /** Other contributing organisations, by id. */
  @RefersTo(Organisation.class)
  List<@Id String> contributorOrganisationIds();

  /** The tactical programmes that deliver it, by id. */
  @RefersTo(value = Programme.class, within = Strategy.class)
  List<@Id String> programmeIds();

  /** When work starts. */
  Optional<LocalDate> startDate();

  /** When it is due. */
  Optional<LocalDate> dueDate();

  /** When it was completed. */
  Optional<LocalDate> completedDate();

  /** Its status as last recorded. */
  @Value.Default
  default ActionStatus status() {
    return ActionStatus.NOT_STARTED;
  }

  /** Dated progress updates, oldest first. */
  List<@Valid ProgressUpdate> updates();

  /**
   * Obtains the action's status on a date. A completed action is {@link ActionStatus#COMPLETE} from
   * its completed date on. Otherwise the latest update on or before the date decides; before the
   * first update the action is {@link ActionStatus#NOT_STARTED}. (Updates never say complete: the
   * completed date records completion.) An action with no updates is taken
   * to have had its recorded {@link #status()} on every date, except that a complete action was
   * {@link ActionStatus#IN_PROGRESS} before its completed date.
   *
   * @param date the date, not null
   * @return the status on that date, not null
   */
  default ActionStatus statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (completedDate().map(c -> !c.isAfter(date)).orElse(false)) {
      return ActionStatus.COMPLETE;
    }
    if (!updates().isEmpty()) {
      return updates().stream().filter(u -> !u.date().isAfter(date))
          .max(Comparator.comparing(ProgressUpdate::date))
          .map(ProgressUpdate::status)
          .orElse(ActionStatus.NOT_STARTED);
    }
    return status() == ActionStatus.COMPLETE ? ActionStatus.IN_PROGRESS : status();
  }

  /**
   * Checks if the action is overdue on a date: it was due before that date and on that date it is
   * neither complete nor cancelled. An action completed after its due date was overdue from the
   * day after it was due until the day it was completed.
   *
   * @param asOf the date asked about, not null
   * @return true if overdue on that date
   */
  default boolean isOverdue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return dueDate().map(due -> due.isBefore(asOf)).orElse(false) && !statusOn(asOf).isClosed();
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
          "dueDate: " + dueDate().get() + " of action " + id() + " is before its startDate "
              + startDate().get());
    }
    if (startDate().isPresent() && completedDate().isPresent()) {
      InvalidValueException.require(!completedDate().get().isBefore(startDate().get()),
          "completedDate: " + completedDate().get() + " of action " + id()
              + " is before its startDate " + startDate().get());
    }
    for (int i = 0; i < updates().size(); i++) {
      InvalidValueException.require(updates().get(i).status() != ActionStatus.COMPLETE,
          "updates[" + i + "].status: action " + id() + " records completion by its completedDate,"
              + " not by an update");
    }
    for (int i = 1; i < updates().size(); i++) {
      InvalidValueException.require(!updates().get(i).date().isBefore(updates().get(i - 1).date()),
          "updates[" + i + "].date: updates of action " + id() + " must be oldest first, but "
              + updates().get(i).date() + " follows " + updates().get(i - 1).date());
    }
  }

  /** Builder for {@link Action}. */
  class Builder extends ImmutableAction.Builder {}
}
