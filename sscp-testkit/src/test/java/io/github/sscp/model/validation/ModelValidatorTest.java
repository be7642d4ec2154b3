package io.github.sscp.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Fixtures;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ContactDetails;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Month;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

  static final ModelValidator VALIDATOR = ModelValidator.shared();

  @Test
  void validPartnership_hasNoViolations() {
    assertThat(VALIDATOR.validate(Fixtures.partnership())).isEmpty();
  }

  @Test
  void brokenPartnership_reportsEveryViolationWithItsPathInOneCall() {
    Partnership valid = Fixtures.partnership();
    Strategy strategy = valid.strategies().get(0);
    FocusArea focus = strategy.focusAreas().get(0);
    Partnership broken = Partnership.builder().from(valid)
        .name(" ")                                                   // blank name
        .addOrganisation(Organisation.builder().id("Bad Id").name("x")
            .type(OrganisationType.OTHER).build())                   // malformed id
        .addOrganisation(Fixtures.organisation("police", OrganisationType.POLICE_FORCE)) // duplicate id
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
            .geography(GssCode.of("E22000120")).period(Month.of(2024, 5)).value(new BigDecimal("-3"))
            .build())))                                              // negative count
        .build();

    List<Violation> violations = VALIDATOR.validate(broken);

    assertThat(violations).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("name", "NotBlank"),
        org.assertj.core.groups.Tuple.tuple("organisations[3].id", "Pattern"),
        org.assertj.core.groups.Tuple.tuple("organisations[4].id", Violation.DUPLICATE_ID),
        org.assertj.core.groups.Tuple.tuple("people[0].contact.email", "Email"),
        org.assertj.core.groups.Tuple.tuple("strategies[0].priorities[0].order", "Positive"),
        org.assertj.core.groups.Tuple.tuple("strategies[0].priorities[0].aliases[0]", "NotBlank"),
        org.assertj.core.groups.Tuple.tuple("strategies[0].focusAreas[0].priorityIds[1]", Violation.REFERENCE),
        org.assertj.core.groups.Tuple.tuple("strategies[0].focusAreas[0].keyCrimeIssueId", Violation.REFERENCE),
        org.assertj.core.groups.Tuple.tuple("strategies[0].focusAreas[0].measuresOfSuccess[0].measureId",
            Violation.REFERENCE),
        org.assertj.core.groups.Tuple.tuple("observations.entries[0].value", Violation.VALUE_TYPE));
    assertThat(violations).isSorted();
    assertThat(violations).filteredOn(v -> v.path().endsWith("priorityIds[1]")).singleElement()
        .extracting(Violation::message).asString().contains("priority 'no-such-priority'");
  }

  @Test
  void contextOnlyMeasure_acceptsOnlyDirectionOnlyTargets() {
    Partnership valid = Fixtures.partnership();
    Strategy strategy = valid.strategies().get(0);
    FocusArea focus = FocusArea.builder().from(strategy.focusAreas().get(0))
        .measuresOfSuccess(List.of(MeasureBinding.builder().measureId("burglaries")
            .addTarget(Target.builder().type(TargetType.ABSOLUTE).value(BigDecimal.TEN)
                .by(FinancialYear.of(2025)).build()).build())).build();
    Partnership p = Partnership.builder().from(valid)
        .measures(List.of(Fixtures.measure("burglaries").withPolarity(Polarity.CONTEXT_ONLY)))
        .strategies(List.of(Strategy.builder().from(strategy).focusAreas(List.of(focus)).build()))
        .build();
    assertThat(VALIDATOR.validate(p)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("strategies[0].focusAreas[0].measuresOfSuccess[0].targets[0].type");
      assertThat(v.code()).isEqualTo(Violation.TARGET_POLARITY);
    });
  }

  @Test
  void anyModelValue_canBeValidatedOnItsOwn() {
    FocusArea focus = FocusArea.builder().id("f").kind(FocusAreaKind.WORKSTREAM).title("").build();
    assertThat(VALIDATOR.validate(focus)).extracting(Violation::path).containsExactly("title");
  }

  @Test
  void requireValid_throwsWithEveryViolation() {
    Partnership p = Partnership.builder().from(Fixtures.partnership()).name("").build();
    assertThatThrownBy(() -> VALIDATOR.requireValid(p)).isInstanceOf(ModelValidationException.class)
        .hasMessageContaining("name: must not be blank")
        .satisfies(e -> assertThat(((ModelValidationException) e).violations()).hasSize(1));
  }
}
