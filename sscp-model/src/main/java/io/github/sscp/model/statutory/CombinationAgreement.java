package io.github.sscp.model.statutory;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The written agreement that merges partnerships (CDA 1998 s5(1A)–(1C), s5A): made by the police
 * and crime commissioner with every responsible authority of the combined area, and the Secretary
 * of State where more than one police area is involved.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface CombinationAgreement extends WithCombinationAgreement {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** When it was made. */
  Optional<LocalDate> madeOn();

  /** The parties, by organisation id. */
  @RefersTo(Organisation.class)
  List<@Id String> partyOrganisationIds();

  /** Whether the Secretary of State is a party. */
  @Value.Default
  default boolean secretaryOfStateParty() {
    return false;
  }

  /** Where it is held. */
  Optional<@NotBlankIfPresent String> url();

  /** Builder for {@link CombinationAgreement}. */
  class Builder extends ImmutableCombinationAgreement.Builder {}
}
