package io.github.sscp.model.governance;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.Selection;
import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person holding an office, e.g. Rob Henderson, elected chair of the partnership, or Cllr
 * Lambert, lead Cabinet Member for Communities and Safer City. An office of one of the
 * partnership's bodies (the chair of a steering group) names the body; an office of the partnership
 * as a whole names none. Where the holder's name is not known, the office names the post instead
 * ("Chief Superintendent, South Wales Police"): one of the two is required.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Officeholder extends WithOfficeholder, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The office. */
  Office office();

  /** The person, by id; empty when only the post is known. */
  @RefersTo(Person.class)
  Optional<@Id String> personId();

  /** The post that holds the office, e.g. "Chief Superintendent, South Wales Police". */
  Optional<@NotBlankIfPresent String> post();

  /** The body whose office it is, by id; empty for an office of the partnership as a whole. */
  @RefersTo(GovernanceBody.class)
  Optional<@Id String> bodyId();

  /** The organisation the holder represents in the office, by id. */
  @RefersTo(Organisation.class)
  Optional<@Id String> representingOrganisationId();

  /** How the office was obtained. */
  Optional<Selection> selection();

  /** The portfolio or title of the office, e.g. "Communities and Safer City". */
  Optional<@NotBlankIfPresent String> portfolio();

  /** The days the office is held; unbounded at an end that is not known or not yet reached. */
  @Value.Default
  default DateRange term() {
    return DateRange.all();
  }

  /**
   * Checks if the office is held on a date.
   *
   * @param date the date, not null
   * @return true if the date lies within {@link #term()}
   */
  default boolean holdsOfficeOn(LocalDate date) {
    return term().contains(Objects.requireNonNull(date, "date"));
  }

  /** Construction invariant: the holder is named by person or by post. */
  @Value.Check
  default void check() {
    io.github.sscp.model.base.InvalidValueException.require(personId().isPresent()
        || post().isPresent(), "personId: the " + office().name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ') + " office names neither a person nor a post; give one");
  }

  /** Builder for {@link Officeholder}. */
  class Builder extends ImmutableOfficeholder.Builder {}
}
