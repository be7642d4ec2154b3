package io.github.sscp.rules.board;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.AreaPopulation;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.ComparatorSource;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.governance.Risk;
import io.github.sscp.model.governance.RiskCategory;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.measure.Baseline;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.ActionStatus;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A small partnership for board pack tests: two quarterly count measures under two priorities,
 * one with a comparator group of three areas whose populations are known, one with no data;
 * actions overdue, due soon and at risk; a chair; every responsible authority.
 */
final class Boards {

  static final GssCode OWN = GssCode.of("E22000120");
  static final GssCode PEER_A = GssCode.of("E22000118");
  static final GssCode PEER_B = GssCode.of("E22000056");
  static final LocalDate LAW = LocalDate.of(2025, 7, 1);

  /** 200,000 residents here, 100,000 in A, 400,000 in B. */
  static final Map<GssCode, Long> RESIDENTS = Map.of(OWN, 200_000L, PEER_A, 100_000L,
      PEER_B, 400_000L);

  static final Function<GssCode, Optional<AreaPopulation>> POPULATIONS = code ->
      Optional.ofNullable(RESIDENTS.get(code)).map(n -> new AreaPopulation(code, "area " + code,
          n, 2021, "Census 2021 for tests"));

  private Boards() {}

  static Organisation org(String id, OrganisationType type) {
    return Organisation.builder().id(id).name("The " + id).type(type).build();
  }

  /**
   * Burglary by quarter to 2024/25 Q4: own 100, 101, 102 in turn (2023/24: 101, 102, 100, 101),
   * then the last four as given; peer A 30 each, peer B 100 each.
   */
  static List<Observation> burglary(int quarters, int q9, int q10, int q11, int q12) {
    List<Observation> obs = new ArrayList<>();
    Quarter q = Quarter.parse("2024/25 Q4").plusQuarters(1 - quarters);
    int[] last = {q9, q10, q11, q12};
    for (int i = 0; i < quarters; i++, q = q.plusQuarters(1)) {
      int before = quarters - 4;
      obs.add(Observation.builder().measureId("burglary").period(q)
          .value(BigDecimal.valueOf(i < before ? 100 + (i - before + 305) % 3 : last[i - before]))
          .build());
      obs.add(Observation.builder().measureId("burglary").geography(PEER_A).period(q)
          .value(BigDecimal.valueOf(30)).build());
      obs.add(Observation.builder().measureId("burglary").geography(PEER_B).period(q)
          .value(BigDecimal.valueOf(100)).build());
    }
    return obs;
  }

