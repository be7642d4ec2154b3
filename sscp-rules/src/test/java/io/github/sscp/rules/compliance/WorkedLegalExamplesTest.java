package io.github.sscp.rules.compliance;

import static io.github.sscp.rules.compliance.Csp.during;
import static io.github.sscp.rules.compliance.Csp.england;
import static io.github.sscp.rules.compliance.Csp.org;
import static io.github.sscp.rules.compliance.Csp.outcome;
import static io.github.sscp.rules.compliance.Csp.ra;
import static io.github.sscp.rules.compliance.Csp.strategy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.PlanAlignment;
import io.github.sscp.model.strategy.ExternalPlanKind;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.strategy.RevisionKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked legal examples in the OpenFisca style: a sentence, a partnership, a date, the finding.
 * Each rule is tried on both sides of its boundary dates.
 */
class WorkedLegalExamplesTest {

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static Partnership withStrands(StatutoryStrand... strands) {
    EnumSet<StatutoryStrand> s = EnumSet.noneOf(StatutoryStrand.class);
    s.addAll(List.of(strands));
    return england().strategies(List.of(strategy(s))).build();
  }

  @Test
  void aPlanWithoutSeriousViolenceIsCompliantOn30January2023ButNotOn31January() {
    Partnership p = withStrands(StatutoryStrand.CRIME_AND_DISORDER, StatutoryStrand.SUBSTANCE_MISUSE,
        StatutoryStrand.REOFFENDING);
    assertThat(outcome(p, "CDA98-S6-1D-SERIOUS-VIOLENCE", d(2023, 1, 30))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(p, "CDA98-S6-1D-SERIOUS-VIOLENCE", d(2023, 1, 31))).isEqualTo(Outcome.NOT_MET);
    Finding f = Catalogue.statutory().evaluate(p, d(2023, 1, 31)).finding("CDA98-S6-1D-SERIOUS-VIOLENCE");
    assertThat(f.sentence()).endsWith(" lists strands (a), (b) and (c); since 31 January 2023 it must"
        + " also cover preventing involvement in serious violence (s6(1)(d)(i)) and reducing serious"
        + " violence (s6(1)(d)(ii)).");
    assertThat(f.fix()).contains("Record whether the strategy covers them: if it does, record a revision"
        + " whose strands are the complete set, (a), (b), (c), (d)(i) and (d)(ii); if not, revise the"
        + " strategy to set out how the partnership will prevent people becoming involved in serious"
        + " violence and reduce instances of it (both limbs).");
    assertThat(f.citation()).isEqualTo("Crime and Disorder Act 1998 s6(1)(d), as amended by Police, Crime,"
        + " Sentencing and Courts Act 2022 s20(4)");
    assertThat(f.evidence()).containsExactly("strategies[0].statutoryStrands");
  }

  @Test
  void seriousViolenceNeedsBothLimbs() {
    Partnership one = withStrands(StatutoryStrand.CRIME_AND_DISORDER,
        StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES);
    assertThat(outcome(one, "CDA98-S6-1D-SERIOUS-VIOLENCE", d(2024, 7, 1))).isEqualTo(Outcome.NOT_MET);
    Partnership both = withStrands(StatutoryStrand.SERIOUS_VIOLENCE_PREVENT_INVOLVEMENT,
        StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES);
    assertThat(outcome(both, "CDA98-S6-1D-SERIOUS-VIOLENCE", d(2024, 7, 1))).isEqualTo(Outcome.MET);
  }

