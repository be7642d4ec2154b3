package io.github.sscp.testkit;

import io.github.sscp.model.funding.BidStatus;
import io.github.sscp.model.funding.BudgetAllocation;
import io.github.sscp.model.funding.Funding;
import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.funding.Money;
import java.util.List;

/** Recipes for the {@code funding} package: money, budget allocations, bids and funding positions. */
public final class FundingRecipes {

  private FundingRecipes() {}

  /**
   * Obtains amounts from £0 to £10m in pence.
   *
   * @return the recipe, not null
   */
  public static Recipe<Money> money() {
    return d -> Money.of(Parts.decimal(d, 1_000_000_000L, 2));
  }

  /**
   * Obtains budget allocations.
   *
   * @return the recipe, not null
   */
  public static Recipe<BudgetAllocation> budgetAllocation() {
    return d -> BudgetAllocation.builder().organisationId(Parts.id(d, "org")).amount(money().make(d))
        .period(TimeRecipes.financialYear().make(d)).build();
  }

  /**
   * Obtains funding bids of every status.
   *
   * @return the recipe, not null
   */
  public static Recipe<FundingBid> fundingBid() {
    return d -> fundingBid(d, Parts.id(d, "bid"), List.of(), List.of());
  }

  static FundingBid fundingBid(Draws d, String id, List<String> funderIds, List<String> personIds) {
    BidStatus status = d.pick(BidStatus.class);
    FundingBid.Builder b = FundingBid.builder().id(id).title(Parts.words(d, 4)).status(status)
        .approximate(d.chance(30)).purposes(Parts.list(d, 0, 3, i -> Parts.words(d, 2)));
    if (d.chance(60)) {
      b.amountRequested(money().make(d));
    }
    if (status == BidStatus.AWARDED || status == BidStatus.PARTIAL) {
      b.amountAwarded(money().make(d));
    }
    if (!funderIds.isEmpty()) {
      b.addFunderOrganisationId(d.pick(funderIds));
    }
    if (!personIds.isEmpty() && d.chance(40)) {
      b.ledByPersonId(d.pick(personIds));
    }
    return b.build();
  }

  /**
   * Obtains funding positions naming no organisations.
   *
   * @return the recipe, not null
   */
  public static Recipe<Funding> funding() {
    return d -> Funding.builder().bids(Parts.list(d, 0, 2, i -> fundingBid(d, "bid-" + i, List.of(),
        List.of()))).build();
  }
}
