package io.github.sscp.model;

import io.github.sscp.model.base.ValueParseException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.funding.BidStatus;
import io.github.sscp.model.funding.BudgetAllocation;
import io.github.sscp.model.funding.Funding;
import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.measure.BreakKind;
import io.github.sscp.model.measure.CrimeCategories;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.measure.CrimeCategorySystem;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.SeriesBreak;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.ManagingTeam;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.statutory.CombinationAgreement;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.ActionStatus;
import io.github.sscp.model.strategy.Annex;
import io.github.sscp.model.strategy.AnnexKind;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.PerformanceFramework;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.RevisionKind;
import io.github.sscp.model.strategy.ScheduledReview;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.strategy.SubIssue;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model's derived queries and defaults answer as their javadoc says. */
class ModelQueriesTest {

  static final LocalDate D = LocalDate.of(2024, 6, 1);

  @Test
  void lookupsFindTheRightOneAmongSeveral() {
    Partnership p = Partnership.builder().from(Fixtures.partnership())
        .addMeasure(Fixtures.measure("robberies"))
        .addGovernanceBodies(GovernanceBody.builder().id("board").name("Board").type(GovernanceBodyType.STRATEGIC_BOARD).build(),
            GovernanceBody.builder().id("cabinet").name("Cabinet").type(GovernanceBodyType.CABINET).build())
        .addStrategy(Strategy.builder().from(Fixtures.strategy()).id("plan-2").title("Second").build())
        .addTolerancePolicies(TolerancePolicy.relative("loose", BigDecimal.TEN),
            TolerancePolicy.relative("tight", BigDecimal.ONE))
        .addCrimeCategory(CrimeCategory.of("local/syv", CrimeCategorySystem.LOCAL, "syv", "Serious youth violence"))
        .build();
    assertThat(p.measure("robberies").orElseThrow().name()).isEqualTo("Measure robberies");
    assertThat(p.governanceBody("cabinet").orElseThrow().name()).isEqualTo("Cabinet");
    assertThat(p.governanceBody("nothing")).isEmpty();
    assertThat(p.strategy("plan-2").orElseThrow().title()).isEqualTo("Second");
    assertThat(p.tolerancePolicy("tight").orElseThrow().tolerance()).isEqualTo(BigDecimal.ONE);
    assertThat(p.tolerancePolicy("none")).isEmpty();
    assertThat(p.crimeCategory("local/syv").orElseThrow().label()).isEqualTo("Serious youth violence");
    assertThat(p.crimeCategory("police-uk/robbery").orElseThrow().label()).isEqualTo("Robbery");
  }

