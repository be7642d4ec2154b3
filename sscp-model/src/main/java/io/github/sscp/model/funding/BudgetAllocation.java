package io.github.sscp.model.funding;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.time.ReportingPeriod;
import org.immutables.value.Value;

/**
 * A core budget a partner allocates to the partnership for a period.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface BudgetAllocation extends WithBudgetAllocation {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The allocating organisation, by id. */
  @Id
  @RefersTo(Organisation.class)
  String organisationId();

  /** The amount. */
  Money amount();

  /** The period it covers. */
  ReportingPeriod period();

  /** Construction invariant: an allocation is not negative. */
  @Value.Check
  default void check() {
    io.github.sscp.model.base.InvalidValueException.require(!amount().isNegative(),
        "amount: allocation from " + organisationId() + " is negative: " + amount());
  }

  /** Builder for {@link BudgetAllocation}. */
  class Builder extends ImmutableBudgetAllocation.Builder {}
}
