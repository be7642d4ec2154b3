package io.github.sscp.examples.southampton;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.base.PersonalData;
import io.github.sscp.model.base.ProvenanceKind;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.governance.DecisionOutcome;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingFormat;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.governance.RiskCategory;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.organisation.Selection;
import io.github.sscp.model.strategy.ExternalPlanKind;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.RevisionKind;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.validation.ModelValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walks the Southampton example to show every concept of the 2024 briefing is reachable from the root. */
class SouthamptonSafeCityPartnershipTest {

  static final Partnership SSCP = SouthamptonSafeCityPartnership.build();
  static final Strategy STRATEGY = SSCP.strategy("safe-city-strategy-2022-27").orElseThrow();

  @Test
  void validatesWithZeroViolations() {
    assertThat(ModelValidator.shared().validate(SSCP)).isEmpty();
  }

  @Test
  void partnership_isManagedByStrongerCommunitiesWithItsOfficeholders() {
    assertThat(SSCP.name()).isEqualTo("Southampton Safe City Partnership");
    assertThat(SSCP.structure()).isEqualTo(LocalGovernmentStructure.UNITARY);
    assertThat(SSCP.merged()).isFalse();
    assertThat(SSCP.managingTeam()).hasValueSatisfying(t -> {
      assertThat(t.name()).isEqualTo("Stronger Communities");
      assertThat(SSCP.organisation(t.organisationId()).orElseThrow().name())
          .isEqualTo("Southampton City Council");
      assertThat(t.onBehalfOfStatutoryPartners()).isTrue();
    });
    assertThat(SSCP.chairs()).singleElement().satisfies(p ->
        assertThat(p.displayName()).isEqualTo("Rob Henderson"));
    assertThat(SSCP.chairs(LocalDate.of(2024, 7, 1))).extracting(p -> p.displayName())
        .containsExactly("Rob Henderson");
    assertThat(SSCP.officeholders()).anySatisfy(o -> {
      assertThat(o.office()).isEqualTo(Office.CHAIR);
      assertThat(o.selection()).contains(Selection.ELECTED);
    });
    assertThat(SSCP.leadCabinetMembers(LocalDate.of(2024, 7, 1))).singleElement().satisfies(p ->
        assertThat(p.roleTitle()).contains("Cabinet Member for Communities and Safer City"));
    assertThat(SSCP.officeholders(Office.CONTACT_OFFICER, LocalDate.of(2024, 7, 1)))
        .singleElement().satisfies(p -> assertThat(p.contact()).isPresent());
  }

  @Test
  void headOfServiceContact_isMarkedPersonalData() throws NoSuchMethodException {
    assertThat(io.github.sscp.model.organisation.Person.class.getMethod("contact")
        .isAnnotationPresent(PersonalData.class)).isTrue();
    assertThat(io.github.sscp.model.organisation.ContactDetails.class
        .isAnnotationPresent(PersonalData.class)).isTrue();
  }

  @Test
  void statutoryPartners_areTheFiveResponsibleAuthoritiesWithTheirTypes() {
    assertThat(SSCP.statutoryMemberships()).extracting(m -> m.responsibleAuthorityType().orElseThrow())
        .containsExactlyInAnyOrder(ResponsibleAuthorityType.LOCAL_AUTHORITY,
            ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE,
            ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY, ResponsibleAuthorityType.HEALTH_BODY,
            ResponsibleAuthorityType.PROBATION_PROVIDER);
    Membership health = SSCP.statutoryMemberships().stream()
        .filter(m -> m.healthBodyKind().isPresent()).findFirst().orElseThrow();
    assertThat(health.healthBodyKind()).contains(HealthBodyKind.INTEGRATED_CARE_BOARD);
    assertThat(SSCP.organisation(health.organisationId()).orElseThrow().name())
        .isEqualTo("Hampshire, Southampton and Isle of Wight Integrated Care Board");
  }

