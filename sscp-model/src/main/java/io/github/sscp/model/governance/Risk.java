package io.github.sscp.model.governance;

import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.organisation.Organisation;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk, e.g. for Southampton City Council, as a statutory partner, non-delivery of the statutory
 * requirement to be part of a Community Safety Partnership.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Risk extends WithRisk {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The risk's id. */
  @Id
  String id();

  /** What could go wrong. */
  @NotBlank
  String description();

  /** The kind of risk. */
  RiskCategory category();

  /** Who holds the risk, by organisation id. */
  @Id
  @RefersTo(Organisation.class)
  String ownerOrganisationId();

  /** How it is mitigated. */
  List<@NotBlank String> mitigations();

  /** The statutory duty at risk, as a compliance rule id (e.g. CDA98-S5-RA-COUNCIL). */
  Optional<@NotBlankIfPresent String> statutoryRule();

  /** Builder for {@link Risk}. */
  class Builder extends ImmutableRisk.Builder {}
}
