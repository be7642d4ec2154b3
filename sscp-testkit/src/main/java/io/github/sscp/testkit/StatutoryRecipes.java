package io.github.sscp.testkit;

import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.statutory.AsbCaseReviewArrangements;
import io.github.sscp.model.statutory.AsbCaseReviewFigures;
import io.github.sscp.model.statutory.CombinationAgreement;
import io.github.sscp.model.statutory.CommunitySafetyAgreement;
import io.github.sscp.model.statutory.DataFeed;
import io.github.sscp.model.statutory.InformationSharing;
import io.github.sscp.model.statutory.InformationSharingAgreement;
import io.github.sscp.model.statutory.RelevantAuthorityKind;
import io.github.sscp.model.statutory.ReviewDecision;
import io.github.sscp.model.statutory.SeriousViolenceDuty;
import io.github.sscp.model.statutory.SeriousViolenceStrategy;
import io.github.sscp.model.statutory.SpecifiedAuthority;
import io.github.sscp.model.statutory.SpecifiedAuthorityType;
import io.github.sscp.model.statutory.StatutoryRecords;
import io.github.sscp.model.statutory.StatutoryReview;
import io.github.sscp.model.statutory.StatutoryReviewKind;
import io.github.sscp.model.statutory.SvdConsultation;
import java.time.LocalDate;
import java.util.List;

/**
 * Recipes for the {@code statutory} package: reviews after a death with dates in order, ASB case
 * review arrangements whose figures nest, community safety agreements, information sharing, the
 * Serious Violence Duty partnership and combination agreements.
 */
public final class StatutoryRecipes {

  private StatutoryRecipes() {}

  /**
   * Obtains statutory reviews of every kind and decision, their dates in order.
   *
   * @return the recipe, not null
   */
  public static Recipe<StatutoryReview> statutoryReview() {
    return d -> statutoryReview(d, Parts.id(d, "review"));
  }

  static StatutoryReview statutoryReview(Draws d, String id) {
    ReviewDecision decision = d.pick(ReviewDecision.class);
    LocalDate notified = Parts.date(d);
    StatutoryReview.Builder b = StatutoryReview.builder().id(id)
        .kind(d.pick(StatutoryReviewKind.class)).decision(decision).notifiedOn(notified)
        .reference("REF " + d.intBetween(1, 99));
    if (decision != ReviewDecision.PENDING) {
      LocalDate decided = notified.plusDays(d.between(0, 90));
      b.decidedOn(decided).homeOfficeNotifiedOn(decided.plusDays(d.between(0, 30)));
      if (decision == ReviewDecision.COMMISSIONED && d.chance(50)) {
        LocalDate sent = decided.plusDays(d.between(30, 400));
        b.sentToHomeOfficeOn(sent).publishedOn(sent.plusDays(d.between(0, 200)));
      }
    }
    return b.build();
  }

  /**
   * Obtains annual ASB case review figures that nest.
   *
   * @return the recipe, not null
   */
  public static Recipe<AsbCaseReviewFigures> asbCaseReviewFigures() {
    return d -> {
      int applications = d.intBetween(0, 40);
      int reviews = d.intBetween(0, applications);
      return AsbCaseReviewFigures.builder().period(TimeRecipes.financialYear().make(d))
          .applications(applications).thresholdNotMet(applications - reviews)
          .reviewsCarriedOut(reviews).reviewsWithRecommendations(d.intBetween(0, reviews))
          .build();
    };
  }

  /**
   * Obtains ASB case review arrangements naming no organisations.
   *
   * @return the recipe, not null
   */
  public static Recipe<AsbCaseReviewArrangements> asbCaseReviewArrangements() {
    return d -> asbCaseReview(d, List.of());
  }

  static AsbCaseReviewArrangements asbCaseReview(Draws d, List<String> organisationIds) {
    AsbCaseReviewArrangements.Builder b = AsbCaseReviewArrangements.builder()
        .localThreshold(d.intBetween(1, 3)).thresholdWindowMonths(6)
        .figures(Parts.list(d, 0, 3, i -> asbCaseReviewFigures().make(d)));
    if (!organisationIds.isEmpty()) {
      b.relevantBodyOrganisationIds(Parts.list(d, 1, 3, i -> d.pick(organisationIds)));
      b.coOptedHousingProviderIds(Parts.list(d, 0, 1, i -> d.pick(organisationIds)));
    }
    if (d.chance(50)) {
      b.publishedOn(Parts.date(d)).procedureUrl("https://example.org/asb-case-review");
    }
    return b.build();
  }

