package io.github.sscp.model.statutory;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import org.immutables.value.Value;

/**
 * An organisation taking part in the Serious Violence Duty partnership as a specified authority.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface SpecifiedAuthority extends WithSpecifiedAuthority {

  /**
   * Obtains a specified authority.
   *
   * @param organisationId the organisation, by id, not null
   * @param type its kind, not null
   * @return the specified authority, not null
   */
  static SpecifiedAuthority of(String organisationId, SpecifiedAuthorityType type) {
    return builder().organisationId(organisationId).type(type).build();
  }

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The organisation, by id. */
  @Id
  @RefersTo(Organisation.class)
  String organisationId();

  /** Which kind of specified authority it is. */
  SpecifiedAuthorityType type();

  /** Builder for {@link SpecifiedAuthority}. */
  class Builder extends ImmutableSpecifiedAuthority.Builder {}
}
