package io.github.sscp.model.funding;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A partnership's funding position: core budget allocations from partners, and external bids.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Funding extends WithFunding {

  /** No allocations and no bids. */
  Funding NONE = new Builder().build();

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Core budget allocations from the council and partners; empty when there is no budget. */
  List<@Valid BudgetAllocation> coreAllocations();

  /** External funding bids. */
  List<@Valid FundingBid> bids();

  /**
   * Checks if any partner allocates a core budget.
   *
   * @return false when there is no budget allocation from the council or any partner
   */
  default boolean hasCoreBudget() {
    return coreAllocations().stream().anyMatch(a -> a.amount().compareTo(Money.ZERO) > 0);
  }

  /**
   * Obtains the total awarded across bids.
   *
   * @return the sum of awarded amounts, not null
   */
  default Money totalAwarded() {
    return bids().stream().flatMap(b -> b.amountAwarded().stream()).reduce(Money.ZERO, Money::plus);
  }

  /** Builder for {@link Funding}. */
  class Builder extends ImmutableFunding.Builder {}
}
