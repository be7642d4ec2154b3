package io.github.sscp.model.organisation;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that can belong to a partnership, e.g. Hampshire and Isle of Wight Constabulary.
 * What it does in a given partnership is its {@link Membership}. A council records its {@link
 * LocalAuthorityTier}, a local policing body its {@link LocalPolicingBodyKind}, a fire and rescue
 * authority its {@link FireAuthorityKind} and a police force its {@link ChiefOfficerKind}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Organisation extends WithOrganisation, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The id other parts of the model refer to, e.g. {@code hiow-constabulary}. */
  @Id
  String id();

  /** The organisation's name. */
  @NotBlank
  String name();

  /** Other names it is known by, e.g. "OPCC". */
  List<@NotBlank String> aliases();

  /** What kind of organisation it is. */
  OrganisationType type();

  /** For a council: its tier. */
  Optional<LocalAuthorityTier> localAuthorityTier();

  /** For a local policing body: which kind. */
  Optional<LocalPolicingBodyKind> policingBodyKind();

  /** For a fire and rescue authority: which kind. */
  Optional<FireAuthorityKind> fireAuthorityKind();

  /** For a police force: which chief officer leads it. */
  Optional<ChiefOfficerKind> chiefOfficer();

  /** Geography it serves, where it has a GSS code (a council's district, a force's area). */
  Optional<GssCode> area();

  /**
   * External identifiers keyed by scheme, e.g. {@code "ods" → "QRL"} for an NHS body or {@code
   * "charity" → "1234567"}.
   */
  Map<@NotBlank String, @NotBlank String> identifiers();

  /** The organisation's public web site. */
  Optional<@NotBlankIfPresent String> website();

  /**
   * The statutory capacities it acts in beside its own type, each dated: a council that is also
   * its area's local policing body, a mayor who is also the fire and rescue authority.
   */
  List<@jakarta.validation.Valid OrganisationCapacity> capacities();

  /**
   * Checks if the organisation acts as a type of organisation on a date: its own type, or a
   * capacity held that day.
   *
   * @param type the type, not null
   * @param date the date, not null
   * @return whether it acts as that type on that date
   */
  default boolean actsAs(OrganisationType type, java.time.LocalDate date) {
    return type() == type || capacities().stream().anyMatch(c -> c.type() == type
        && c.heldOn(date));
  }

  /**
   * Checks if the organisation acts as a type of organisation at any time.
   *
   * @param type the type, not null
   * @return whether it is that type or holds that capacity on some day
   */
  default boolean actsAs(OrganisationType type) {
    return type() == type || capacities().stream().anyMatch(c -> c.type() == type);
  }

  /** Construction invariant: each refinement belongs to its own type of organisation. */
  @Value.Check
  default void check() {
    refines(localAuthorityTier(), OrganisationType.LOCAL_AUTHORITY, "localAuthorityTier");
    refines(policingBodyKind(), OrganisationType.LOCAL_POLICING_BODY, "policingBodyKind");
    refines(fireAuthorityKind(), OrganisationType.FIRE_AND_RESCUE, "fireAuthorityKind");
    for (OrganisationCapacity c : capacities()) {
      InvalidValueException.require(c.type() != type(), () -> "capacities: organisation " + id()
          + " is a " + type() + " already; a capacity is another type");
    }
    refines(chiefOfficer(), OrganisationType.POLICE_FORCE, "chiefOfficer");
  }

  private void refines(Optional<?> refinement, OrganisationType owner, String attribute) {
    InvalidValueException.require(refinement.isEmpty() || actsAs(owner),
        () -> attribute + ": organisation " + id() + " is a " + type() + "; only a " + owner
            + " has a " + attribute);
  }

  /** Builder for {@link Organisation}. */
  class Builder extends ImmutableOrganisation.Builder {}
}
