package io.github.sscp.model.funding;

import io.github.sscp.model.Ids;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A core budget a partner allocates to the partnership for a period.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface BudgetAllocation extends WithBudgetAllocation {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The allocating organisation, by id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String organisationId();

  /** The amount. */
  Money amount();

  /** The period it covers. */
  ReportingPeriod period();

  /** Construction invariant: an allocation is not negative. */
  @Value.Check
  default void check() {
    io.github.sscp.model.InvalidValueException.require(!amount().isNegative(),
        "amount: allocation from " + organisationId() + " is negative: " + amount());
  }

  /** Builder for {@link BudgetAllocation}. */
  class Builder extends ImmutableBudgetAllocation.Builder {}
}