  @Test
  void nonStatutoryPartners_areTheFiveNamedWithACategory() {
    assertThat(SSCP.nonStatutoryMemberships())
        .extracting(m -> SSCP.organisation(m.organisationId()).orElseThrow().name())
        .containsExactlyInAnyOrder("No Limits", "Saints Foundation",
            "OPCC (Office of Police and Crime Commissioner) Violence Reduction Unit",
            "Southampton Voluntary Services", "Victim Support");
    assertThat(SSCP.nonStatutoryMemberships()).allSatisfy(m -> assertThat(m.partnerCategory()).isPresent());
    assertThat(SSCP.nonStatutoryMemberships()).extracting(m -> m.partnerCategory().orElseThrow())
        .contains(PartnerCategory.VIOLENCE_REDUCTION_UNIT);
  }

  @Test
  void strategy_declaresExactlyStrandsAtoC_withItsMidTermRefreshAndFullReview() {
    assertThat(STRATEGY.statutoryStrands()).containsExactlyInAnyOrder(StatutoryStrand.CRIME_AND_DISORDER,
        StatutoryStrand.SUBSTANCE_MISUSE, StatutoryStrand.REOFFENDING);
    assertThat(STRATEGY.period().start()).isEqualTo(LocalDate.of(2022, 4, 1));
    assertThat(STRATEGY.revisions()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RevisionKind.MID_TERM_REFRESH);
      assertThat(r.year()).isEqualTo(2024);
      assertThat(r.reasons().get(0)).contains("new Chair");
    });
    assertThat(STRATEGY.scheduledReviews()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RevisionKind.FULL_REVIEW);
      assertThat(r.when()).isEqualTo(FinancialYear.parse("2026/27"));
    });
  }

  @Test
  void priorities_areFoundByEitherWording() {
    assertThat(STRATEGY.priorities()).extracting(p -> p.title()).containsExactly(
        "Keeping People safe from harm", "Preventing and Reducing Reoffending",
        "Creating Safe and Strong Communities");
    assertThat(STRATEGY.priority("Preventing and reducing offending"))
        .hasValueSatisfying(p -> assertThat(p.order()).isEqualTo(2));
  }

  @Test
  void keyCrimeIssues_haveTheirNamedSubIssuesMappedToCrimeCategories() {
    assertThat(STRATEGY.keyCrimeIssues()).hasSize(3);
    assertThat(STRATEGY.keyCrimeIssues().get(0).subIssues()).extracting(s -> s.title())
        .containsExactly("serious youth violence", "domestic abuse", "rape");
    assertThat(STRATEGY.keyCrimeIssues().get(1).subIssues()).extracting(s -> s.title())
        .containsExactly("burglary", "retail theft", "car theft");
    assertThat(STRATEGY.keyCrimeIssues().get(2).approach())
        .contains("through rapid and effective partnership responses");
    STRATEGY.keyCrimeIssues().forEach(k -> {
      assertThat(k.allCrimeCategoryIds()).isNotEmpty();
      k.allCrimeCategoryIds().forEach(id -> assertThat(SSCP.crimeCategory(id)).as(id).isPresent());
      assertThat(k.identifiedByAssessmentIds()).containsExactly("safe-city-strategic-assessment-2022-23");
    });
  }

  @Test
  void evidence_isThePublishedAssessmentAndThePublicSurvey() {
    assertThat(SSCP.strategicAssessments()).singleElement().satisfies(a -> {
      assertThat(a.published()).isTrue();
      assertThat(a.periodCovered()).isEqualTo(FinancialYear.of(2022));
      assertThat(a.url()).hasValueSatisfying(u -> assertThat(u).endsWith("safe-city-strategic-assessment-report-2022-23.pdf"));
    });
    assertThat(STRATEGY.evidenceSurveyIds()).containsExactly("public-survey");
    assertThat(SSCP.surveys()).extracting(s -> s.id()).containsExactly("public-survey");
  }

  @Test
  void governance_recordsTheWorkshopBoardAgreementAndScheduledCabinet() {
    Meeting workshop = meeting("board-workshop-2024-01-29");
    assertThat(workshop.format()).isEqualTo(MeetingFormat.WORKSHOP);
    assertThat(workshop.decisions()).singleElement().extracting(d -> d.outcome()).isEqualTo(DecisionOutcome.AGREED);
    assertThat(meeting("board-2024-07-01").date()).isEqualTo(LocalDate.of(2024, 7, 1));
    Meeting cabinet = meeting("cabinet-2024-10-29");
    assertThat(cabinet.status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(cabinet.provenance().kind()).isEqualTo(ProvenanceKind.INFERRED);
    assertThat(SSCP.governanceBodies()).extracting(b -> b.type())
        .contains(GovernanceBodyType.STRATEGIC_BOARD, GovernanceBodyType.CABINET);
    assertThat(STRATEGY.kpiReviewBodyId()).contains("sscp-strategic-board");
    assertThat(STRATEGY.approvalDecisionIds()).containsExactly("agree-revised-strategy");
    assertThat(STRATEGY.communicationsPlan()).hasValueSatisfying(c ->
        assertThat(c.regularUpdateProgrammeIds()).hasSize(3));
  }

  @Test
  void obsessions_haveEveryPartAndAreLabelledIllustrative() {
    List<FocusArea> obsessions = STRATEGY.focusAreas(FocusAreaKind.OBSESSION);
    assertThat(obsessions).extracting(f -> f.keyCrimeIssueId().orElseThrow())
        .containsExactly("violent-crime", "theft", "anti-social-behaviour");
    assertThat(obsessions).allSatisfy(f -> {
      assertThat(f.dataSummary()).isPresent();
      assertThat(f.whatNeedsToBeDone()).isNotEmpty();
      assertThat(f.howWeWillDoIt()).isNotEmpty().allSatisfy(a ->
          assertThat(a.provenance().kind()).isEqualTo(ProvenanceKind.ILLUSTRATIVE));
      assertThat(f.measuresOfSuccess()).isNotEmpty().allSatisfy(b -> {
        assertThat(SSCP.measure(b.measureId())).isPresent();
        b.targets().forEach(t -> assertThat(t.provenance().kind()).isEqualTo(ProvenanceKind.ILLUSTRATIVE));
      });
      assertThat(f.agreedAtMeetingId()).contains("board-workshop-2024-01-29");
      assertThat(f.provenance().isIllustrative()).isTrue();
    });
    assertThat(STRATEGY.overdueActions(LocalDate.of(2025, 1, 1))).extracting(a -> a.id())
        .containsExactly("ukspf-youth-diversion");
  }

  @Test
  void tacticalActivities_fundingAlignmentAndRisk() {
    assertThat(STRATEGY.programmes()).extracting(p -> p.name())
        .containsExactly("Safer Streets 5", "UKSPF safer streets work stream", "Young Peoples Service");
    assertThat(STRATEGY.programmes().get(0).interventions()).containsExactly("extra CCTV");
    assertThat(SSCP.funding().hasCoreBudget()).isFalse();
    assertThat(SSCP.funding().totalAwarded()).isEqualTo(Money.ofPounds(1_100_000));
    assertThat(SSCP.funding().bids()).singleElement().satisfies(b -> {
      assertThat(b.approximate()).isTrue();
      assertThat(b.purposes()).hasSize(4);
      assertThat(b.ledByPersonId()).contains("chris-brown");
    });
    assertThat(STRATEGY.alignments()).singleElement().satisfies(a -> {
      assertThat(a.planKind()).isEqualTo(ExternalPlanKind.CORPORATE_PLAN);
      assertThat(a.externalPriority()).contains("A Proud and Resilient City");
    });
    assertThat(SSCP.risks()).singleElement().extracting(r -> r.category())
        .isEqualTo(RiskCategory.STATUTORY_COMPLIANCE);
  }

  @Test
  void annex2_measuresCarryRealAttributedQuarterlyObservations() {
    assertThat(STRATEGY.annexes()).extracting(a -> a.number()).containsExactly(1, 2);
    for (String id : STRATEGY.annexes().get(1).measureIds()) {
      List<Observation> series = SSCP.observations().current(id);
      assertThat(series).hasSize(44);
      assertThat(series).allSatisfy(o -> {
        assertThat(o.provenance().kind()).isEqualTo(ProvenanceKind.SOURCED);
        assertThat(o.source()).isPresent();
      });
    }
    // data/README.md check figures: Southampton financial-year totals 2023/24
    assertThat(total(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY, 2023)).isEqualTo(944);
    assertThat(total(SouthamptonSafeCityPartnership.THEFT_OF_MOTOR_VEHICLE, 2023)).isEqualTo(770);
    assertThat(total(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY, 2018)).isEqualTo(1873);
  }

  @Test
  void burglary_carriesTheApril2017ReclassificationAsAStructuredBreak() {
    assertThat(SSCP.measure(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY).orElseThrow().breaks())
        .singleElement().satisfies(b -> {
          assertThat(b.date()).isEqualTo(LocalDate.of(2017, 4, 1));
          assertThat(b.kind()).isEqualTo(io.github.sscp.model.measure.BreakKind.RECORDING_RULE);
        });
    List<Observation> burglary = SSCP.ownSeries(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY)
        .observations();
    assertThat(burglary).filteredOn(o -> o.qualityNote().isPresent()).hasSize(8)
        .allSatisfy(o -> assertThat(o.period().start()).isBefore(LocalDate.of(2017, 4, 1)));
    // data/README.md: "Southampton 276 -> 466" across the reclassification
    assertThat(burglary.get(7).value()).contains(BigDecimal.valueOf(276));
    assertThat(burglary.get(8).value()).contains(BigDecimal.valueOf(466));
  }

  static String printout() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SouthamptonExample(new PrintStream(bytes, true, StandardCharsets.UTF_8), SSCP).print();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printout_tellsWhatTheModelHoldsInPlainWords() {
    String text = printout();
    assertThat(text).contains(
        "Chief officer of police: Hampshire and Isle of Wight Constabulary",
        "1. Keeping People safe from harm", "Tackling Theft: burglary, retail theft, car theft",
        "Key crime issues, 2024/25 to 2027/28 [inferred]",
        "Period: 1 April 2022 to 31 March 2027 [inferred]",
        "Data summary: ", "What needs to be done: ",
        "Communications plan: being developed; launch following the next meeting of the SSCP",
        "Safer Streets 5: VAWG, ASB, Residential Burglary prevention; including extra CCTV",
        "Public survey: Public survey that, with data analysis, identified the key crime issues",
        "Annex 1: Refresh of Southampton Safe City Strategy (not published)",
        "Annex 2: Rolling 12 month comparison for key crime types in Southampton (not published)",
        "approximately £1.1m (£1,100,000); led by Chris Brown, Head of Service, Stronger Communities",
        "target: 5% reduction from the baseline by 2025/26 [illustrative]",
        "Progress and KPIs managed by: SSCP Strategic Board",
        "Series break from 1 April 2017",
        "Open Government Licence v3.0");
    assertThat(text).doesNotContain("07450 231180", "chris.brown@", "GBP ", "FULL_REVIEW",
        "STATUTORY_COMPLIANCE", "CHIEF_OFFICER_OF_POLICE", "sscp-strategic-board", "null");
    assertThat(text).doesNotContain("\u001b");
  }

  @Test
  void printout_labelsEveryIllustrativeOrInferredValueAndExplainsEachLabel() {
    String text = printout();
    assertThat(text.lines().filter(l -> l.contains("[illustrative]")).count()).isGreaterThanOrEqualTo(10);
    assertThat(text).contains("[illustrative] Annex 1 (the obsessions' content) is not public",
        "[inferred] the briefing says '22-27'");
    text.lines().filter(l -> l.contains("Illustrative:")).forEach(l ->
        assertThat(l.contains("[illustrative]") || l.contains("Data summary:")
            || l.contains("What needs to be done:")).as(l).isTrue());
  }

  private static long total(String measureId, int financialYear) {
    FinancialYear fy = FinancialYear.of(financialYear);
    return SSCP.observations().current(measureId).stream()
        .filter(o -> o.period() instanceof Quarter q && q.financialYear().equals(fy))
        .map(o -> o.value().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add).longValueExact();
  }

  private static Meeting meeting(String id) {
    return SSCP.meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }
}
