package io.github.sscp.model.statutory;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The statutory records of a partnership, all optional: a new partnership starts with {@link
 * #NONE} and the compliance engine reports what is missing as insufficient evidence.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface StatutoryRecords extends WithStatutoryRecords {

  /** No records. */
  StatutoryRecords NONE = new Builder().build();

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Reviews after a death the partnership was notified of. */
  List<@Valid StatutoryReview> reviews();

  /** ASB case review arrangements, if recorded. */
  Optional<@Valid AsbCaseReviewArrangements> asbCaseReview();

  /** County community safety agreements (two-tier areas). */
  List<@Valid CommunitySafetyAgreement> communitySafetyAgreements();

  /** Information sharing agreements and the data-feed register. */
  @Value.Default
  @Valid
  default InformationSharing informationSharing() {
    return InformationSharing.NONE;
  }

  /** The Serious Violence Duty partnership, if recorded. */
  Optional<@Valid SeriousViolenceDuty> seriousViolenceDuty();

  /** The combination agreement of a merged partnership, if recorded. */
  Optional<@Valid CombinationAgreement> combinationAgreement();

  /**
   * Whether the partnership records that it decides on and commissions domestic homicide reviews
   * (Domestic Violence, Crime and Victims Act 2004 s9) for its area, whether or not any review has
   * been needed; empty when not recorded.
   */
  Optional<Boolean> commissionsDomesticHomicideReviews();

  /** Builder for {@link StatutoryRecords}. */
  class Builder extends ImmutableStatutoryRecords.Builder {}
}