  static MeasureDefinition measure(String id, String name) {
    return MeasureDefinition.builder().id(id).name(name).valueType(ValueType.COUNT)
        .unit("offences").polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.QUARTERLY)
        .dataSource(DataSource.of("Home Office")).build();
  }

  static Strategy strategy(String chairNote) {
    Action overdue = Action.builder().id("cctv").title("Install CCTV").ownerOrganisationId("council")
        .dueDate(LocalDate.of(2025, 3, 31)).status(ActionStatus.IN_PROGRESS).build();
    Action soon = Action.builder().id("patrols").title("Hotspot patrols").ownerOrganisationId("police")
        .dueDate(LocalDate.of(2025, 9, 30)).status(ActionStatus.ON_TRACK).build();
    Action risky = Action.builder().id("diversion").title("Youth diversion")
        .ownerOrganisationId("council").dueDate(LocalDate.of(2026, 3, 31))
        .status(ActionStatus.AT_RISK).build();
    Action done = Action.builder().id("audit").title("Audit").ownerOrganisationId("council")
        .dueDate(LocalDate.of(2025, 1, 31)).completedDate(LocalDate.of(2025, 1, 15))
        .status(ActionStatus.COMPLETE).build();
    return Strategy.builder().id("plan").title("Safer Town Plan " + chairNote)
        .status(StrategyStatus.ACTIVE)
        .period(DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2027, 4, 1)))
        .statutoryStrands(EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER,
            StatutoryStrand.SUBSTANCE_MISUSE, StatutoryStrand.REOFFENDING,
            StatutoryStrand.SERIOUS_VIOLENCE_PREVENT_INVOLVEMENT,
            StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES))
        .addPriority(Priority.builder().id("safe").order(1).title("Keeping people safe").build())
        .addPriority(Priority.builder().id("strong").order(2).title("Strong communities").build())
        .addKeyCrimeIssue(KeyCrimeIssue.builder().id("theft").order(1).title("Tackling theft")
            .period(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 4, 1))).build())
        .addFocusArea(FocusArea.builder().id("burglary-obsession").kind(FocusAreaKind.OBSESSION)
            .title("Burglary").keyCrimeIssueId("theft").addPriorityId("safe")
            .dataSummary("Burglary is up").addWhatNeedsToBeDone("Target-harden homes")
            .addHowWeWillDoIt(overdue, soon, done)
            .addMeasuresOfSuccess(MeasureBinding.builder().measureId("burglary")
                .baseline(Baseline.builder().period(FinancialYear.of(2023))
                    .value(BigDecimal.valueOf(400)).build())
                .addTarget(Target.builder().type(TargetType.PERCENT_CHANGE_FROM_BASELINE)
                    .value(BigDecimal.valueOf(-5)).by(FinancialYear.of(2024)).build())
                .build())
            .build())
        .addFocusArea(FocusArea.builder().id("asb").kind(FocusAreaKind.OBSESSION)
            .title("Anti-social behaviour").addPriorityId("strong").addHowWeWillDoIt(risky)
            .addMeasuresOfSuccess(MeasureBinding.of("asb"), MeasureBinding.of("burglary"))
            .build())
        .build();
  }

  /** The partnership with twelve quarters of burglary, the last four given. */
  static Partnership partnership(int q9, int q10, int q11, int q12) {
    return partnership(12, q9, q10, q11, q12);
  }

  /** The partnership with so many quarters of burglary to 2024/25 Q4, the last four given. */
  static Partnership partnership(int quarters, int q9, int q10, int q11, int q12) {
    return Partnership.builder().id("safer-town").name("Safer Town Partnership")
        .nation(Nation.ENGLAND).area(GeographyRef.of(OWN, "Safer Town"))
        .structure(LocalGovernmentStructure.UNITARY)
        .addOrganisation(org("council", OrganisationType.LOCAL_AUTHORITY))
        .addOrganisation(org("police", OrganisationType.POLICE_FORCE))
        .addOrganisation(org("fire", OrganisationType.FIRE_AND_RESCUE))
        .addOrganisation(org("icb", OrganisationType.HEALTH_BODY))
        .addOrganisation(org("probation", OrganisationType.PROBATION))
        .addOrganisation(org("charity", OrganisationType.VOLUNTARY_OR_COMMUNITY))
        .addMembership(Membership.responsibleAuthority("council",
            ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(Membership.responsibleAuthority("police",
            ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE))
        .addMembership(Membership.responsibleAuthority("fire",
            ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        .addMembership(Membership.healthBody("icb", HealthBodyKind.INTEGRATED_CARE_BOARD))
        .addMembership(Membership.responsibleAuthority("probation",
            ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addMembership(Membership.nonStatutory("charity", PartnerCategory.CHARITY))
        .addPerson(Person.builder().id("chair").displayName("Alex Chair").build())
        .addOfficeholder(Officeholder.builder().office(Office.CHAIR).personId("chair").build())
        .addMeasure(measure("burglary", "Residential burglary"))
        .addMeasure(measure("asb", "Anti-social behaviour"))
        .observations(ObservationLog.of(burglary(quarters, q9, q10, q11, q12)))
        .addStrategy(strategy(""))
        .addComparatorGroup(ComparatorGroup.builder().id("peers").name("Peers")
            .source(ComparatorSource.CUSTOM).addMember(GeographyRef.of(OWN, "Safer Town"))
            .addMember(GeographyRef.of(PEER_A, "Aville")).addMember(GeographyRef.of(PEER_B,
                "Beeton")).build())
        .addRisk(Risk.builder().id("funding").description("Funding ends")
            .category(RiskCategory.FINANCIAL).ownerOrganisationId("council").build())
        .addTolerancePolicy(TolerancePolicy.relative("board", BigDecimal.TEN))
        .defaultTolerancePolicyId("board")
        .build();
  }
}
