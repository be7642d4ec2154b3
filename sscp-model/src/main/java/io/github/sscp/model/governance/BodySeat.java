package io.github.sscp.model.governance;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A seat on a body: the organisation represented, the person (where named), who appointed them and
 * whether they hold a senior position in the appointing authority (SI 2007/1830 reg 3 asked for
 * seniority until 2011).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface BodySeat extends WithBodySeat {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a seat for an organisation that appoints its own member.
   *
   * @param organisationId the organisation, by id, not null
   * @return the seat, not null
   */
  static BodySeat of(String organisationId) {
    return builder().organisationId(organisationId).appointedByOrganisationId(organisationId).build();
  }

  /** The organisation represented, by id. */
  @Id
  @RefersTo(Organisation.class)
  String organisationId();

  /** The person in the seat, by id, where named. */
  @RefersTo(Person.class)
  Optional<@Id String> personId();

  /** The responsible authority that appointed the member, by id. */
  @RefersTo(Organisation.class)
  Optional<@Id String> appointedByOrganisationId();

  /** Whether the member holds a senior position in their organisation. */
  @Value.Default
  default boolean senior() {
    return false;
  }

  /** Builder for {@link BodySeat}. */
  class Builder extends ImmutableBodySeat.Builder {}
}
