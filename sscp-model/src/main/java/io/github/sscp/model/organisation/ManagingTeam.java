package io.github.sscp.model.organisation;

import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * The team that manages the partnership on behalf of the statutory partners, e.g. Southampton City
 * Council's Stronger Communities team.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface ManagingTeam extends WithManagingTeam {

  /**
   * Obtains a managing team.
   *
   * @param name the team's name, not blank
   * @param organisationId the organisation it sits in, by id
   * @return the team, not null
   */
  static ManagingTeam of(String name, String organisationId) {
    return ImmutableManagingTeam.builder().name(name).organisationId(organisationId).build();
  }

  /** The team's name. */
  @NotBlank
  String name();

  /** The organisation the team sits in, by id. */
  @Id
  @RefersTo(Organisation.class)
  String organisationId();

  /**
   * Whether it manages the partnership on behalf of all the statutory partners (as opposed to
   * only its own organisation).
   */
  @Value.Default
  default boolean onBehalfOfStatutoryPartners() {
    return true;
  }
}
