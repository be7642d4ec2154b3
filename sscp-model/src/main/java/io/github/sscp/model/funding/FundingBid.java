package io.github.sscp.model.funding;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bid, or a group of bids reported together, for external funding, e.g. the bids to the Home
 * Office and OPCC that brought Southampton approximately £1.1m.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface FundingBid extends WithFundingBid {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The bid's id. */
  @Id
  String id();

  /** What the bid is, e.g. "Various funding bids". */
  @NotBlank
  String title();

  /** The funders, by organisation id. */
  @RefersTo(Organisation.class)
  List<@Id String> funderOrganisationIds();

  /** The person who led the bid, by id. */
  @RefersTo(Person.class)
  Optional<@Id String> ledByPersonId();

  /** Where it is. */
  BidStatus status();

  /** The amount asked for. */
  Optional<Money> amountRequested();

  /** The amount awarded. */
  Optional<Money> amountAwarded();

  /** Whether the amounts are approximate ("approximately £1.1m"). */
  @Value.Default
  default boolean approximate() {
    return false;
  }

  /** What the money is to tackle, e.g. "Violent crime". */
  List<@NotBlank String> purposes();

  /** The period the funding covers. */
  Optional<ReportingPeriod> period();

  /** Construction invariants: amounts are not negative, and only an award has an awarded amount. */
  @Value.Check
  default void check() {
    amountRequested().ifPresent(m -> InvalidValueException.require(!m.isNegative(),
        "amountRequested: bid " + id() + " asks for a negative amount " + m));
    amountAwarded().ifPresent(m -> InvalidValueException.require(!m.isNegative(),
        "amountAwarded: bid " + id() + " has a negative award " + m));
    InvalidValueException.require(amountAwarded().isEmpty()
            || status() == BidStatus.AWARDED || status() == BidStatus.PARTIAL,
        "amountAwarded: bid " + id() + " is " + status() + " and cannot have an awarded amount");
  }

  /** Builder for {@link FundingBid}. */
  class Builder extends ImmutableFundingBid.Builder {}
}
