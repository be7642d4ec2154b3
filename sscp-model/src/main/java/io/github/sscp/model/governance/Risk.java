package io.github.sscp.model.governance;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The risk's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** What could go wrong. */
  @NotBlank
  String description();

  /** The kind of risk. */
  RiskCategory category();

  /** Who holds the risk, by organisation id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String ownerOrganisationId();

  /** How it is mitigated. */
  List<@NotBlank String> mitigations();

  /** The statutory duty at risk, as a compliance rule id (e.g. CDA98-S5-RA-COUNCIL). */
  Optional<@NotBlankIfPresent String> statutoryRuleId();

  /** Builder for {@link Risk}. */
  class Builder extends ImmutableRisk.Builder {}
}
