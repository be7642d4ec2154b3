package io.github.sscp.model;

import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.base.ProvenanceKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.evidence.AssessmentType;
import io.github.sscp.model.strategy.Engagement;
import io.github.sscp.model.strategy.EngagementMethod;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingBusiness;
import io.github.sscp.model.governance.MeetingFormat;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.governance.PublicAccess;
import io.github.sscp.model.governance.ReportKind;
import io.github.sscp.model.governance.ReportingLine;
import io.github.sscp.model.governance.StatutoryFunction;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.RagStatus;
import io.github.sscp.model.organisation.ChiefOfficerKind;
import io.github.sscp.model.organisation.FireAuthorityKind;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.statutory.AsbCaseReviewArrangements;
import io.github.sscp.model.statutory.AsbCaseReviewFigures;
import io.github.sscp.model.statutory.CombinationAgreement;
import io.github.sscp.model.statutory.CommunitySafetyAgreement;
import io.github.sscp.model.statutory.DataFeed;
import io.github.sscp.model.statutory.InformationSharing;
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
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.ActionStatus;
import io.github.sscp.model.strategy.ExternalPlanKind;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.PerformanceFramework;
import io.github.sscp.model.strategy.PlanAlignment;
import io.github.sscp.model.strategy.PlanDocument;
import io.github.sscp.model.strategy.PlanDocumentKind;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.ProgressUpdate;
import io.github.sscp.model.strategy.RevisionKind;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyKind;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.validation.ModelValidator;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model holds the variations real partnerships have, without bending: each test builds a made-up
 * partnership that needs one variation, checks it validates, and reads the variation back.
 */
class GeneralityTest {

  static final ModelValidator VALIDATOR = ModelValidator.shared();
  static final LocalDate D = LocalDate.of(2024, 6, 1);

  static Organisation council(String id, LocalAuthorityTier tier) {
    return Organisation.builder().id(id).name("Council " + id).type(OrganisationType.LOCAL_AUTHORITY)
        .localAuthorityTier(tier).build();
  }

  static Organisation org(String id, OrganisationType type) {
    return Organisation.builder().id(id).name("Organisation " + id).type(type).build();
  }

