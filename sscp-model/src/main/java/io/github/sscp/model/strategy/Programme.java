package io.github.sscp.model.strategy;

import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.IdScope;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tactical activity the partnership reports on, e.g. Safer Streets 5 (VAWG, ASB and residential
 * burglary prevention, including extra CCTV) or the Young People's Service.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@IdScope(Strategy.class)
public interface Programme extends WithProgramme {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The programme's id. */
  @Id
  String id();

  /** Its name, e.g. "Safer Streets 5". */
  @NotBlank
  String name();

  /** What it focuses on, e.g. "VAWG", "Residential burglary prevention". */
  List<@NotBlank String> focuses();

  /** Interventions it includes, e.g. "extra CCTV". */
  List<@NotBlank String> interventions();

  /** The work stream or service line it sits in, e.g. "safer streets work stream". */
  Optional<@NotBlankIfPresent String> workStream();

  /** The funding bid that pays for it, by id. */
  @RefersTo(FundingBid.class)
  Optional<@Id String> fundingBidId();

  /** The funder's stream name, e.g. "UK Shared Prosperity Fund". */
  Optional<@NotBlankIfPresent String> fundingStream();

  /** The delivering organisation, by id. */
  @RefersTo(Organisation.class)
  Optional<@Id String> leadOrganisationId();

  /** The key crime issues it serves, by id. */
  @RefersTo(value = KeyCrimeIssue.class, within = Strategy.class)
  List<@Id String> keyCrimeIssueIds();

  /** Builder for {@link Programme}. */
  class Builder extends ImmutableProgramme.Builder {}
}