  @Test
  void undatedMembershipQueriesIgnoreDates() {
    Partnership p = Partnership.builder().from(Fixtures.partnership())
        .addOrganisation(Fixtures.organisation("charity", io.github.sscp.model.organisation.OrganisationType.VOLUNTARY_OR_COMMUNITY))
        .addMembership(Membership.builder().from(Membership.nonStatutory("charity", PartnerCategory.CHARITY))
            .validity(DateRange.ofClosed(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1))).build())
        .build();
    assertThat(p.nonStatutoryMemberships()).extracting(Membership::organisationId).containsExactly("charity");
    assertThat(p.nonStatutoryMemberships(D)).isEmpty();
    assertThat(p.statutoryMemberships()).hasSize(3);
  }

  @Test
  void officeholdersOfAnOfficeAreTheHoldersOfThatOfficeOnly() {
    Partnership p = Partnership.builder().from(Fixtures.partnership())
        .addPeople(Person.builder().id("a").displayName("A").build(), Person.builder().id("b").displayName("B").build())
        .addOfficeholders(Officeholder.builder().office(Office.LEAD_CABINET_MEMBER).personId("a").build(),
            Officeholder.builder().office(Office.VICE_CHAIR).personId("b").build())
        .build();
    assertThat(p.leadCabinetMembers(D)).extracting(Person::id).containsExactly("a");
    assertThat(p.officeholders(Office.VICE_CHAIR, D)).extracting(Person::id).containsExactly("b");
    assertThat(p.chairs(D)).isEmpty();
  }

  @Test
  void strategyQueries() {
    Strategy s = Strategy.builder().from(Fixtures.strategy())
        .addStatutoryStrands(StatutoryStrand.CRIME_AND_DISORDER, StatutoryStrand.SUBSTANCE_MISUSE)
        .addRevisions(StrategyRevision.builder().version("2023 refresh").kind(RevisionKind.ANNUAL_REFRESH).year(2023)
                .agreedOn(LocalDate.of(2023, 7, 1)).build(),
            StrategyRevision.builder().version("2024 refresh").kind(RevisionKind.MID_TERM_REFRESH).year(2024)
                .agreedOn(LocalDate.of(2024, 7, 1)).effectiveFrom(LocalDate.of(2024, 8, 1))
                .addStatutoryStrands(StatutoryStrand.CRIME_AND_DISORDER, StatutoryStrand.SUBSTANCE_MISUSE,
                    StatutoryStrand.REOFFENDING, StatutoryStrand.SERIOUS_VIOLENCE_PREVENT_INVOLVEMENT,
                    StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES).build(),
            StrategyRevision.builder().version("undated").kind(RevisionKind.EXTENSION).year(2025)
                .addStatutoryStrands(StatutoryStrand.REOFFENDING).build())
        .addFocusArea(FocusArea.builder().id("work").kind(FocusAreaKind.WORKSTREAM).title("Work")
            .addMeasuresOfSuccess(MeasureBinding.of("asb")).build())
        .addAnnex(Annex.builder().number(2).title("Annex").kind(AnnexKind.PERFORMANCE_COMPARISON)
            .addMeasureId("robbery").build())
        .performanceFramework(PerformanceFramework.builder().addMeasureId("shoplifting").reportedToBodyId("board")
            .frequency(Frequency.QUARTERLY).build())
        .build();
    assertThat(s.statutoryStrandsOn(LocalDate.of(2024, 7, 31))).hasSize(2);
    assertThat(s.statutoryStrandsOn(LocalDate.of(2024, 8, 1))).hasSize(5);
    assertThat(s.statutoryStrandsOn(LocalDate.of(2030, 1, 1))).hasSize(5);
    assertThat(s.revisions().get(1).effectiveOn()).contains(LocalDate.of(2024, 8, 1));
    assertThat(s.revisions().get(0).effectiveOn()).contains(LocalDate.of(2023, 7, 1));
    assertThat(s.revisions().get(2).effectiveOn()).isEmpty();
    assertThat(s.boundMeasureIds()).containsExactly("burglaries", "asb", "robbery", "shoplifting");
    assertThat(s.focusAreas(FocusAreaKind.WORKSTREAM)).extracting(FocusArea::id).containsExactly("work");
    assertThat(s.focusAreas(FocusAreaKind.OBSESSION)).extracting(FocusArea::id).containsExactly("burglary");
    assertThat(s.priority("safer")).isPresent();
    assertThat(s.priority("Safer streets")).isPresent();
    assertThat(s.priority("Safer")).isEmpty();
    assertThat(s.actions()).extracting(Action::id).containsExactly("cctv");
    assertThat(s.overdueActions(LocalDate.of(2025, 3, 31))).isEmpty();
  }

  @Test
  void priorityIsNamedByItsTitleOrAnAliasIgnoringCaseAndSpacing() {
    Priority p = Priority.builder().id("p").order(1).title("Keeping people safe").addAlias("Safer people").build();
    assertThat(p.isNamed(" keeping   PEOPLE safe ")).isTrue();
    assertThat(p.isNamed("safer people")).isTrue();
    assertThat(p.isNamed("keeping people")).isFalse();
    assertThat(p.isNamed("")).isFalse();
  }

  @Test
  void keyCrimeIssueCategoriesJoinItsOwnAndItsSubIssuesWithoutRepeats() {
    KeyCrimeIssue k = KeyCrimeIssue.builder().id("theft").order(1).title("Theft").period(FinancialYear.of(2024))
        .addCrimeCategoryId("police-uk/burglary")
        .addSubIssue(SubIssue.builder().id("s").title("shop").addCrimeCategoryIds("police-uk/shoplifting",
            "police-uk/burglary").build())
        .build();
    assertThat(k.allCrimeCategoryIds()).containsExactly("police-uk/burglary", "police-uk/shoplifting");
  }

  @Test
  void observationsOfOneMeasureAndBreaksForOneArea() {
    Observation a = Observation.builder().id("a").measureId("m").period(CalendarMonth.of(2024, 1))
        .value(BigDecimal.ONE).build();
    Observation b = Observation.builder().from(a).id("b").measureId("n").build();
    assertThat(ObservationLog.of(List.of(a, b)).current("n")).containsExactly(b);
    GssCode here = GssCode.of("E22000120");
    MeasureDefinition m = MeasureDefinition.builder().from(Fixtures.measure("m"))
        .addBreaks(SeriesBreak.builder().date(LocalDate.of(2019, 1, 1)).kind(BreakKind.BOUNDARY)
                .description("elsewhere").geography(GssCode.of("E22000118")).build(),
            SeriesBreak.builder().date(LocalDate.of(2017, 4, 1)).kind(BreakKind.RECORDING_RULE)
                .description("everywhere").build(),
            SeriesBreak.builder().date(LocalDate.of(2018, 4, 1)).kind(BreakKind.BOUNDARY)
                .description("here").geography(here).build())
        .build();
    assertThat(m.breakDatesFor(Optional.of(here))).containsExactly(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 4, 1));
    assertThat(m.breakDatesFor(Optional.empty())).containsExactly(LocalDate.of(2017, 4, 1));
  }

  @Test
  void fundingTotalsAwardsAndKnowsWhetherThereIsACoreBudget() {
    Funding none = Funding.builder().addCoreAllocation(BudgetAllocation.builder().organisationId("c")
        .amount(Money.ZERO).period(FinancialYear.of(2024)).build()).build();
    assertThat(none.hasCoreBudget()).isFalse();
    Funding some = Funding.builder().addCoreAllocation(BudgetAllocation.builder().organisationId("c")
            .amount(Money.parse("0.01")).period(FinancialYear.of(2024)).build())
        .addBids(FundingBid.builder().id("a").title("a").status(BidStatus.AWARDED).amountAwarded(Money.ofPounds(5)).build(),
            FundingBid.builder().id("b").title("b").status(BidStatus.PARTIAL).amountAwarded(Money.ofPounds(7)).build(),
            FundingBid.builder().id("c").title("c").status(BidStatus.REJECTED).build())
        .build();
    assertThat(some.hasCoreBudget()).isTrue();
    assertThat(some.totalAwarded()).isEqualTo(Money.ofPounds(12));
    assertThat(Funding.NONE.totalAwarded()).isEqualTo(Money.ZERO);
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertThat(Membership.nonStatutory("x", PartnerCategory.OTHER).onBoard()).isTrue();
    assertThat(Membership.nonStatutory("x", PartnerCategory.OTHER).validity()).isEqualTo(DateRange.all());
    assertThat(ManagingTeam.of("Team", "council").onBehalfOfStatutoryPartners()).isTrue();
    assertThat(FundingBid.builder().id("b").title("t").status(BidStatus.PLANNED).build().approximate()).isFalse();
    assertThat(Annex.builder().number(1).title("t").kind(AnnexKind.OTHER).build().published()).isTrue();
    assertThat(CombinationAgreement.builder().build().secretaryOfStateParty()).isFalse();
    assertThat(ScheduledReview.builder().kind(RevisionKind.FULL_REVIEW).when(FinancialYear.of(2026))
        .description("d").build().completed()).isFalse();
    assertThat(io.github.sscp.model.governance.BodySeat.of("c").senior()).isFalse();
    assertThat(io.github.sscp.model.governance.BodySeat.of("c").appointedByOrganisationId()).contains("c");
    assertThat(GovernanceBody.builder().id("b").name("b").type(GovernanceBodyType.OTHER).build().existsOn(D)).isTrue();
    assertThat(GovernanceBody.builder().id("b").name("b").type(GovernanceBodyType.OTHER)
        .validity(DateRange.ofUnboundedEnd(D.plusDays(1))).build().existsOn(D)).isFalse();
    assertThat(Action.builder().id("a").title("t").ownerOrganisationId("o").build().status())
        .isEqualTo(ActionStatus.NOT_STARTED);
    assertThat(Observation.builder().id("o").measureId("m").period(CalendarMonth.of(2024, 1)).value(BigDecimal.ONE)
        .build().status()).isEqualTo(io.github.sscp.model.measure.ObservationStatus.FINAL);
  }

  @Test
  void enumsCarryTheirFacts() {
    assertThat(Frequency.QUARTERLY.months()).isEqualTo(3);
    assertThat(Frequency.SIX_MONTHLY.months()).isEqualTo(6);
    assertThat(Frequency.AD_HOC.months()).isZero();
    assertThat(ValueType.COUNT.isWholeNumber()).isTrue();
    assertThat(ValueType.RANK.isWholeNumber()).isTrue();
    assertThat(ValueType.BOOLEAN.isWholeNumber()).isTrue();
    assertThat(ValueType.RATE.isWholeNumber()).isFalse();
    assertThat(StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES.provision()).isEqualTo("s6(1)(d)(ii)");
    assertThat(ActionStatus.CANCELLED.isClosed()).isTrue();
    assertThat(ActionStatus.DEFERRED.isClosed()).isFalse();
    assertThat(MembershipRole.RESPONSIBLE_AUTHORITY.isStatutory()).isTrue();
    assertThat(MembershipRole.LOCAL_POLICING_BODY.isStatutory()).isFalse();
    assertThat(CrimeCategories.policeUk()).hasSize(14).allSatisfy(c -> assertThat(c.id()).startsWith("police-uk/"));
    assertThat(CrimeCategories.homeOffice()).allSatisfy(c -> assertThat(c.id()).startsWith("home-office/"));
    assertThat(CrimeCategories.all()).hasSize(CrimeCategories.policeUk().size() + CrimeCategories.homeOffice().size());
    assertThat(GssCode.of("E22000120")).isLessThan(GssCode.of("E22000121"));
  }

  @Test
  void strategicAssessmentWasPublishedByItsDayOrTheEndOfItsMonth() {
    StrategicAssessment.Builder b = StrategicAssessment.builder().id("a").title("t")
        .periodCovered(FinancialYear.of(2023)).published(true);
    assertThat(b.build().publishedNoLaterThan()).isEmpty();
    assertThat(b.publishedIn(YearMonth.of(2023, 11)).build().publishedNoLaterThan()).contains(LocalDate.of(2023, 11, 30));
    assertThat(b.publishedOn(LocalDate.of(2023, 11, 7)).build().publishedNoLaterThan()).contains(LocalDate.of(2023, 11, 7));
  }

  @Test
  void messagesSayWhatIsMissingOrForbidden() {
    assertThatThrownBy(() -> Membership.builder().organisationId("x").role(MembershipRole.RESPONSIBLE_AUTHORITY).build())
        .hasMessageEndingWith("needs a responsibleAuthorityType");
    assertThatThrownBy(() -> Membership.builder().from(Membership.nonStatutory("x", PartnerCategory.OTHER))
        .responsibleAuthorityType(ResponsibleAuthorityType.LOCAL_AUTHORITY).build())
        .hasMessageEndingWith("must not have one");
    assertThatThrownBy(() -> Membership.responsibleAuthority("x", ResponsibleAuthorityType.HEALTH_BODY))
        .hasMessageEndingWith("needs a healthBodyKind");
    assertThatThrownBy(() -> Membership.builder().from(Membership.responsibleAuthority("x",
        ResponsibleAuthorityType.PROBATION_PROVIDER)).healthBodyKind(
            io.github.sscp.model.organisation.HealthBodyKind.INTEGRATED_CARE_BOARD).build())
        .hasMessageEndingWith("is not a HEALTH_BODY and must not have one");
    assertThatThrownBy(() -> Action.builder().id("a").title("t").ownerOrganisationId("o")
        .status(ActionStatus.COMPLETE).build()).hasMessageEndingWith("needs a completedDate");
    assertThatThrownBy(() -> Action.builder().id("a").title("t").ownerOrganisationId("o")
        .completedDate(D).build()).hasMessageEndingWith("must not have a completedDate");
    assertThat(new ValueParseException("thing", "x".repeat(100), "bad").getMessage())
        .contains("x".repeat(60) + "…(100 characters)").doesNotContain("x".repeat(61));
    assertThat(new ValueParseException("thing", "x".repeat(60), "bad").getMessage()).contains("'" + "x".repeat(60) + "'");
    assertThat(new ValueParseException("thing", "abc", "bad").text()).isEqualTo("abc");
  }

  @Test
  void violationsSortByPathThenCodeAndMessage() {
    Violation a = new Violation("a", "m", "X");
    Violation b1 = new Violation("b", "m", "A");
    Violation b2 = new Violation("b", "m", "B");
    assertThat(List.of(b2, a, b1).stream().sorted().toList()).containsExactly(a, b1, b2);
    assertThat(new Violation("", "m", "C").toString()).isEqualTo("(root): m [C]");
    assertThat(Set.of(a)).contains(new Violation("a", "m", "X"));
  }
}
