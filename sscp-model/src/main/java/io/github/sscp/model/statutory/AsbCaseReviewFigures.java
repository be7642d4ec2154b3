package io.github.sscp.model.statutory;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The four ASB case review figures the relevant bodies must publish at least every 12 months
 * (Anti-social Behaviour, Crime and Policing Act 2014 s104): applications, times the threshold was
 * not met, reviews carried out and reviews that led to recommendations.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface AsbCaseReviewFigures extends WithAsbCaseReviewFigures {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The period the figures cover. */
  ReportingPeriod period();

  /** Applications for a case review. */
  @PositiveOrZero
  int applications();

  /** Applications where the threshold was not met. */
  @PositiveOrZero
  int thresholdNotMet();

  /** Case reviews carried out. */
  @PositiveOrZero
  int reviewsCarriedOut();

  /** Case reviews that led to recommendations. */
  @PositiveOrZero
  int reviewsWithRecommendations();

  /** When the figures were published. */
  Optional<LocalDate> publishedOn();

  /** Where they are published. */
  Optional<@NotBlankIfPresent String> url();

  /** Construction invariants: the figures nest (recommendations ≤ reviews; not met ≤ applications). */
  @Value.Check
  default void check() {
    InvalidValueException.require(reviewsWithRecommendations() <= reviewsCarriedOut(),
        "reviewsWithRecommendations: " + reviewsWithRecommendations() + " for " + period()
            + " exceeds the " + reviewsCarriedOut() + " reviews carried out");
    InvalidValueException.require(thresholdNotMet() <= applications(),
        "thresholdNotMet: " + thresholdNotMet() + " for " + period() + " exceeds the "
            + applications() + " applications");
  }

  /** Builder for {@link AsbCaseReviewFigures}. */
  class Builder extends ImmutableAsbCaseReviewFigures.Builder {}
}
