package io.github.sscp.model.organisation;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A further statutory capacity an organisation acts in, beside its own type, for a time: the City
 * of London Corporation is a council and, as the Common Council, the police area's local policing
 * body; the Mayor of Greater Manchester is the local policing body and the fire and rescue
 * authority. The compliance engine and the report treat each capacity on its own.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface OrganisationCapacity extends WithOrganisationCapacity, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a capacity held at all times.
   *
   * @param type the capacity, not null
   * @return the capacity, not null
   */
  static OrganisationCapacity of(OrganisationType type) {
    return builder().type(type).build();
  }

  /** The capacity: the type of organisation it acts as. */
  OrganisationType type();

  /** The days it acts in this capacity; unbounded where an end is not known or not reached. */
  @Value.Default
  default DateRange validity() {
    return DateRange.all();
  }

  /**
   * Checks if the capacity is held on a date.
   *
   * @param date the date, not null
   * @return true if the date lies within {@link #validity()}
   */
  default boolean heldOn(LocalDate date) {
    return validity().contains(Objects.requireNonNull(date, "date"));
  }

  /** Builder for {@link OrganisationCapacity}. */
  class Builder extends ImmutableOrganisationCapacity.Builder {}
}
