package io.github.sscp.testkit;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.organisation.ManagingTeam;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.funding.Funding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Recipes for whole partnerships: every reference resolves, every role fits its organisation,
 * council tiers fit the local government structure, codes fit the nation, and no series has two
 * current values for one period, so {@link io.github.sscp.model.validation.ModelValidator} finds
 * nothing wrong.
 */
public final class PartnershipRecipes {

  private static final List<LocalGovernmentStructure> ENGLISH = List.copyOf(EnumSet.complementOf(
      EnumSet.of(LocalGovernmentStructure.WELSH_PRINCIPAL_AREA)));

  private PartnershipRecipes() {}

  /**
   * Obtains whole partnerships whose every reference resolves.
   *
   * @param size the size knobs, not null
   * @return the recipe, not null
   */
  public static Recipe<Partnership> partnership(PartnershipSize size) {
    return d -> {
      Nation nation = d.chance(20) ? Nation.WALES : Nation.ENGLAND;
      LocalGovernmentStructure structure = nation == Nation.WALES
          ? LocalGovernmentStructure.WELSH_PRINCIPAL_AREA : d.pick(ENGLISH);
      boolean merged = d.chance(20);
      int partners = d.intBetween(size.minPartners(), size.maxPartners());
      List<String> orgIds = Parts.list(d, partners, partners, i -> "org-" + i);
      List<Membership> memberships = new ArrayList<>();
      List<Organisation> organisations = new ArrayList<>();
      for (String o : orgIds) {
        Membership m = OrganisationRecipes.membership(d, o, d.pick(MembershipRole.class), nation);
        memberships.add(m);
        organisations.add(OrganisationRecipes.organisation(d, o, OrganisationRecipes.typeFor(m, d),
            structure));
      }
      List<String> personIds = Parts.list(d, 1, 3, i -> "person-" + i);
      for (int i = 0; i < memberships.size(); i++) {
        if (d.chance(30)) {
          memberships.set(i, memberships.get(i).withRepresentativeId(d.pick(personIds)));
        }
      }
      List<String> bodyIds = Parts.list(d, 1, 3, i -> "body-" + i);
      List<String> measureIds = Parts.list(d, size.minMeasures(), size.maxMeasures(), i -> "measure-" + i);
      List<String> groupIds = Parts.list(d, 0, 1, i -> "group-" + i);
      List<String> toleranceIds = Parts.list(d, 0, 2, i -> "tolerance-" + i);
      List<String> assessmentIds = Parts.list(d, 0, 2, i -> "assessment-" + i);
      List<String> surveyIds = Parts.list(d, 0, 1, i -> "survey-" + i);
      Optional<GssCode> area = d.chance(10) ? Optional.empty()
          : Optional.of(GeographyRecipes.gssCode(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP, nation)
              .make(d));

      List<MeasureDefinition> measures = new ArrayList<>();
      for (String m : measureIds) {
        measures.add(MeasureRecipes.measureDefinition(d, m));
      }
      List<Meeting> meetings = Parts.list(d, 0, 2,
          i -> GovernanceRecipes.meeting(d, "meeting-" + i, d.pick(bodyIds), orgIds));
      List<String> decisionIds = meetings.stream().flatMap(m -> m.decisions().stream())
          .map(Decision::id).toList();
      List<GovernanceBody> bodies = new ArrayList<>();
      for (String b : bodyIds) {
        bodies.add(GovernanceRecipes.governanceBody(d, b,
            bodyIds.stream().filter(x -> !x.equals(b)).toList(), orgIds, personIds));
      }
      List<String> bidIds = Parts.list(d, 0, 2, i -> "bid-" + i);
      StrategyRecipes.References refs = new StrategyRecipes.References(orgIds, personIds, measures,
          groupIds, toleranceIds, assessmentIds, decisionIds, bodyIds,
          meetings.stream().map(Meeting::id).toList(), surveyIds, bidIds);

      String areaName = Parts.words(d, 2);
      Partnership.Builder b = Partnership.builder()
          .id("csp-" + area.map(c -> c.value().toLowerCase(java.util.Locale.ROOT)).orElse("new-" + d.intBetween(0, 999)))
          .name(Parts.words(d, 3) + " Community Safety Partnership").nation(nation)
          .area(area.map(c -> GeographyRef.of(c, areaName))
              .orElse(GeographyRef.withoutCode(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP, areaName)))
          .structure(structure).merged(merged)
          .coveredAreas(Parts.list(d, merged ? 2 : 1, merged ? 3 : 1,
              i -> GeographyRef.of(GeographyRecipes.gssCode(GeographyType.LOCAL_AUTHORITY_DISTRICT,
                  nation).make(d), Parts.words(d, 2))))
          .policeForceAreas(Parts.list(d, 0, 2, i -> GeographyRef.of(
              GeographyRecipes.gssCode(GeographyType.POLICE_FORCE_AREA, nation).make(d),
              Parts.words(d, 1))))
          .managingTeam(ManagingTeam.of(Parts.words(d, 2), d.pick(orgIds)))
          .organisations(organisations)
          .memberships(memberships)
          .people(personIds.stream().map(x -> OrganisationRecipes.person(d, x, orgIds)).toList())
          .officeholders(Parts.list(d, 0, 3,
              i -> OrganisationRecipes.officeholder(d, d.pick(personIds), bodyIds, orgIds)))
          .governanceBodies(bodies)
          .meetings(meetings)
          .strategicAssessments(assessmentIds.stream().map(x -> EvidenceRecipes.strategicAssessment(
              d, x, assessmentIds.stream().filter(y -> !y.equals(x)).toList(), bodyIds, orgIds,
              surveyIds)).toList())
          .surveys(surveyIds.stream().map(x -> EvidenceRecipes.survey(d, x, orgIds)).toList())
          .engagements(Parts.list(d, 0, 2, i -> EvidenceRecipes.engagement(d, "engagement-" + i,
              assessmentIds, List.of("strategy-0"), surveyIds)))
          .crimeCategories(Parts.list(d, 0, 2, i -> io.github.sscp.model.measure.CrimeCategory.builder()
              .id("local/category-" + i).system(io.github.sscp.model.measure.CrimeCategorySystem.LOCAL)
              .code("category-" + i).label(Parts.words(d, 3))
              .parentId(d.chance(50) ? java.util.Optional.of(d.pick(MeasureRecipes.CRIME_CATEGORY_IDS))
                  : java.util.Optional.empty()).build()))
          .measures(measures)
          .observations(MeasureRecipes.observationLog(d, measures, area, size.minObservations(),
              size.maxObservations()))
          .tolerancePolicies(toleranceIds.stream().map(t -> MeasureRecipes.tolerancePolicy(d, t))
              .toList())
          .comparatorGroups(groupIds.stream().map(g -> GeographyRecipes.comparatorGroup(d, g)).toList())
          .funding(Funding.builder()
              .bids(bidIds.stream().map(x -> FundingRecipes.fundingBid(d, x, orgIds, personIds)).toList())
              .coreAllocations(Parts.list(d, 0, 1, i -> io.github.sscp.model.funding.BudgetAllocation
                  .builder().organisationId(d.pick(orgIds)).amount(FundingRecipes.money().make(d))
                  .period(TimeRecipes.financialYear().make(d)).build()))
              .build())
          .risks(Parts.list(d, 0, 2, i -> GovernanceRecipes.risk(d, "risk-" + i, d.pick(orgIds))))
          .statutory(StatutoryRecipes.records(d, orgIds, assessmentIds, bodyIds, merged))
          .dataFiles(Parts.list(d, 0, 2, i -> io.github.sscp.model.measure.DataFile.builder()
              .path("data/" + Parts.words(d, 1).replace(' ', '-') + "-" + i + ".csv")
              .feeds(measures.isEmpty() || d.chance(50) ? java.util.Map.of() : java.util.Map.of(
                  "police-uk/" + Parts.words(d, 1).replace(' ', '-'), d.pick(measures).id()))
              .area(d.chance(50) ? java.util.Optional.of(Parts.words(d, 2))
                  : java.util.Optional.empty())
              .note(d.chance(50) ? java.util.Optional.of(Parts.words(d, 4))
                  : java.util.Optional.empty())
              .build()));
      if (!toleranceIds.isEmpty() && d.chance(50)) {
        b.defaultTolerancePolicyId(d.pick(toleranceIds));
      }
      b.addStrategy(StrategyRecipes.strategy(d, size, refs));
      return b.build();
    };
  }
}
