package io.github.sscp.rules.compliance;

import static io.github.sscp.rules.compliance.Csp.england;
import static io.github.sscp.rules.compliance.Csp.org;
import static io.github.sscp.rules.compliance.Csp.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.strategy.Engagement;
import io.github.sscp.model.strategy.EngagementMethod;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.governance.BodySeat;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingBusiness;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.statutory.AsbCaseReviewArrangements;
import io.github.sscp.model.statutory.AsbCaseReviewFigures;
import io.github.sscp.model.statutory.CombinationAgreement;
import io.github.sscp.model.statutory.CommunitySafetyAgreement;
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
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.strategy.RevisionKind;
import io.github.sscp.model.time.CalendarYear;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples for the rules that read the partnership's statutory records and meetings. */
class RecordsExamplesTest {

  static final LocalDate ON = LocalDate.of(2024, 7, 1);

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static Partnership.Builder withPcc() {
    return england().addOrganisation(Organisation.builder().id("opcc").name("Commissioner")
        .type(OrganisationType.LOCAL_POLICING_BODY)
        .policingBodyKind(LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER).build());
  }

  static Finding finding(Partnership p, String rule, LocalDate on) {
    return Catalogue.statutory().evaluate(p, on).finding(rule);
  }

  @Test
  void aMergedPartnershipNeedsEveryAuthorityAndTheCommissionerAsParties() {
    Partnership.Builder merged = withPcc().merged(true);
    assertThat(outcome(merged.build(), "CDA98-S5A-COMBINATION", ON)).isEqualTo(Outcome.NOT_MET);
    CombinationAgreement some = CombinationAgreement.builder().madeOn(d(2014, 1, 1))
        .partyOrganisationIds(List.of("council", "police")).build();
    Finding partial = finding(merged.statutory(StatutoryRecords.builder().combinationAgreement(some).build())
        .build(), "CDA98-S5A-COMBINATION", ON);
    assertThat(partial.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(partial.sentence()).contains("missing responsible authorities: Fire, Icb, Probation")
        .contains("commissioner is not a party");
    CombinationAgreement all = CombinationAgreement.builder().madeOn(d(2014, 1, 1))
        .partyOrganisationIds(List.of("council", "police", "fire", "icb", "probation", "opcc")).build();
    Partnership complete = merged.statutory(StatutoryRecords.builder().combinationAgreement(all).build()).build();
    assertThat(outcome(complete, "CDA98-S5A-COMBINATION", ON)).isEqualTo(Outcome.MET);
    Partnership twoForces = Partnership.builder().from(complete).policeForceAreas(List.of(
        io.github.sscp.model.geography.GeographyRef.of(io.github.sscp.model.geography.GssCode.of("E23000030"), "A"),
        io.github.sscp.model.geography.GeographyRef.of(io.github.sscp.model.geography.GssCode.of("E23000031"), "B")))
        .build();
    assertThat(finding(twoForces, "CDA98-S5A-COMBINATION", ON).sentence()).contains("Secretary of State");
    assertThat(outcome(twoForces, "CDA98-S5A-COMBINATION", d(2012, 11, 21))).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void aTwoTierAreaNeedsTheCountyCouncilAndItsCommunitySafetyAgreement() {
    Partnership.Builder district = england().structure(LocalGovernmentStructure.TWO_TIER_DISTRICT);
    assertThat(finding(district.build(), "CDA98-S5-RA-COUNCIL", ON).sentence()).contains("no county council");
    Partnership withCounty = district.addOrganisation(Organisation.builder().id("county").name("County")
        .type(OrganisationType.LOCAL_AUTHORITY).localAuthorityTier(LocalAuthorityTier.COUNTY).build())
        .addMembership(Csp.ra("county", io.github.sscp.model.organisation.ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .build();
    assertThat(outcome(withCounty, "CDA98-S5-RA-COUNCIL", ON)).isEqualTo(Outcome.MET);
    CommunitySafetyAgreement unsent = CommunitySafetyAgreement.builder().id("csa").title("County agreement")
        .period(FinancialYear.of(2024)).build();
    Partnership p = Partnership.builder().from(withCounty).statutory(StatutoryRecords.builder()
        .addCommunitySafetyAgreement(unsent).build()).build();
    assertThat(outcome(p, "SI2007-R9-CSA-TWO-TIER", ON)).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(Partnership.builder().from(p).statutory(StatutoryRecords.builder()
        .addCommunitySafetyAgreement(CommunitySafetyAgreement.builder().from(unsent).sentToPccOn(d(2024, 5, 1))
            .build()).build()).build(), "SI2007-R9-CSA-TWO-TIER", ON)).isEqualTo(Outcome.MET);
    Partnership old = Partnership.builder().from(p).statutory(StatutoryRecords.builder()
        .addCommunitySafetyAgreement(CommunitySafetyAgreement.builder().from(unsent).period(FinancialYear.of(2011))
            .build()).build()).build();
    assertThat(outcome(old, "SI2007-R9-CSA-TWO-TIER", d(2011, 6, 1))).isEqualTo(Outcome.MET);
    assertThat(outcome(old, "SI2007-R9-CSA-TWO-TIER", ON)).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void everyMissingKindOfAuthorityIsNamed() {
    Partnership noFire = england().memberships(england().build().memberships().stream()
        .filter(m -> !m.organisationId().equals("fire")).toList()).build();
    Finding f = finding(noFire, "CDA98-S5-COMPLETENESS", ON);
    assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(f.sentence()).isEqualTo("Missing or wrong on 1 July 2024: the fire and rescue authority.");
    assertThat(finding(noFire, "CDA98-S5-RA-FIRE", ON).sentence()).isEqualTo(
        "No fire and rescue authority is a responsible-authority member on 1 July 2024.");
    assertThat(finding(england().build(), "CDA98-S5-RA-POLICE", ON).sentence())
        .isEqualTo("Police is the chief officer of police on 1 July 2024.");
  }

  @Test
  void aStrategicAssessmentCountsForTwelveMonthsAndMustCoverTheStrands() {
    StrategicAssessment sa = StrategicAssessment.builder().id("sa").title("Strategic assessment 2023")
        .periodCovered(CalendarYear.of(2023)).published(true).publishedOn(d(2024, 2, 1))
        .strandsCovered(EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER, StatutoryStrand.SUBSTANCE_MISUSE,
            StatutoryStrand.REOFFENDING)).build();
    Partnership p = england().addStrategicAssessment(sa).build();
    assertThat(outcome(p, "SI2007-R5-7-STRATEGIC-ASSESSMENT", d(2024, 1, 31))).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(outcome(p, "SI2007-R5-7-STRATEGIC-ASSESSMENT", d(2024, 2, 1))).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "SI2007-R5-7-STRATEGIC-ASSESSMENT", d(2025, 1, 31))).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "SI2007-R5-7-STRATEGIC-ASSESSMENT", d(2025, 2, 1))).isEqualTo(Outcome.NOT_MET);
    Partnership narrow = england().addStrategicAssessment(StrategicAssessment.builder().from(sa)
        .strandsCovered(EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER)).build()).build();
    assertThat(finding(narrow, "SI2007-R5-7-STRATEGIC-ASSESSMENT", ON).sentence()).contains("substance misuse")
        .contains("combating substance misuse (s6(1)(b)) and reducing re-offending (s6(1)(c))");
    Partnership monthOnly = england().addStrategicAssessment(StrategicAssessment.builder().id("sa").title("SA")
        .periodCovered(CalendarYear.of(2023)).published(true).publishedIn(java.time.YearMonth.of(2024, 2)).build())
        .build();
    assertThat(outcome(monthOnly, "SI2007-R5-7-STRATEGIC-ASSESSMENT", d(2024, 2, 28))).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(outcome(monthOnly, "SI2007-R5-7-STRATEGIC-ASSESSMENT", d(2024, 2, 29))).isEqualTo(Outcome.MET);
    assertThat(outcome(england().addStrategicAssessment(StrategicAssessment.builder().id("x").title("Undated")
        .periodCovered(CalendarYear.of(2023)).published(false).build()).build(), "SI2007-R5-7-STRATEGIC-ASSESSMENT", ON))
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void thePlanMustBeRevisedWithinTwelveMonthsAndEachVersionSentToTheCommissioner() {
    Strategy base = Strategy.builder().from(Csp.strategy(EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER)))
        .period(DateRange.of(d(2022, 4, 1), d(2027, 4, 1))).sentToPccOn(d(2022, 5, 1))
        .addRevision(StrategyRevision.builder().version("2023").year(2023).kind(RevisionKind.ANNUAL_REFRESH)
            .agreedOn(d(2023, 6, 1)).build()).build();
    Partnership p = england().strategies(List.of(base)).build();
    assertThat(outcome(p, "SI2007-R10-11-PARTNERSHIP-PLAN", d(2024, 5, 31))).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "SI2007-R10-11-PARTNERSHIP-PLAN", d(2024, 6, 1))).isEqualTo(Outcome.NOT_MET);
    Finding unsent = finding(p, "SI2007-R13A-PLAN-TO-PCC", ON);
    assertThat(unsent.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(unsent.sentence()).contains("revision 2023");
    assertThat(outcome(p, "SI2007-R13A-PLAN-TO-PCC", d(2023, 5, 31))).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "PRSRA11-S10-1-PCC-REGARD", ON)).isEqualTo(Outcome.MET);
    assertThat(StrategyRegulations2007.lastAgreed(base, d(2022, 4, 30))).contains(d(2022, 4, 1));
    assertThat(StrategyRegulations2007.lastAgreed(base, ON)).contains(d(2023, 6, 1));
    assertThat(outcome(england().strategies(List.of()).build(), "SI2007-R10-11-PARTNERSHIP-PLAN", ON))
        .isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(england().strategies(List.of()).build(), "SI2007-R13A-PLAN-TO-PCC", ON))
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(england().strategies(List.of()).build(), "CDA98-S6-1A-CRIME-DISORDER", ON))
        .isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void engagementMeetingsAndTheCommissionersPartAreReadFromTheRecords() {
    GovernanceBody board = GovernanceBody.builder().id("board").name("Board")
        .type(GovernanceBodyType.STRATEGIC_BOARD).addSeat(BodySeat.of("council")).build();
    Partnership p = withPcc().addGovernanceBody(board)
        .addEngagement(Engagement.builder().id("e").title("Residents' survey").period(FinancialYear.of(2023))
            .method(EngagementMethod.SURVEY).addInformedStrategyId("plan").build())
        .addMeeting(Meeting.builder().id("public").bodyId("board").date(d(2024, 3, 1)).status(MeetingStatus.HELD)
            .addBusiness(MeetingBusiness.PUBLIC_ENGAGEMENT).addAttendeeOrganisationId("opcc").build())
        .addMeeting(Meeting.builder().id("called").bodyId("board").date(d(2024, 4, 1)).status(MeetingStatus.HELD)
            .calledByOrganisationId("opcc").attendeeOrganisationIds(List.of("council", "police", "fire", "icb"))
            .build())
        .build();
    assertThat(outcome(p, "SI2007-R12-COMMUNITY-ENGAGEMENT", ON)).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "SI2007-R12-4-PUBLIC-MEETINGS", d(2011, 5, 1))).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(outcome(p, "SI2007-R12-4-PUBLIC-MEETINGS", ON)).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "PRSRA11-S10-2-MUTUAL-COOPERATION", ON)).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "PRSRA11-S10-2-MUTUAL-COOPERATION", d(2025, 3, 2))).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    Finding called = finding(p, "CDA98-S6-4A-PCC-MEETINGS", ON);
    assertThat(called.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(called.sentence()).contains("Probation");
    assertThat(outcome(p, "SI2007-R14A-PCC-MEETING", ON)).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(p, "SI2007-R3-STRATEGY-GROUP", ON)).isEqualTo(Outcome.NOT_MET);
    Partnership member = withPcc().addMembership(Membership.builder().organisationId("opcc")
        .role(MembershipRole.LOCAL_POLICING_BODY).build()).build();
    assertThat(outcome(member, "PRSRA11-S10-2-MUTUAL-COOPERATION", ON)).isEqualTo(Outcome.MET);
    Partnership shared = england().statutory(StatutoryRecords.builder().informationSharing(
        io.github.sscp.model.statutory.InformationSharing.builder().addAgreement(InformationSharingAgreement.builder()
            .id("isa").title("Partnership information sharing agreement").signedOn(d(2020, 1, 1)).build())
            .build()).build()).build();
    assertThat(outcome(shared, "SI2007-INFO-SHARING-PROTOCOL", ON)).isEqualTo(Outcome.MET);
  }

  @Test
  void domesticHomicideReviewsAreDecidedWithinAMonthAndSentToTheCommissioner() {
    StatutoryReview pending = StatutoryReview.builder().id("dhr-1").kind(StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW)
        .notifiedOn(d(2024, 1, 10)).decision(ReviewDecision.PENDING).build();
    Partnership p = england().statutory(StatutoryRecords.builder().addReview(pending).build()).build();
    assertThat(outcome(p, "DVCVA04-S9-DHR", d(2024, 2, 10))).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "DVCVA04-S9-DHR", d(2024, 2, 11))).isEqualTo(Outcome.NOT_MET);
    StatutoryReview done = StatutoryReview.builder().id("dhr-2").kind(StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW)
        .notifiedOn(d(2023, 1, 10)).decision(ReviewDecision.COMMISSIONED).decidedOn(d(2023, 3, 1))
        .sentToHomeOfficeOn(d(2023, 12, 1)).publishedOn(d(2024, 3, 1)).build();
    Partnership q = england().statutory(StatutoryRecords.builder().addReview(done).build()).build();
    assertThat(outcome(q, "DVCVA04-S9-DHR", ON)).isEqualTo(Outcome.MET);
    assertThat(outcome(q, "DVCVA04-S9-3B-DAC-COPY", ON)).isEqualTo(Outcome.ADVISORY);
    assertThat(outcome(q, "DVCVA04-S9-3B-DAC-COPY", d(2024, 2, 1))).isEqualTo(Outcome.NOT_APPLICABLE);
    Finding late = finding(q, "DHR-GUIDANCE-TIMESCALES", ON);
    assertThat(late.outcome()).isEqualTo(Outcome.ADVISORY);
    assertThat(late.evidence()).containsExactly("statutory.reviews[0].decidedOn",
        "statutory.reviews[0].sentToHomeOfficeOn");
    Partnership sent = england().statutory(StatutoryRecords.builder().addReview(StatutoryReview.builder().from(done)
        .sentToDomesticAbuseCommissionerOn(d(2024, 3, 2)).decidedOn(d(2023, 1, 20))
        .sentToHomeOfficeOn(d(2023, 7, 1)).build()).build()).build();
    assertThat(outcome(sent, "DVCVA04-S9-3B-DAC-COPY", ON)).isEqualTo(Outcome.MET);
    assertThat(outcome(sent, "DHR-GUIDANCE-TIMESCALES", ON)).isEqualTo(Outcome.MET);
    assertThat(outcome(england().build(), "DVCVA04-S9-DHR", d(2011, 4, 12))).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  static AsbCaseReviewArrangements asb() {
    return AsbCaseReviewArrangements.builder().localThreshold(3)
        .relevantBodyOrganisationIds(List.of("council", "police", "icb")).pointOfContact("asb@council.example")
        .procedureUrl("https://council.example/asb-case-review").publishedOn(d(2020, 1, 1))
        .pccConsultedOn(d(2019, 12, 1)).addFigure(AsbCaseReviewFigures.builder().period(FinancialYear.of(2023))
            .applications(12).thresholdNotMet(4).reviewsCarriedOut(8).reviewsWithRecommendations(6)
            .publishedOn(d(2024, 5, 1)).build()).build();
  }

  @Test
  void theAsbCaseReviewIsCheckedAgainstItsOwnRelevantBodies() {
    Partnership p = england().statutory(StatutoryRecords.builder().asbCaseReview(asb()).build()).build();
    for (String rule : List.of("ASBCPA14-S104-PROCEDURES", "ASBCPA14-S104-THRESHOLD", "ASBCPA14-S104-PUBLISH-DATA",
        "ASBCPA14-S105-RELEVANT-BODIES", "ASBCPA14-SCH4-CONSULT-PCC")) {
      assertThat(outcome(p, rule, ON)).as(rule).isEqualTo(Outcome.MET);
    }
    assertThat(outcome(p, "ASBCPA14-S104-PUBLISH-DATA", d(2025, 5, 2))).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(p, "ASBCPA14-S104-PUBLISH-DATA", d(2015, 10, 19))).isEqualTo(Outcome.NOT_APPLICABLE);
    Partnership noHealth = england().statutory(StatutoryRecords.builder().asbCaseReview(
        AsbCaseReviewArrangements.builder().from(asb()).relevantBodyOrganisationIds(List.of("council", "police"))
            .build()).build()).build();
    assertThat(finding(noHealth, "ASBCPA14-S105-RELEVANT-BODIES", ON).sentence()).contains("integrated care board");
    assertThat(finding(noHealth, "ASBCPA14-S105-RELEVANT-BODIES", d(2022, 6, 30)).sentence())
        .contains("clinical commissioning group");
    Partnership bare = england().statutory(StatutoryRecords.builder().asbCaseReview(
        AsbCaseReviewArrangements.builder().localThreshold(2).build()).build()).build();
    assertThat(finding(bare, "ASBCPA14-S104-PROCEDURES", ON).sentence())
        .isEqualTo("Missing: the published procedure and the point of contact.");
    assertThat(outcome(bare, "ASBCPA14-SCH4-CONSULT-PCC", ON)).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(bare, "ASBCPA14-S104-PUBLISH-DATA", ON)).isEqualTo(Outcome.NOT_MET);
  }

  static SeriousViolenceDuty svd(List<SpecifiedAuthority> authorities, List<SvdConsultation> consulted) {
    return SeriousViolenceDuty.builder().specifiedAuthorities(authorities).leadBodyId("board")
        .addNeedsAssessmentId("sna").strategy(SeriousViolenceStrategy.builder().title("Serious violence strategy")
            .publishedOn(d(2024, 1, 15)).url("https://council.example/sv").sentToHomeOfficeOn(d(2024, 1, 20)).build())
        .consultations(consulted).build();
  }

  @Test
  void theSeriousViolenceDutyHasItsOwnSpecifiedAuthorities() {
    List<SpecifiedAuthority> all = List.of(SpecifiedAuthority.of("council", SpecifiedAuthorityType.LOCAL_AUTHORITY),
        SpecifiedAuthority.of("police", SpecifiedAuthorityType.CHIEF_OFFICER_OF_POLICE),
        SpecifiedAuthority.of("fire", SpecifiedAuthorityType.FIRE_AND_RESCUE_AUTHORITY),
        SpecifiedAuthority.of("icb", SpecifiedAuthorityType.HEALTH_BODY),
        SpecifiedAuthority.of("probation", SpecifiedAuthorityType.PROBATION_PROVIDER),
        SpecifiedAuthority.of("council", SpecifiedAuthorityType.YOUTH_OFFENDING_TEAM));
    List<SvdConsultation> consulted = List.of(
        SvdConsultation.builder().organisationId("college").kind(RelevantAuthorityKind.EDUCATIONAL).consultedOn(d(2023, 9, 1)).build(),
        SvdConsultation.builder().organisationId("prison").kind(RelevantAuthorityKind.PRISON).consultedOn(d(2023, 9, 1)).build(),
        SvdConsultation.builder().organisationId("yoi").kind(RelevantAuthorityKind.YOUTH_CUSTODY).consultedOn(d(2023, 9, 1)).build());
    Partnership p = england().statutory(StatutoryRecords.builder().seriousViolenceDuty(svd(all, consulted)).build()).build();
    for (String rule : List.of("PCSC22-S8-COLLABORATE", "PCSC22-S8-3-SNA-STRATEGY", "PCSC22-S8-4-CONSULT-RELEVANT",
        "PCSC22-S11-SPECIFIED-AUTHS", "PCSC22-SV-REGS-PUBLISH")) {
      assertThat(outcome(p, rule, ON)).as(rule).isEqualTo(Outcome.MET);
    }
    Partnership noYot = england().statutory(StatutoryRecords.builder().seriousViolenceDuty(
        svd(all.subList(0, 5), consulted.subList(0, 2))).build()).build();
    assertThat(finding(noYot, "PCSC22-S11-SPECIFIED-AUTHS", ON).sentence()).contains("youth offending team");
    assertThat(finding(noYot, "PCSC22-S8-4-CONSULT-RELEVANT", ON).sentence()).contains("youth custody");
    assertThat(outcome(noYot, "PCSC22-S8-3-SNA-STRATEGY", d(2024, 1, 10))).isEqualTo(Outcome.ADVISORY);
    Partnership empty = england().statutory(StatutoryRecords.builder().seriousViolenceDuty(
        SeriousViolenceDuty.builder().build()).build()).build();
    assertThat(outcome(empty, "PCSC22-S8-COLLABORATE", ON)).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(empty, "PCSC22-S8-3-SNA-STRATEGY", ON)).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(empty, "PCSC22-S8-4-CONSULT-RELEVANT", ON)).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(empty, "PCSC22-S11-SPECIFIED-AUTHS", ON)).isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void coOperatingAndParticipatingBodiesAreTheirOwnRoles() {
    Partnership none = england().build();
    assertThat(outcome(none, "CDA98-S5-2-COOPERATING", ON)).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(outcome(none, "CDA98-S5-3-PARTICIPANTS", ON)).isEqualTo(Outcome.ADVISORY);
    Partnership both = england().addOrganisation(org("school", OrganisationType.EDUCATION))
        .addOrganisation(org("victim-support", OrganisationType.VOLUNTARY_OR_COMMUNITY))
        .addMembership(Membership.builder().organisationId("school").role(MembershipRole.CO_OPERATING_BODY)
            .validity(DateRange.of(d(2020, 1, 1), d(2030, 1, 1))).build())
        .addMembership(Membership.builder().organisationId("victim-support").role(MembershipRole.PARTICIPATING_BODY)
            .build()).build();
    assertThat(finding(both, "CDA98-S5-2-COOPERATING", ON).sentence())
        .isEqualTo("1 co-operating body is recorded on 1 July 2024.");
    assertThat(finding(both, "CDA98-S5-2-COOPERATING", ON).evidence()).containsExactly("memberships[5]");
    assertThat(outcome(both, "CDA98-S5-2-COOPERATING", d(2019, 12, 31))).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(outcome(both, "CDA98-S5-3-PARTICIPANTS", ON)).isEqualTo(Outcome.MET);
    assertThat(finding(both, "CDA98-S5-3-PARTICIPANTS", ON).evidence()).containsExactly("memberships[6]");
  }

  @Test
  void theStrategyGroupNeedsTwoMembersAppointedByAuthorities() {
    GovernanceBody.Builder group = GovernanceBody.builder().id("group").name("Strategy group")
        .type(GovernanceBodyType.STRATEGY_GROUP);
    Partnership noSeats = england().addGovernanceBody(group.build()).build();
    assertThat(outcome(noSeats, "SI2007-R3-STRATEGY-GROUP", ON)).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    Partnership one = england().addOrganisation(org("charity", OrganisationType.VOLUNTARY_OR_COMMUNITY))
        .addGovernanceBody(group.seats(List.of(BodySeat.of("council"), BodySeat.of("charity"))).build()).build();
    assertThat(finding(one, "SI2007-R3-STRATEGY-GROUP", ON).sentence())
        .isEqualTo("Strategy group has 1 member appointed by responsible authorities; the law needs two or more.");
    Partnership appointed = england().addOrganisation(org("charity", OrganisationType.VOLUNTARY_OR_COMMUNITY))
        .addGovernanceBody(group.seats(List.of(BodySeat.of("council"), BodySeat.builder().organisationId("charity")
            .appointedByOrganisationId("police").build())).build()).build();
    assertThat(outcome(appointed, "SI2007-R3-STRATEGY-GROUP", ON)).isEqualTo(Outcome.MET);
    Partnership subgroup = england().addGovernanceBody(GovernanceBody.builder().id("sub").name("Sub")
        .type(GovernanceBodyType.SUBGROUP).addSeat(BodySeat.of("council")).addSeat(BodySeat.of("police")).build())
        .build();
    assertThat(outcome(subgroup, "SI2007-R3-STRATEGY-GROUP", ON)).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    Partnership viaFunction = england().addGovernanceBody(GovernanceBody.builder().id("sub").name("Sub")
        .type(GovernanceBodyType.SUBGROUP).addStatutoryFunction(
            io.github.sscp.model.governance.StatutoryFunction.COMMUNITY_SAFETY_PARTNERSHIP)
        .addSeat(BodySeat.of("council")).addSeat(BodySeat.of("police")).build()).build();
    assertThat(outcome(viaFunction, "SI2007-R3-STRATEGY-GROUP", ON)).isEqualTo(Outcome.MET);
  }

  @Test
  void theTimelineFindsAScrutinyMeetingAndItsExpiry() {
    GovernanceBody committee = GovernanceBody.builder().id("scrutiny").name("Overview and Scrutiny")
        .type(GovernanceBodyType.SCRUTINY_COMMITTEE).addOwnerOrganisationId("council")
        .addStatutoryFunction(io.github.sscp.model.governance.StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY).build();
    Partnership p = england().addGovernanceBody(committee).addMeeting(Meeting.builder().id("m").bodyId("scrutiny")
        .date(d(2023, 10, 12)).status(MeetingStatus.HELD).build())
        .addMeeting(Meeting.builder().id("cancelled").bodyId("scrutiny").date(d(2024, 9, 1))
            .status(MeetingStatus.CANCELLED).build()).build();
    List<TimelineEntry> t = Catalogue.statutory().timeline(p, d(2023, 1, 1), d(2025, 12, 31)).stream()
        .filter(e -> e.ruleId().equals("PJA06-S19-CDC-ANNUAL")).toList();
    assertThat(t).extracting(TimelineEntry::date, TimelineEntry::before, TimelineEntry::after).containsExactly(
        org.assertj.core.groups.Tuple.tuple(d(2023, 10, 12), Outcome.INSUFFICIENT_EVIDENCE, Outcome.MET),
        org.assertj.core.groups.Tuple.tuple(d(2024, 10, 12), Outcome.MET, Outcome.NOT_MET));
    assertThat(t.get(0).why()).startsWith("the records changed: The council's committee scrutinised");
    List<TimelineEntry> law = Catalogue.statutory().timeline(england().build(), d(2023, 1, 1), d(2023, 12, 31));
    assertThat(law).filteredOn(e -> e.ruleId().equals("CDA98-S6-1D-SERIOUS-VIOLENCE")).singleElement()
        .satisfies(e -> assertThat(e.why()).startsWith("the law changed: a strategy for (i) preventing"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalogue.statutory().timeline(p, ON, d(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    Partnership onlyOther = england().addGovernanceBody(GovernanceBody.builder().id("cabinet").name("Cabinet")
        .type(GovernanceBodyType.CABINET).build()).addMeeting(Meeting.builder().id("c").bodyId("cabinet")
        .date(d(2024, 5, 1)).status(MeetingStatus.HELD).build()).build();
    assertThat(outcome(onlyOther, "PJA06-S19-CDC-ANNUAL", ON)).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    Partnership byBusiness = england().addGovernanceBody(GovernanceBody.builder().id("cabinet").name("Cabinet")
        .type(GovernanceBodyType.CABINET).build()).addMeeting(Meeting.builder().id("c").bodyId("cabinet")
        .date(d(2024, 5, 1)).status(MeetingStatus.HELD).addBusiness(MeetingBusiness.CRIME_AND_DISORDER_SCRUTINY)
        .build()).build();
    assertThat(outcome(byBusiness, "PJA06-S19-CDC-ANNUAL", ON)).isEqualTo(Outcome.MET);
  }

  @Test
  void theReportCountsRendersAndGivesAVerdict() {
    ComplianceReport r = Catalogue.statutory().evaluate(england().build(), ON);
    assertThat(r.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.findings().size());
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPLIANT);
    String text = r.render();
    assertThat(text).startsWith("Test Community Safety Partnership: statutory compliance as of 2024-07-01 (england)\n"
        + "The partnership's own duties: not compliant;").contains("[NOT MET] CDA98-S6-1D-SERIOUS-VIOLENCE")
        .contains("  Record it:\n    strategies:\n    - id: plan\n      revisions:")
        .contains("  To satisfy it: Record whether the strategy covers them").contains("  Evidence: strategies[0].statutoryStrands")
        .contains("  Law: Crime and Disorder Act 1998 s6(1)(d)").contains("  Owed by the council (Council).");
    ComplianceReport onlyMet = new ComplianceReport("x", ON, Jurisdiction.ENGLAND, List.of(
        r.finding("CDA98-S5-RA-COUNCIL")));
    assertThat(onlyMet.verdict()).isEqualTo(Verdict.COMPLIANT);
    ComplianceReport gap = new ComplianceReport("x", ON, Jurisdiction.ENGLAND, List.of(
        r.finding("CDA98-S5-RA-COUNCIL"), r.finding("SI2007-R3-STRATEGY-GROUP")));
    assertThat(gap.verdict()).isEqualTo(Verdict.GAPS_IN_EVIDENCE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.finding("NOPE")).hasMessage("NOPE: no such rule in the report");
    assertThat(org("a-b", OrganisationType.EDUCATION).name()).isEqualTo("A b");
  }
}
