package io.github.sscp.model.statutory;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ASB case review ("community trigger") arrangements of the area's relevant bodies
 * (Anti-social Behaviour, Crime and Policing Act 2014 ss104–105, Sch 4). The relevant bodies are a
 * list of their own, not the partnership's responsible authorities: the council, the chief officer
 * of police, the ICB (LHB in Wales) and co-opted social housing providers.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface AsbCaseReviewArrangements extends WithAsbCaseReviewArrangements {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The number of qualifying complaints that meets the threshold as of right (at most 3 in law). */
  @Positive
  int localThreshold();

  /** The window the complaints must fall in, in months (usually 6). */
  Optional<@Positive Integer> thresholdWindowMonths();

  /** The relevant bodies, by organisation id. */
  @RefersTo(Organisation.class)
  List<@Id String> relevantBodyOrganisationIds();

  /** Social housing providers co-opted as relevant bodies, by organisation id. */
  @RefersTo(Organisation.class)
  List<@Id String> coOptedHousingProviderIds();

  /** The named point of contact for applications, e.g. a team's name. */
  Optional<@NotBlankIfPresent String> pointOfContact();

  /** Where the procedures are published. */
  Optional<@NotBlankIfPresent String> procedureUrl();

  /** When the current procedures were published. */
  Optional<LocalDate> publishedOn();

  /** When the police and crime commissioner was consulted on them (Sch 4). */
  Optional<LocalDate> pccConsultedOn();

  /** The published annual figures, oldest first. */
  List<@Valid AsbCaseReviewFigures> figures();

  /** Builder for {@link AsbCaseReviewArrangements}. */
  class Builder extends ImmutableAsbCaseReviewArrangements.Builder {}
}