  static Strategy plan(String... priorityIds) {
    Strategy.Builder b = Strategy.builder().id("plan").title("Community Safety Plan")
        .period(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 4, 1)))
        .status(StrategyStatus.ACTIVE).addStatutoryStrands(StatutoryStrand.CRIME_AND_DISORDER);
    for (int i = 0; i < priorityIds.length; i++) {
      b.addPriority(Priority.builder().id(priorityIds[i]).order(i + 1).title("Priority " + priorityIds[i]).build());
    }
    return b.build();
  }

  static Partnership.Builder english(String id, LocalGovernmentStructure structure) {
    return Partnership.builder().id(id).name("Partnership " + id).nation(Nation.ENGLAND)
        .area(GeographyRef.of(GssCode.of("E22000901"), id)).structure(structure)
        .addOrganisation(Organisation.builder().from(org("police", OrganisationType.POLICE_FORCE))
            .chiefOfficer(ChiefOfficerKind.CHIEF_CONSTABLE).build())
        .addMembership(Membership.responsibleAuthority("police", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE));
  }

  @Test
  void aMergedPartnershipInATwoTierCounty_recordsStructureAndMergingApartAndEachCouncilsTier() {
    Partnership p = english("downs-csp", LocalGovernmentStructure.TWO_TIER_DISTRICT).merged(true)
        .addCoveredAreas(GeographyRef.of(GssCode.of("E07000084"), "District A"),
            GeographyRef.of(GssCode.of("E07000089"), "District B"),
            GeographyRef.of(GssCode.of("E07000092"), "District C"))
        .addOrganisations(council("district-a", LocalAuthorityTier.DISTRICT),
            council("district-b", LocalAuthorityTier.DISTRICT),
            council("district-c", LocalAuthorityTier.DISTRICT), council("county", LocalAuthorityTier.COUNTY),
            Organisation.builder().from(org("pcc", OrganisationType.LOCAL_POLICING_BODY))
                .policingBodyKind(LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER).build())
        .addMemberships(
            Membership.responsibleAuthority("district-a", ResponsibleAuthorityType.LOCAL_AUTHORITY),
            Membership.responsibleAuthority("district-b", ResponsibleAuthorityType.LOCAL_AUTHORITY),
            Membership.responsibleAuthority("district-c", ResponsibleAuthorityType.LOCAL_AUTHORITY),
            Membership.responsibleAuthority("county", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addGovernanceBody(GovernanceBody.builder().id("joint-scrutiny").name("Joint Crime and Disorder Scrutiny Committee")
            .type(GovernanceBodyType.SCRUTINY_COMMITTEE)
            .addOwnerOrganisationIds("district-a", "district-b", "district-c")
            .addStatutoryFunction(StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY)
            .publicAccess(PublicAccess.OPEN).build())
        .addMeeting(Meeting.builder().id("scrutiny-2024").bodyId("joint-scrutiny").date(D)
            .status(MeetingStatus.HELD).addBusiness(MeetingBusiness.CRIME_AND_DISORDER_SCRUTINY).build())
        .statutory(StatutoryRecords.builder()
            .combinationAgreement(CombinationAgreement.builder().madeOn(LocalDate.of(2013, 4, 1))
                .addPartyOrganisationIds("pcc", "district-a", "district-b", "district-c", "county", "police")
                .build())
            .addCommunitySafetyAgreement(CommunitySafetyAgreement.builder().id("county-csa")
                .title("County community safety agreement 2024/25").period(FinancialYear.of(2024))
                .countyOrganisationId("county").sentToPccOn(LocalDate.of(2024, 5, 1)).build())
            .build())
        .addStrategicAssessment(StrategicAssessment.builder().id("county-sa").title("County assessment")
            .periodCovered(FinancialYear.of(2023)).published(true).ownerOrganisationId("county").build())
        .addStrategicAssessment(StrategicAssessment.builder().id("district-sa").title("District assessment")
            .periodCovered(FinancialYear.of(2023)).published(true).refreshFrequency(Frequency.SIX_MONTHLY)
            .feedsAssessmentId("county-sa").type(AssessmentType.FULL).build())
        .addStrategy(plan("safer"))
        .build();

    assertThat(VALIDATOR.validate(p)).isEmpty();
    assertThat(p.structure()).isEqualTo(LocalGovernmentStructure.TWO_TIER_DISTRICT);
    assertThat(p.merged()).isTrue();
    assertThat(p.statutoryMemberships()).extracting(m -> p.organisation(m.organisationId()).orElseThrow()
        .localAuthorityTier()).filteredOn(java.util.Optional::isPresent).extracting(java.util.Optional::get)
        .containsExactly(LocalAuthorityTier.DISTRICT, LocalAuthorityTier.DISTRICT, LocalAuthorityTier.DISTRICT,
            LocalAuthorityTier.COUNTY);
    assertThat(p.governanceBody("joint-scrutiny").orElseThrow().ownerOrganisationIds()).hasSize(3);
    assertThat(p.statutory().combinationAgreement().orElseThrow().partyOrganisationIds()).contains("pcc");
    assertThat(p.statutory().communitySafetyAgreements().get(0).sentToPccOn()).contains(LocalDate.of(2024, 5, 1));
    assertThat(p.strategicAssessments().get(1).feedsAssessmentId()).contains("county-sa");
  }

  @Test
  void aWelshPartnershipWithAJointlyChairedSteeringGroup_keepsBothChairsAndItsStatutoryAlignments() {
    Partnership p = Partnership.builder().id("cwm-csp").name("Cwm Community Safety Partnership")
        .nation(Nation.WALES).area(GeographyRef.of(GssCode.of("W14000010"), "Cwm"))
        .structure(LocalGovernmentStructure.WELSH_PRINCIPAL_AREA)
        .addCoveredArea(GeographyRef.of(GssCode.of("W06000015"), "Cwm"))
        .addOrganisations(council("county-borough", LocalAuthorityTier.WELSH_PRINCIPAL_AREA),
            Organisation.builder().from(org("police", OrganisationType.POLICE_FORCE))
                .chiefOfficer(ChiefOfficerKind.CHIEF_CONSTABLE).build(),
            org("lhb", OrganisationType.HEALTH_BODY),
            Organisation.builder().from(org("fire", OrganisationType.FIRE_AND_RESCUE))
                .fireAuthorityKind(FireAuthorityKind.WELSH_FIRE_AND_RESCUE_AUTHORITY).build())
        .addMemberships(
            Membership.responsibleAuthority("county-borough", ResponsibleAuthorityType.LOCAL_AUTHORITY),
            Membership.responsibleAuthority("police", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE),
            Membership.healthBody("lhb", HealthBodyKind.LOCAL_HEALTH_BOARD),
            Membership.responsibleAuthority("fire", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        .addPeople(Person.builder().id("director").displayName("Director of People").build(),
            Person.builder().id("superintendent").displayName("Chief Superintendent").build())
        .addGovernanceBody(GovernanceBody.builder().id("steering").name("Steering Group")
            .type(GovernanceBodyType.STEERING_GROUP).meetingFrequency(Frequency.QUARTERLY).build())
        .addOfficeholders(
            Officeholder.builder().office(Office.CHAIR).personId("director").bodyId("steering")
                .representingOrganisationId("county-borough").term(DateRange.ofUnboundedEnd(LocalDate.of(2022, 5, 1)))
                .build(),
            Officeholder.builder().office(Office.CHAIR).personId("superintendent").bodyId("steering")
                .representingOrganisationId("police").term(DateRange.ofUnboundedEnd(LocalDate.of(2023, 9, 1)))
                .build())
        .addStrategy(Strategy.builder().from(plan("safe")).addAlignments(
            PlanAlignment.builder().planKind(ExternalPlanKind.WELLBEING_OF_FUTURE_GENERATIONS_GOALS)
                .planName("The seven well-being goals")
                .statute("Well-being of Future Generations (Wales) Act 2015").addPriorityId("safe").build(),
            PlanAlignment.builder().planKind(ExternalPlanKind.PUBLIC_SERVICES_BOARD_PLAN)
                .planName("Public Services Board well-being plan").build()).build())
        .build();

    assertThat(VALIDATOR.validate(p)).isEmpty();
    assertThat(p.officeholders(Office.CHAIR, "steering", D)).extracting(Person::id)
        .containsExactly("superintendent", "director");
    assertThat(p.chairs(D)).isEmpty();
    assertThat(p.strategies().get(0).alignments()).allSatisfy(a -> assertThat(a.externalPriority()).isEmpty());
    assertThat(p.statutoryMemberships()).extracting(m -> m.healthBodyKind())
        .contains(java.util.Optional.of(HealthBodyKind.LOCAL_HEALTH_BOARD));
  }

  @Test
  void aPartnershipMergedWithTheSafeguardingBoards_withAPlanOwnedJointlyWithThePcc() {
    Partnership p = english("harbour-csp", LocalGovernmentStructure.UNITARY)
        .addOrganisations(council("city", LocalAuthorityTier.UNITARY),
            Organisation.builder().from(org("pcc", OrganisationType.LOCAL_POLICING_BODY))
                .policingBodyKind(LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER).build(),
            org("yot", OrganisationType.YOUTH_JUSTICE), org("school", OrganisationType.EDUCATION))
        .addMemberships(Membership.responsibleAuthority("city", ResponsibleAuthorityType.LOCAL_AUTHORITY),
            Membership.builder().organisationId("pcc").role(MembershipRole.LOCAL_POLICING_BODY).build(),
            Membership.nonStatutory("yot", PartnerCategory.YOUTH_JUSTICE))
        .addGovernanceBodies(
            GovernanceBody.builder().id("keep-safe").name("Keeping Harbour Safe Executive Board")
                .type(GovernanceBodyType.EXECUTIVE_GROUP).statutoryFunctions(EnumSet.of(
                    StatutoryFunction.COMMUNITY_SAFETY_PARTNERSHIP, StatutoryFunction.SAFEGUARDING_CHILDREN,
                    StatutoryFunction.SAFEGUARDING_ADULTS)).build(),
            GovernanceBody.builder().id("communities-group").name("Keeping Communities Safe Delivery Group")
                .type(GovernanceBodyType.DELIVERY_GROUP).addReportsTo(ReportingLine.builder()
                    .toBodyId("keep-safe").frequency(Frequency.QUARTERLY).addReports(ReportKind.PERFORMANCE)
                    .build()).build())
        .addStrategy(Strategy.builder().from(plan("violence")).kind(StrategyKind.JOINT_PLAN)
            .addCoOwnerOrganisationId("pcc").sentToPccOn(LocalDate.of(2023, 4, 20)).build())
        .statutory(StatutoryRecords.builder()
            .addReview(StatutoryReview.builder().id("dhr-2024-1").kind(StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW)
                .reference("DHR 2024/1").notifiedOn(LocalDate.of(2024, 1, 10)).decision(ReviewDecision.COMMISSIONED)
                .decidedOn(LocalDate.of(2024, 2, 2)).homeOfficeNotifiedOn(LocalDate.of(2024, 2, 5)).build())
            .seriousViolenceDuty(SeriousViolenceDuty.builder()
                .addSpecifiedAuthorities(SpecifiedAuthority.of("city", SpecifiedAuthorityType.LOCAL_AUTHORITY),
                    SpecifiedAuthority.of("police", SpecifiedAuthorityType.CHIEF_OFFICER_OF_POLICE),
                    SpecifiedAuthority.of("yot", SpecifiedAuthorityType.YOUTH_OFFENDING_TEAM))
                .leadBodyId("keep-safe").localDefinition("Homicide, knife crime and violence causing serious injury")
                .strategy(SeriousViolenceStrategy.builder().title("Serious Violence Strategy")
                    .publishedOn(LocalDate.of(2024, 1, 25)).build())
                .addConsultation(SvdConsultation.builder().organisationId("school")
                    .kind(RelevantAuthorityKind.EDUCATIONAL).consultedOn(LocalDate.of(2023, 11, 1)).build())
                .build())
            .build())
        .build();

    assertThat(VALIDATOR.validate(p)).isEmpty();
    assertThat(p.governanceBody("keep-safe").orElseThrow().statutoryFunctions())
        .contains(StatutoryFunction.SAFEGUARDING_CHILDREN, StatutoryFunction.SAFEGUARDING_ADULTS);
    assertThat(p.strategies().get(0).kind()).isEqualTo(StrategyKind.JOINT_PLAN);
    assertThat(p.strategies().get(0).coOwnerOrganisationIds()).containsExactly("pcc");
    assertThat(p.statutoryMemberships()).extracting(Membership::organisationId).doesNotContain("pcc", "yot");
    assertThat(p.statutory().seriousViolenceDuty().orElseThrow().specifiedAuthorities())
        .extracting(SpecifiedAuthority::organisationId).contains("yot");
  }

  @Test
  void aLondonBorough_withTheMetsCommissionerTheLondonFireCommissionerAndMopac() {
    Partnership p = english("borough-csp", LocalGovernmentStructure.LONDON_BOROUGH)
        .organisations(List.of(council("borough", LocalAuthorityTier.LONDON_BOROUGH),
            Organisation.builder().from(org("met", OrganisationType.POLICE_FORCE))
                .chiefOfficer(ChiefOfficerKind.COMMISSIONER_OF_POLICE_OF_THE_METROPOLIS).build(),
            Organisation.builder().from(org("lfc", OrganisationType.FIRE_AND_RESCUE))
                .fireAuthorityKind(FireAuthorityKind.LONDON_FIRE_COMMISSIONER).build(),
            Organisation.builder().from(org("mopac", OrganisationType.LOCAL_POLICING_BODY))
                .policingBodyKind(LocalPolicingBodyKind.MAYORS_OFFICE_FOR_POLICING_AND_CRIME).build()))
        .memberships(List.of(
            Membership.responsibleAuthority("borough", ResponsibleAuthorityType.LOCAL_AUTHORITY),
            Membership.responsibleAuthority("met", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE),
            Membership.responsibleAuthority("lfc", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY),
            Membership.builder().organisationId("mopac").role(MembershipRole.LOCAL_POLICING_BODY).build()))
        .addStrategy(plan("safe"))
        .build();

    assertThat(VALIDATOR.validate(p)).isEmpty();
    assertThat(p.organisation("met").orElseThrow().chiefOfficer())
        .contains(ChiefOfficerKind.COMMISSIONER_OF_POLICE_OF_THE_METROPOLIS);
    assertThat(p.organisation("lfc").orElseThrow().fireAuthorityKind())
        .contains(FireAuthorityKind.LONDON_FIRE_COMMISSIONER);
    assertThat(p.memberships().get(3).isStatutory()).isFalse();
  }

  @Test
  void aDistrictThatRagRatesItsActionPlanSixMonthlyToScrutiny() {
    Action hotspots = Action.builder().id("hotspots").title("Patrol ASB hotspots").ownerOrganisationId("police")
        .dueDate(LocalDate.of(2025, 3, 31)).status(ActionStatus.AT_RISK)
        .addUpdate(ProgressUpdate.builder().date(LocalDate.of(2024, 10, 1)).status(ActionStatus.ON_TRACK)
            .rag(RagStatus.GREEN).build())
        .addUpdate(ProgressUpdate.builder().date(LocalDate.of(2025, 4, 1)).status(ActionStatus.AT_RISK)
            .rag(RagStatus.AMBER).note("Two of three patrol zones staffed").build())
        .build();
    Partnership p = english("vale-csp", LocalGovernmentStructure.TWO_TIER_DISTRICT)
        .addOrganisation(council("district", LocalAuthorityTier.DISTRICT))
        .addMembership(Membership.responsibleAuthority("district", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMeasure(Fixtures.measure("asb"))
        .addGovernanceBodies(
            GovernanceBody.builder().id("csp-board").name("Vale CSP").type(GovernanceBodyType.STRATEGIC_BOARD)
                .meetingFrequency(Frequency.QUARTERLY).addReportsTo(ReportingLine.builder()
                    .toBodyId("overview-scrutiny").frequency(Frequency.SIX_MONTHLY)
                    .addReports(ReportKind.ACTION_PLAN, ReportKind.PERFORMANCE).build()).build(),
            GovernanceBody.builder().id("overview-scrutiny").name("Overview and Scrutiny Committee")
                .type(GovernanceBodyType.SCRUTINY_COMMITTEE).addOwnerOrganisationId("district").build())
        .addStrategy(Strategy.builder().from(plan("asb")).addFocusArea(FocusArea.builder().id("asb-theme")
                .kind(FocusAreaKind.THEME).title("ASB").addPriorityId("asb").addHowWeWillDoIt(hotspots).build())
            .addDocument(PlanDocument.builder().id("action-plan-2024").kind(PlanDocumentKind.ANNUAL_ACTION_PLAN)
                .title("Action Plan 2024-25 (Annex B)").period(FinancialYear.of(2024)).status(StrategyStatus.ACTIVE)
                .addRevisedOn(LocalDate.of(2024, 10, 1)).addActionId("hotspots").build())
            .performanceFramework(PerformanceFramework.builder().addMeasureId("asb")
                .reportedToBodyId("overview-scrutiny").frequency(Frequency.SIX_MONTHLY).build())
            .addRevision(StrategyRevision.builder().version("2025 refresh").kind(RevisionKind.ANNUAL_REFRESH)
                .year(2025).agreedOn(LocalDate.of(2025, 4, 20)).sentToPccOn(LocalDate.of(2025, 5, 1)).build())
            .build())
        .addEngagement(Engagement.builder().id("survey-2024").title("Residents' community safety survey")
            .period(DateRange.ofClosed(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 16)))
            .method(EngagementMethod.SURVEY).addGroups("residents", "young people").participants(812)
            .addInformedStrategyId("plan").build())
        .addMeeting(Meeting.builder().id("public-2024").bodyId("csp-board").date(LocalDate.of(2024, 3, 5))
            .format(MeetingFormat.PUBLIC).status(MeetingStatus.HELD).addBusiness(MeetingBusiness.PUBLIC_ENGAGEMENT)
            .addAttendeeOrganisationIds("district", "police").build())
        .statutory(StatutoryRecords.builder()
            .asbCaseReview(AsbCaseReviewArrangements.builder().localThreshold(3).thresholdWindowMonths(6)
                .addRelevantBodyOrganisationIds("district", "police").publishedOn(LocalDate.of(2024, 5, 1))
                .addFigure(AsbCaseReviewFigures.builder().period(FinancialYear.of(2023)).applications(9)
                    .thresholdNotMet(4).reviewsCarriedOut(5).reviewsWithRecommendations(3)
                    .publishedOn(LocalDate.of(2024, 5, 1)).build()).build())
            .informationSharing(InformationSharing.builder().addDataFeed(DataFeed.builder().id("asb-incidents")
                .supplierOrganisationId("police").dataset("ASB incidents by sub-category")
                .frequency(Frequency.QUARTERLY).lastPeriodSupplied(Quarter.parse("2024/25 Q1")).build()).build())
            .build())
        .build();

    assertThat(VALIDATOR.validate(p)).isEmpty();
    ReportingLine line = p.governanceBody("csp-board").orElseThrow().reportsTo().get(0);
    assertThat(line.frequency()).isEqualTo(Frequency.SIX_MONTHLY);
    assertThat(line.reports()).contains(ReportKind.ACTION_PLAN);
    Action read = p.strategies().get(0).actions().get(0);
    assertThat(read.updates()).extracting(u -> u.rag().orElseThrow()).containsExactly(RagStatus.GREEN, RagStatus.AMBER);
    assertThat(read.statusOn(LocalDate.of(2025, 1, 1))).isEqualTo(ActionStatus.ON_TRACK);
    assertThat(p.strategies().get(0).documents().get(0).actionIds()).containsExactly("hotspots");
    assertThat(p.statutory().asbCaseReview().orElseThrow().figures().get(0).reviewsWithRecommendations()).isEqualTo(3);
    assertThat(p.strategies().get(0).revisions().get(0).sentToPccOn()).contains(LocalDate.of(2025, 5, 1));
  }

  @Test
  void aNewPartnershipWithNoKnownGssCode_labelsWhatIsProvisional() {
    Provenance draft = Provenance.inferred("Draft plan, May 2024", "period and priorities not yet agreed");
    Partnership p = Partnership.builder().id("new-csp").name("New Community Safety Partnership")
        .nation(Nation.ENGLAND)
        .area(GeographyRef.builder().type(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).name("New")
            .provenance(Provenance.illustrative("no ONS code has been issued yet")).build())
        .structure(LocalGovernmentStructure.UNITARY)
        .addOrganisation(council("council", LocalAuthorityTier.UNITARY))
        .addMembership(Membership.builder().from(Membership.responsibleAuthority("council",
            ResponsibleAuthorityType.LOCAL_AUTHORITY)).provenance(draft).build())
        .addPerson(Person.builder().id("lead").displayName("Lead officer").provenance(draft).build())
        .addOfficeholder(Officeholder.builder().office(Office.CHAIR).personId("lead").provenance(draft).build())
        .addStrategy(Strategy.builder().from(plan("p1")).periodProvenance(draft)
            .priorities(List.of(Priority.builder().id("p1").order(1).title("Priority").provenance(draft).build()))
            .build())
        .build();

    assertThat(VALIDATOR.validate(p)).isEmpty();
    assertThat(p.area().code()).isEmpty();
    assertThat(p.area().provenance().isIllustrative()).isTrue();
    assertThat(p.strategies().get(0).periodProvenance().kind()).isEqualTo(ProvenanceKind.INFERRED);
    assertThat(p.officeholders().get(0).provenance()).isEqualTo(draft);
  }
}
