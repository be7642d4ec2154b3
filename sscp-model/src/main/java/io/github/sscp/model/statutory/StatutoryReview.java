package io.github.sscp.model.statutory;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review the partnership was notified of and decided on: its dates from notification to
 * publication. It holds no personal data: a reference, never a name.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface StatutoryReview extends WithStatutoryReview, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The review's id. */
  @Id
  String id();

  /** What kind of review it is. */
  StatutoryReviewKind kind();

  /** The partnership's reference for it, e.g. "DHR 2024/01". */
  Optional<@NotBlankIfPresent String> reference();

  /** When the partnership was notified of the death. */
  Optional<LocalDate> notifiedOn();

  /** The decision on holding a review. */
  ReviewDecision decision();

  /** When it was decided. */
  Optional<LocalDate> decidedOn();

  /** When the Home Office was told of the decision. */
  Optional<LocalDate> homeOfficeNotifiedOn();

  /** When the report went to the Home Office quality assurance panel. */
  Optional<LocalDate> sentToHomeOfficeOn();

  /** When the report went to the Domestic Abuse Commissioner. */
  Optional<LocalDate> sentToDomesticAbuseCommissionerOn();

  /** When the report was published. */
  Optional<LocalDate> publishedOn();

  /** Construction invariants: a decision date once decided, and dates in order. */
  @Value.Check
  default void check() {
    InvalidValueException.require(decision() == ReviewDecision.PENDING || decidedOn().isPresent(),
        "decidedOn: review " + id() + " is " + decision() + " and needs the date it was decided");
    InvalidValueException.require(decision() != ReviewDecision.PENDING || decidedOn().isEmpty(),
        "decidedOn: review " + id() + " is PENDING and cannot have a decision date");
    notBefore(decidedOn(), notifiedOn(), "decidedOn", "notifiedOn");
    notBefore(publishedOn(), decidedOn(), "publishedOn", "decidedOn");
    InvalidValueException.require(decision() == ReviewDecision.COMMISSIONED
            || (publishedOn().isEmpty() && sentToHomeOfficeOn().isEmpty()),
        "publishedOn: review " + id() + " was not commissioned and has no report");
  }

  private void notBefore(Optional<LocalDate> later, Optional<LocalDate> earlier, String laterName,
      String earlierName) {
    if (later.isPresent() && earlier.isPresent()) {
      InvalidValueException.require(!later.get().isBefore(earlier.get()),
          laterName + ": " + later.get() + " of review " + id() + " is before its " + earlierName
              + " " + earlier.get());
    }
  }

  /** Builder for {@link StatutoryReview}. */
  class Builder extends ImmutableStatutoryReview.Builder {}
}
