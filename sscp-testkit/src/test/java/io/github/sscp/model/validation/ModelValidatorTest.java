package io.github.sscp.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sscp.model.Fixtures;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.measure.CrimeCategorySystem;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.ContactDetails;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelValidatorTest {

  static final ModelValidator VALIDATOR = ModelValidator.shared();

  static Partnership valid() {
    return Fixtures.partnership();
  }

  @Test
  void validPartnership_hasNoViolations() {
    assertThat(VALIDATOR.validate(valid())).isEmpty();
  }

  @Test
  void brokenPartnership_reportsEveryViolationWithItsPathInOneCall() {
    Partnership valid = valid();
    Strategy strategy = valid.strategies().get(0);
    FocusArea focus = strategy.focusAreas().get(0);
    Partnership broken = Partnership.builder().from(valid)
        .name(" ")                                                   // blank name
        .addOrganisation(Organisation.builder().id("Bad Id").name("x")
            .type(OrganisationType.OTHER).build())                   // malformed id
        .addOrganisation(Fixtures.organisation("police", OrganisationType.POLICE_FORCE)) // duplicate id
        .addOrganisation(Organisation.builder().id("nhs").name("NHS").type(OrganisationType.NHS_TRUST)
            .putIdentifier("ods", " ").build())                      // blank map value
        .addPerson(Person.builder().id("clerk").displayName("Clerk")
            .contact(ContactDetails.builder().email("not-an-email").build()).build())
        .strategies(List.of(Strategy.builder().from(strategy)
            .priorities(List.of(Priority.builder().from(strategy.priorities().get(0)).order(0)
                .addAlias("").build()))                              // order 0, blank alias
            .focusAreas(List.of(FocusArea.builder().from(focus)
                .addPriorityId("no-such-priority")                   // dangling priority
                .keyCrimeIssueId("no-such-issue")                    // dangling key crime issue
                .measuresOfSuccess(List.of(MeasureBinding.of("no-such-measure")))
                .build()))
            .build()))
        .observations(ObservationLog.of(List.of(Observation.builder().id("o1").measureId("burglaries")
            .geography(GssCode.of("E22000120")).period(CalendarMonth.of(2024, 5))
            .value(new BigDecimal("-3")).build())))                 // negative count
        .build();

    List<Violation> violations = VALIDATOR.validate(broken);

    assertThat(violations).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("name", "NotBlank"),
        tuple("organisations[3].id", "Id"),
        tuple("organisations[4].id", Violation.DUPLICATE_ID),
        tuple("organisations[5].identifiers[ods]", "NotBlank"),
        tuple("people[0].contact.email", "Email"),
        tuple("strategies[0].priorities[0].order", "Positive"),
        tuple("strategies[0].priorities[0].aliases[0]", "NotBlank"),
        tuple("strategies[0].focusAreas[0].priorityIds[1]", Violation.REFERENCE),
        tuple("strategies[0].focusAreas[0].keyCrimeIssueId", Violation.REFERENCE),
        tuple("strategies[0].focusAreas[0].measuresOfSuccess[0].measureId", Violation.REFERENCE),
        tuple("observations.entries[0].value", Violation.VALUE_TYPE));
    assertThat(violations).isSorted();
    assertThat(violations).filteredOn(v -> v.path().endsWith("priorityIds[1]")).singleElement()
        .extracting(Violation::message).asString()
        .isEqualTo("refers to priority 'no-such-priority', which does not exist here");
    assertThat(violations).filteredOn(v -> v.path().equals("organisations[4].id")).singleElement()
        .extracting(Violation::message).asString()
        .isEqualTo("id 'police' is already used by another organisation");
  }

  @Test
  void referencesWithinAStrategyResolveOnlyInThatStrategy() {
    Strategy first = Fixtures.strategy();
    Strategy second = Strategy.builder().from(first).id("plan-2")
        .priorities(List.of(Priority.builder().id("other").order(1).title("Other").build()))
        .build();                                                    // its focus area names "safer"
    Partnership p = Partnership.builder().from(valid()).addStrategy(second).build();
    assertThat(VALIDATOR.validate(p)).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("strategies[1].focusAreas[0].priorityIds[0]", Violation.REFERENCE));
  }

  @Test
  void actionAndPriorityIds_mayRepeatAcrossStrategiesButNotWithinOne() {
    Strategy second = Strategy.builder().from(Fixtures.strategy()).id("plan-2").build();
    assertThat(VALIDATOR.validate(Partnership.builder().from(valid()).addStrategy(second).build())).isEmpty();
    Strategy twice = Strategy.builder().from(Fixtures.strategy())
        .addFocusArea(FocusArea.builder().id("again").kind(FocusAreaKind.WORKSTREAM).title("Again")
            .addHowWeWillDoIt(Action.builder().id("cctv").title("t").ownerOrganisationId("council").build())
            .build()).build();
    assertThat(VALIDATOR.validate(Partnership.builder().from(valid()).strategies(List.of(twice)).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("strategies[0].focusAreas[1].howWeWillDoIt[0].id", Violation.DUPLICATE_ID));
  }

  @Test
  void localCrimeCategories_resolveAndMayNotReuseABuiltInId() {
    CrimeCategory local = CrimeCategory.of("local/syv", CrimeCategorySystem.LOCAL, "syv", "Serious youth violence");
    CrimeCategory clash = CrimeCategory.of("police-uk/burglary", CrimeCategorySystem.LOCAL, "b", "Burglary");
    Partnership p = Partnership.builder().from(valid()).addCrimeCategories(local, clash)
        .addMeasure(Fixtures.measure("syv").withCrimeCategoryIds("local/syv")).build();
    assertThat(VALIDATOR.validate(p)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("crimeCategories[1].id");
      assertThat(v.message()).contains("built-in");
    });
  }

  @Test
  void contextOnlyMeasure_acceptsOnlyDirectionOnlyTargets() {
    Partnership valid = valid();
    Strategy strategy = valid.strategies().get(0);
    FocusArea focus = FocusArea.builder().from(strategy.focusAreas().get(0))
        .measuresOfSuccess(List.of(MeasureBinding.builder().measureId("burglaries")
            .addTarget(Target.directionOnly(FinancialYear.of(2025)))
            .addTarget(Target.builder().type(TargetType.ABSOLUTE).value(BigDecimal.TEN)
                .by(FinancialYear.of(2025)).build()).build())).build();
    Partnership p = Partnership.builder().from(valid)
        .measures(List.of(Fixtures.measure("burglaries").withPolarity(Polarity.CONTEXT_ONLY)))
        .strategies(List.of(Strategy.builder().from(strategy).focusAreas(List.of(focus)).build()))
        .build();
    assertThat(VALIDATOR.validate(p)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("strategies[0].focusAreas[0].measuresOfSuccess[0].targets[1].type");
      assertThat(v.code()).isEqualTo(Violation.TARGET_POLARITY);
    });
  }

  static Stream<Arguments> impossibleValues() {
    return Stream.of(
        Arguments.of(ValueType.COUNT, "-1"), Arguments.of(ValueType.COUNT, "1.5"),
        Arguments.of(ValueType.RANK, "0"), Arguments.of(ValueType.RANK, "2.5"),
        Arguments.of(ValueType.BOOLEAN, "2"), Arguments.of(ValueType.PERCENTAGE, "100.1"),
        Arguments.of(ValueType.PERCENTAGE, "-0.1"), Arguments.of(ValueType.RATE, "-0.5"),
        Arguments.of(ValueType.DURATION, "-1"));
  }

  @ParameterizedTest(name = "{1} is impossible for a {0} measure")
  @MethodSource("impossibleValues")
  void observedValuesImpossibleForTheMeasure_areReported(ValueType type, String value) {
    assertThat(VALIDATOR.validate(withObservedValue(type, value))).extracting(Violation::code)
        .containsExactly(Violation.VALUE_TYPE);
  }

  static Stream<Arguments> possibleValues() {
    return Stream.of(
        Arguments.of(ValueType.COUNT, "0"), Arguments.of(ValueType.COUNT, "7.0"),
        Arguments.of(ValueType.RANK, "1"), Arguments.of(ValueType.BOOLEAN, "0"),
        Arguments.of(ValueType.BOOLEAN, "1"), Arguments.of(ValueType.PERCENTAGE, "100"),
        Arguments.of(ValueType.PERCENTAGE, "0"), Arguments.of(ValueType.RATE, "0"),
        Arguments.of(ValueType.RATIO, "-3"), Arguments.of(ValueType.CURRENCY, "-5.25"));
  }

  @ParameterizedTest(name = "{1} is possible for a {0} measure")
  @MethodSource("possibleValues")
  void observedValuesPossibleForTheMeasure_pass(ValueType type, String value) {
    assertThat(VALIDATOR.validate(withObservedValue(type, value))).isEmpty();
  }

  static Observation counted(String id, io.github.sscp.model.time.ReportingPeriod period,
      java.util.Optional<GssCode> area) {
    return Observation.builder().id(id).measureId("burglaries").period(period).geography(area)
        .value(BigDecimal.TEN).build();
  }

  @Test
  void monthsAmongAMeasuresQuarters_areALocatedViolation_evenWhenOneIsPlacedInTheOwnArea() {
    var quarter = io.github.sscp.model.time.Quarter.of(FinancialYear.of(2024), 1);
    Partnership mixed = Partnership.builder().from(valid()).observations(ObservationLog.of(List.of(
        counted("q", quarter, java.util.Optional.empty()),
        counted("m", CalendarMonth.of(2024, 7), java.util.Optional.of(Fixtures.CSP))))).build();
    assertThat(VALIDATOR.validate(mixed)).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("observations.entries[1].period", Violation.MIXED_PERIODS));
    assertThat(VALIDATOR.validate(mixed).get(0).message())
        .isEqualTo("measure burglaries: this series mixes quarters (2024/25 Q1) with months"
            + " (2024-07); a measure's series has one kind of period: give these to a measure of"
            + " their own frequency");
    // another area's months beside the partnership's quarters are a series of their own
    Partnership peer = Partnership.builder().from(valid()).observations(ObservationLog.of(List.of(
        counted("q", quarter, java.util.Optional.empty()),
        counted("m", CalendarMonth.of(2024, 7), java.util.Optional.of(GssCode.of("E22000121"))))))
        .build();
    assertThat(VALIDATOR.validate(peer)).isEmpty();
  }

  static Partnership withObservedValue(ValueType type, String value) {
    io.github.sscp.model.measure.MeasureDefinition m = Fixtures.measure("burglaries").withValueType(type);
    if (type == ValueType.RATE) {
      m = io.github.sscp.model.measure.MeasureDefinition.builder().from(m)
          .rateBase(io.github.sscp.model.measure.RateBase.builder().per(1000)
              .denominator(io.github.sscp.model.measure.DenominatorKind.RESIDENTS)
              .source("ONS").year(2023).build()).build();
    }
    return Partnership.builder().from(valid()).measures(List.of(m))
        .observations(ObservationLog.of(List.of(Observation.builder().id("o").measureId("burglaries")
            .period(CalendarMonth.of(2024, 5)).value(new BigDecimal(value)).build())))
        .build();
  }

  @Test
  void rolesKindsNationsAndTiersMustFitEachOther() {
    Partnership english = valid();
    assertThat(VALIDATOR.validate(Partnership.builder().from(english)
        .memberships(List.of(Membership.responsibleAuthority("icb", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE)))
        .build())).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("memberships[0].responsibleAuthorityType", Violation.ROLE_MISMATCH));
    assertThat(VALIDATOR.validate(Partnership.builder().from(english)
        .memberships(List.of(Membership.healthBody("icb", HealthBodyKind.LOCAL_HEALTH_BOARD))).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("memberships[0].healthBodyKind", Violation.NATION_MISMATCH));
    assertThat(VALIDATOR.validate(Partnership.builder().from(english)
        .organisations(List.of(Fixtures.council("council", LocalAuthorityTier.DISTRICT))).build()))
        .extracting(Violation::path, Violation::code)
        .contains(tuple("memberships[0].organisationId", Violation.STRUCTURE_MISMATCH));
    assertThat(VALIDATOR.validate(Partnership.builder().from(english)
        .organisations(List.of(Fixtures.organisation("council", OrganisationType.LOCAL_AUTHORITY))).build()))
        .extracting(Violation::path, Violation::code)
        .contains(tuple("memberships[0].organisationId", Violation.INCOMPLETE));
    assertThat(VALIDATOR.validate(Partnership.builder().from(english)
        .addOrganisation(Fixtures.organisation("pcc", OrganisationType.LOCAL_POLICING_BODY))
        .addMembership(Membership.builder().organisationId("pcc").role(MembershipRole.LOCAL_POLICING_BODY)
            .build()).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("memberships[3].organisationId", Violation.INCOMPLETE));
    assertThat(VALIDATOR.validate(Partnership.builder().from(english).nation(Nation.WALES).build()))
        .extracting(Violation::path, Violation::code).contains(
            tuple("area.code", Violation.NATION_MISMATCH), tuple("structure", Violation.NATION_MISMATCH),
            tuple("memberships[2].healthBodyKind", Violation.NATION_MISMATCH));
    assertThat(VALIDATOR.validate(Partnership.builder().from(english).merged(true)
        .addCoveredArea(GeographyRef.of(GssCode.of("E06000045"), "Southampton")).build()))
        .extracting(Violation::path).containsExactly("coveredAreas");
    assertThat(VALIDATOR.validate(Partnership.builder().from(english)
        .structure(LocalGovernmentStructure.WELSH_PRINCIPAL_AREA).build()))
        .extracting(Violation::path).contains("structure");
  }

  @Test
  void coveredAreasOfTheOtherNation_andRepeatedKeyCrimeIssuePositions_areReported() {
    Strategy s = Strategy.builder().from(Fixtures.strategy())
        .addKeyCrimeIssues(io.github.sscp.model.strategy.KeyCrimeIssue.builder().id("a").order(1).title("A")
                .period(FinancialYear.of(2024)).build(),
            io.github.sscp.model.strategy.KeyCrimeIssue.builder().id("b").order(1).title("B")
                .period(FinancialYear.of(2024)).build()).build();
    assertThat(VALIDATOR.validate(Partnership.builder().from(valid()).strategies(List.of(s))
        .addCoveredArea(GeographyRef.of(GssCode.of("W06000015"), "Cardiff")).build()))
        .extracting(Violation::path, Violation::code).containsExactly(
            tuple("coveredAreas[0].code", Violation.NATION_MISMATCH),
            tuple("strategies[0].keyCrimeIssues[1].order", Violation.DUPLICATE_ORDER));
  }

  @Test
  void aPoliceFireAndCrimeCommissionerMayBeTheFireAuthority_butAPccMayNot() {
    Organisation pfcc = Organisation.builder().id("pfcc").name("PFCC").type(OrganisationType.LOCAL_POLICING_BODY)
        .policingBodyKind(io.github.sscp.model.organisation.LocalPolicingBodyKind.POLICE_FIRE_AND_CRIME_COMMISSIONER)
        .build();
    Partnership p = Partnership.builder().from(valid()).addOrganisation(pfcc)
        .addMembership(Membership.responsibleAuthority("pfcc", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        .build();
    assertThat(VALIDATOR.validate(p)).isEmpty();
    Organisation pcc = pfcc.withPolicingBodyKind(
        io.github.sscp.model.organisation.LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER);
    assertThat(VALIDATOR.validate(p.withOrganisations(List.of(p.organisations().get(0), p.organisations().get(1),
        p.organisations().get(2), pcc)))).extracting(Violation::code).containsExactly(Violation.ROLE_MISMATCH);
    assertThat(VALIDATOR.validate(p.withOrganisations(List.of(p.organisations().get(0), p.organisations().get(1),
        p.organisations().get(2), Fixtures.organisation("pfcc", OrganisationType.POLICE_FORCE)))))
        .extracting(Violation::code).containsExactly(Violation.ROLE_MISMATCH);
  }

  @Test
  void duplicatePriorityOrder_isReportedAtTheSecond() {
    Strategy s = Strategy.builder().from(Fixtures.strategy())
        .addPriority(Priority.builder().id("also").order(1).title("Also first").build()).build();
    assertThat(VALIDATOR.validate(Partnership.builder().from(valid()).strategies(List.of(s)).build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("strategies[0].priorities[1].order", Violation.DUPLICATE_ORDER));
  }

  @Test
  void anyModelValue_canBeValidatedOnItsOwn() {
    FocusArea focus = FocusArea.builder().id("f").kind(FocusAreaKind.WORKSTREAM).title("").build();
    assertThat(VALIDATOR.validate(focus)).extracting(Violation::path).containsExactly("title");
  }

  @Test
  void requireValid_throwsWithEveryViolation() {
    Partnership p = Partnership.builder().from(valid()).name("").build();
    assertThat(VALIDATOR.requireValid(valid())).isEqualTo(valid());
    assertThatThrownBy(() -> VALIDATOR.requireValid(p)).isInstanceOf(ModelValidationException.class)
        .hasMessageContaining("name: must not be blank")
        .satisfies(e -> assertThat(((ModelValidationException) e).violations()).hasSize(1));
  }

  @Test
  void startingTheValidator_doesNotPrintHibernateValidatorsVersionLine() {
    java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version").setLevel(null);
    ModelValidator.create();
    assertThat(java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version").getLevel())
        .isEqualTo(java.util.logging.Level.WARNING);
  }
}