  /**
   * Obtains county community safety agreements.
   *
   * @return the recipe, not null
   */
  public static Recipe<CommunitySafetyAgreement> communitySafetyAgreement() {
    return d -> CommunitySafetyAgreement.builder().id(Parts.id(d, "agreement"))
        .title(Parts.words(d, 4)).period(TimeRecipes.financialYear().make(d))
        .sentToPccOn(d.chance(50) ? java.util.Optional.of(Parts.date(d)) : java.util.Optional.empty())
        .build();
  }

  /**
   * Obtains information sharing records naming no organisations.
   *
   * @return the recipe, not null
   */
  public static Recipe<InformationSharing> informationSharing() {
    return d -> informationSharing(d, List.of(Parts.id(d, "org")));
  }

  static InformationSharing informationSharing(Draws d, List<String> organisationIds) {
    return InformationSharing.builder()
        .agreements(Parts.list(d, 0, 1, i -> InformationSharingAgreement.builder()
            .id("isa-" + i).title(Parts.words(d, 4))
            .signatoryOrganisationIds(Parts.list(d, 1, 3, j -> d.pick(organisationIds))).build()))
        .dataFeeds(Parts.list(d, 0, 2, i -> DataFeed.builder().id("feed-" + i)
            .supplierOrganisationId(d.pick(organisationIds)).dataset(Parts.words(d, 3))
            .recipientOrganisationIds(Parts.list(d, 0, 2, j -> d.pick(organisationIds)))
            .frequency(Frequency.QUARTERLY).lastPeriodSupplied(TimeRecipes.quarter().make(d))
            .build()))
        .build();
  }

  /**
   * Obtains Serious Violence Duty records naming no other value.
   *
   * @return the recipe, not null
   */
  public static Recipe<SeriousViolenceDuty> seriousViolenceDuty() {
    return d -> seriousViolenceDuty(d, List.of(), List.of());
  }

  static SeriousViolenceDuty seriousViolenceDuty(Draws d, List<String> organisationIds,
      List<String> assessmentIds) {
    return seriousViolenceDuty(d, organisationIds, assessmentIds, List.of());
  }

  static SeriousViolenceDuty seriousViolenceDuty(Draws d, List<String> organisationIds,
      List<String> assessmentIds, List<String> bodyIds) {
    SeriousViolenceDuty.Builder b = SeriousViolenceDuty.builder();
    if (!bodyIds.isEmpty() && d.chance(50)) {
      b.leadBodyId(d.pick(bodyIds));
    }
    if (!organisationIds.isEmpty()) {
      b.specifiedAuthorities(Parts.list(d, 1, 4, i -> SpecifiedAuthority.of(d.pick(organisationIds),
          d.pick(SpecifiedAuthorityType.class))));
      b.consultations(Parts.list(d, 0, 2, i -> SvdConsultation.builder()
          .organisationId(d.pick(organisationIds)).kind(d.pick(RelevantAuthorityKind.class))
          .consultedOn(Parts.date(d)).build()));
    }
    if (!assessmentIds.isEmpty() && d.chance(60)) {
      b.addNeedsAssessmentId(d.pick(assessmentIds));
    }
    if (d.chance(60)) {
      b.localDefinition(Parts.words(d, 8));
    }
    if (d.chance(60)) {
      b.strategy(SeriousViolenceStrategy.builder().title(Parts.words(d, 4))
          .publishedOn(Parts.date(d)).build());
    }
    return b.build();
  }

  /**
   * Obtains combination agreements naming no organisations.
   *
   * @return the recipe, not null
   */
  public static Recipe<CombinationAgreement> combinationAgreement() {
    return d -> CombinationAgreement.builder().madeOn(Parts.date(d))
        .secretaryOfStateParty(d.chance(20)).build();
  }

  static StatutoryRecords records(Draws d, List<String> organisationIds, List<String> assessmentIds,
      List<String> bodyIds, boolean merged) {
    StatutoryRecords.Builder b = StatutoryRecords.builder()
        .reviews(Parts.list(d, 0, 2, i -> statutoryReview(d, "review-" + i)))
        .communitySafetyAgreements(Parts.list(d, 0, 1, i -> {
          CommunitySafetyAgreement a = communitySafetyAgreement().make(d).withId("agreement-" + i);
          return d.chance(50) ? a.withCountyOrganisationId(d.pick(organisationIds)) : a;
        }))
        .informationSharing(informationSharing(d, organisationIds));
    if (d.chance(50)) {
      b.asbCaseReview(asbCaseReview(d, organisationIds));
    }
    if (d.chance(50)) {
      b.seriousViolenceDuty(seriousViolenceDuty(d, organisationIds, assessmentIds, bodyIds));
    }
    if (merged && d.chance(60)) {
      b.combinationAgreement(CombinationAgreement.builder().madeOn(Parts.date(d))
          .partyOrganisationIds(Parts.list(d, 1, 3, i -> d.pick(organisationIds))).build());
    }
    return b.build();
  }
}