  @Test
  void aRevisionThatAddsSeriousViolenceMeetsTheDutyFromItsEffectiveDate() {
    Strategy revised = Strategy.builder().from(strategy(EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER,
            StatutoryStrand.SUBSTANCE_MISUSE, StatutoryStrand.REOFFENDING)))
        .addRevision(StrategyRevision.builder().version("2024").year(2024).kind(RevisionKind.ANNUAL_REFRESH)
            .effectiveFrom(d(2024, 4, 1)).statutoryStrands(EnumSet.allOf(StatutoryStrand.class)).build())
        .build();
    Partnership p = england().strategies(List.of(revised)).build();
    assertThat(outcome(p, "CDA98-S6-1D-SERIOUS-VIOLENCE", d(2024, 3, 31))).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(p, "CDA98-S6-1D-SERIOUS-VIOLENCE", d(2024, 4, 1))).isEqualTo(Outcome.MET);
  }

  @Test
  void reoffendingAndProbationBecomeDutiesOn1April2010() {
    Partnership p = withStrands(StatutoryStrand.CRIME_AND_DISORDER, StatutoryStrand.SUBSTANCE_MISUSE);
    assertThat(outcome(p, "CDA98-S6-1C-REOFFENDING", d(2010, 3, 31))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(p, "CDA98-S6-1C-REOFFENDING", d(2010, 4, 1))).isEqualTo(Outcome.NOT_MET);
    Partnership noProbation = england().memberships(england().build().memberships().subList(0, 4)).build();
    assertThat(outcome(noProbation, "CDA98-S5-RA-PROBATION", d(2010, 3, 31))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(noProbation, "CDA98-S5-RA-PROBATION", d(2010, 4, 1))).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(england().build(), "CDA98-S5-RA-PROBATION", d(2010, 4, 1))).isEqualTo(Outcome.MET);
  }

  @Test
  void theHealthAuthorityIsAPctThenACcgFrom1April2013ThenAnIcbFrom1July2022() {
    Partnership p = england().memberships(List.of(ra("council", ResponsibleAuthorityType.LOCAL_AUTHORITY),
        during(Membership.healthBody("pct", HealthBodyKind.PRIMARY_CARE_TRUST), d(2007, 1, 1), d(2013, 4, 1)),
        during(Membership.healthBody("ccg", HealthBodyKind.CLINICAL_COMMISSIONING_GROUP), d(2013, 4, 1),
            d(2022, 7, 1)),
        during(Membership.healthBody("icb", HealthBodyKind.INTEGRATED_CARE_BOARD), d(2022, 7, 1),
            LocalDate.MAX))).addOrganisation(org("pct", OrganisationType.HEALTH_BODY))
        .addOrganisation(org("ccg", OrganisationType.HEALTH_BODY)).build();
    for (LocalDate day : List.of(d(2013, 3, 31), d(2013, 4, 1), d(2022, 6, 30), d(2022, 7, 1))) {
      assertThat(outcome(p, "CDA98-S5-RA-HEALTH-ENGLAND", day)).as(day.toString()).isEqualTo(Outcome.MET);
    }
    Partnership stale = england().memberships(List.of(Membership.healthBody("ccg",
        HealthBodyKind.CLINICAL_COMMISSIONING_GROUP))).addOrganisation(org("ccg", OrganisationType.HEALTH_BODY))
        .build();
    assertThat(outcome(stale, "CDA98-S5-RA-HEALTH-ENGLAND", d(2022, 6, 30))).isEqualTo(Outcome.MET);
    assertThat(outcome(stale, "CDA98-S5-RA-HEALTH-ENGLAND", d(2022, 7, 1))).isEqualTo(Outcome.NOT_MET);
    assertThat(Catalogue.statutory().evaluate(stale, d(2022, 7, 1)).finding("CDA98-S5-RA-HEALTH-ENGLAND")
        .sentence()).contains("recorded as a clinical commissioning group").contains("integrated care board");
  }

  @Test
  void policeAuthoritiesWereResponsibleAuthoritiesUntil21November2012() {
    Partnership none = england().build();
    assertThat(outcome(none, "CDA98-S5-RA-POLICE-AUTHORITY", d(2012, 11, 21))).isEqualTo(Outcome.ADVISORY);
    assertThat(outcome(none, "CDA98-S5-RA-POLICE-AUTHORITY", d(2012, 11, 22))).isEqualTo(Outcome.NOT_APPLICABLE);
    Partnership with = england().addOrganisation(Organisation.builder().id("authority").name("Police authority")
        .type(OrganisationType.LOCAL_POLICING_BODY).policingBodyKind(LocalPolicingBodyKind.POLICE_AUTHORITY)
        .build()).addMembership(during(Membership.builder().organisationId("authority")
        .role(MembershipRole.LOCAL_POLICING_BODY).build(), d(2002, 10, 1), d(2012, 11, 22))).build();
    assertThat(outcome(with, "CDA98-S5-RA-POLICE-AUTHORITY", d(2012, 11, 21))).isEqualTo(Outcome.MET);
  }

  @Test
  void regardToThePoliceAndCrimePlanIsADutyInEnglandFrom22November2012() {
    Partnership none = england().build();
    assertThat(outcome(none, "CDA98-S6-1A-HAVE-REGARD-PCP", d(2012, 11, 21))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(none, "CDA98-S6-1A-HAVE-REGARD-PCP", d(2012, 11, 22)))
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    Strategy aligned = Strategy.builder().from(none.strategies().get(0)).addAlignment(PlanAlignment.builder()
        .planKind(ExternalPlanKind.POLICE_AND_CRIME_PLAN).planName("Police and Crime Plan 2021-24").build()).build();
    assertThat(outcome(england().strategies(List.of(aligned)).build(), "CDA98-S6-1A-HAVE-REGARD-PCP",
        d(2012, 11, 22))).isEqualTo(Outcome.MET);
    // in Wales the devolved-functions carve-out is unverified: advisory, never "does not apply"
    assertThat(outcome(Csp.wales(), "CDA98-S6-1A-HAVE-REGARD-PCP", d(2024, 1, 1))).isEqualTo(Outcome.ADVISORY);
  }

  @Test
  void thePlanGoesToTheCommissionerFrom22November2012InEnglandOnly() {
    Partnership p = england().build();
    assertThat(outcome(p, "SI2007-R13A-PLAN-TO-PCC", d(2012, 11, 21))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(p, "SI2007-R13A-PLAN-TO-PCC", d(2012, 11, 22))).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    Strategy sent = Strategy.builder().from(p.strategies().get(0)).sentToPccOn(d(2012, 12, 1)).build();
    assertThat(outcome(england().strategies(List.of(sent)).build(), "SI2007-R13A-PLAN-TO-PCC",
        d(2013, 1, 1))).isEqualTo(Outcome.MET);
    assertThat(outcome(Csp.wales(), "SI2007-R13A-PLAN-TO-PCC", d(2013, 1, 1))).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void theStrategyGroupRuleChangedOn1June2011() {
    io.github.sscp.model.governance.GovernanceBody board = io.github.sscp.model.governance.GovernanceBody
        .builder().id("board").name("Strategic board")
        .type(io.github.sscp.model.governance.GovernanceBodyType.STRATEGY_GROUP)
        .addSeat(io.github.sscp.model.governance.BodySeat.of("council"))
        .addSeat(io.github.sscp.model.governance.BodySeat.of("police")).build();
    Partnership p = england().addGovernanceBody(board).build();
    assertThat(outcome(p, "SI2007-R3-STRATEGY-GROUP", d(2011, 5, 31))).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(p, "SI2007-R3-STRATEGY-GROUP", d(2011, 6, 1))).isEqualTo(Outcome.MET);
    assertThat(outcome(england().build(), "SI2007-R3-STRATEGY-GROUP", d(2011, 6, 1)))
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void scrutinyIsTheCouncilsDutyFrom30April2009InEnglandAnd1October2009InWales() {
    Partnership e = england().build();
    assertThat(outcome(e, "PJA06-S19-CDC-ANNUAL", d(2009, 4, 29))).isEqualTo(Outcome.NOT_APPLICABLE);
    Finding f = Catalogue.statutory().evaluate(e, d(2009, 4, 30)).finding("PJA06-S19-CDC-ANNUAL");
    assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(f.holder()).isEqualTo(DutyHolder.COUNCIL);
    assertThat(f.holderOrganisationIds()).containsExactly("council");
    assertThat(outcome(Csp.wales(), "PJA06-S19-CDC-ANNUAL", d(2009, 9, 30))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(Csp.wales(), "PJA06-S19-CDC-ANNUAL", d(2009, 10, 1)))
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void aScrutinyMeetingCountsForTwelveMonths() {
    io.github.sscp.model.governance.GovernanceBody committee = io.github.sscp.model.governance.GovernanceBody
        .builder().id("scrutiny").name("Overview and Scrutiny").type(
            io.github.sscp.model.governance.GovernanceBodyType.SCRUTINY_COMMITTEE)
        .addOwnerOrganisationId("council")
        .addStatutoryFunction(io.github.sscp.model.governance.StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY).build();
    Partnership p = england().addGovernanceBody(committee).addMeeting(io.github.sscp.model.governance.Meeting
        .builder().id("m").bodyId("scrutiny").date(d(2023, 10, 12))
        .status(io.github.sscp.model.governance.MeetingStatus.HELD).build()).build();
    assertThat(outcome(p, "PJA06-S19-CDC-ANNUAL", d(2023, 10, 11))).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(outcome(p, "PJA06-S19-CDC-ANNUAL", d(2023, 10, 12))).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "PJA06-S19-CDC-ANNUAL", d(2024, 10, 11))).isEqualTo(Outcome.MET);
    assertThat(outcome(p, "PJA06-S19-CDC-ANNUAL", d(2024, 10, 12))).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(p, "PJA06-S19-CDC-EXISTS", d(2024, 10, 12))).isEqualTo(Outcome.MET);
  }

  @Test
  void theHealthBoardIsTheWelshHealthAuthorityAndTheEnglishRuleDoesNotApplyInWales() {
    assertThat(outcome(Csp.wales(), "CDA98-S5-RA-HEALTH-WALES", d(2024, 1, 1))).isEqualTo(Outcome.MET);
    assertThat(outcome(Csp.wales(), "CDA98-S5-RA-HEALTH-ENGLAND", d(2024, 1, 1))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(england().build(), "CDA98-S5-RA-HEALTH-WALES", d(2024, 1, 1))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(Csp.wales(), "CDA98-S5-COMPLETENESS", d(2024, 1, 1))).isEqualTo(Outcome.MET);
    assertThat(outcome(england().build(), "CDA98-S5-COMPLETENESS", d(2024, 1, 1))).isEqualTo(Outcome.MET);
  }

  @Test
  void aCountyAgreementIsNotApplicableInAUnitaryArea() {
    assertThat(outcome(england().build(), "SI2007-R9-CSA-TWO-TIER", d(2024, 1, 1))).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(outcome(england().structure(io.github.sscp.model.geography.LocalGovernmentStructure.TWO_TIER_DISTRICT)
        .build(), "SI2007-R9-CSA-TWO-TIER", d(2024, 1, 1))).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void aLocalThresholdAboveThreeIsNotMet() {
    Partnership p = england().statutory(io.github.sscp.model.statutory.StatutoryRecords.builder()
        .asbCaseReview(io.github.sscp.model.statutory.AsbCaseReviewArrangements.builder().localThreshold(5).build())
        .build()).build();
    assertThat(outcome(p, "ASBCPA14-S104-THRESHOLD", d(2024, 1, 1))).isEqualTo(Outcome.NOT_MET);
    assertThat(outcome(p, "ASBCPA14-S104-THRESHOLD", d(2014, 10, 19))).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void unverifiedLawIsAdvisoryNeverNotMet() {
    Partnership p = england().build();
    Finding f = Catalogue.statutory().evaluate(p, d(2024, 1, 1)).finding("SI2007-INFO-SHARING-PROTOCOL");
    assertThat(f.outcome()).isEqualTo(Outcome.ADVISORY);
    assertThat(f.sentence()).startsWith("Advisory (unverified confidence in the law): ");
    assertThat(outcome(p, "SI2007-R12-4-PUBLIC-MEETINGS", d(2011, 5, 31)))
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(outcome(p, "SI2007-R12-4-PUBLIC-MEETINGS", d(2011, 6, 1))).isEqualTo(Outcome.ADVISORY);
  }
}
