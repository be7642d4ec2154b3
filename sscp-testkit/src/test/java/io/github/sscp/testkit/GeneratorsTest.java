package io.github.sscp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.validation.ModelValidator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/** Every generator makes only valid values; the seed is the build's QT_SEED. */
class GeneratorsTest {

  static final ModelValidator VALIDATOR = ModelValidator.shared();

  static Stream<String> everyNoArgumentGenerator() {
    return Arrays.stream(SscpGen.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getReturnType() == Gen.class && !m.getName().equals("invalidPartnerships"))
        .map(Method::getName).sorted();
  }

  @ParameterizedTest(name = "SscpGen.{0}() values validate")
  @MethodSource("everyNoArgumentGenerator")
  @SuppressWarnings("unchecked")
  void everyGeneratedValueValidates(String generator) throws ReflectiveOperationException {
    Gen<Object> gen = (Gen<Object>) SscpGen.class.getMethod(generator).invoke(null);
    qt().withExamples(Examples.scaled(150)).forAll(gen)
        .checkAssert(v -> assertThat(VALIDATOR.validate(v)).as("%s", v).isEmpty());
  }

  @Test
  void typicalPartnershipsValidateAndRespectTheSizeKnobs() {
    PartnershipSize size = PartnershipSize.typical();
    qt().withExamples(Examples.scaled(40)).forAll(SscpGen.partnerships(size)).checkAssert(p -> {
      assertThat(VALIDATOR.validate(p)).isEmpty();
      assertThat(p.organisations().size()).isBetween(size.minPartners(), size.maxPartners());
      assertThat(p.strategies().get(0).priorities().size())
          .isBetween(size.minPriorities(), size.maxPriorities());
      assertThat(p.measures().size()).isBetween(size.minMeasures(), size.maxMeasures());
      assertThat(p.observations().entries().size())
          .isBetween(size.minObservations(), size.maxObservations());
    });
  }

  @Test
  void currentObservationsNeverIncludeASupersededOne() {
    qt().forAll(SscpGen.partnerships(PartnershipSize.small().withObservations(5, 30)))
        .checkAssert(p -> {
          Set<String> superseded = new HashSet<>();
          p.observations().entries().forEach(o -> o.supersedesId().ifPresent(superseded::add));
          assertThat(p.observations().current()).extracting(Observation::id)
              .noneMatch(superseded::contains);
          assertThat(p.observations().current().size() + superseded.size())
              .isEqualTo(p.observations().entries().size());
        });
  }

  @Test
  void shrinkingReportsAPartnershipWithTheFewestOrganisationsThatFalsifiesAProperty() {
    // A deliberately false property; QuickTheories must shrink it to exactly two organisations.
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(50).withShrinkCycles(100000).forAll(SscpGen.partnerships())
            .check(p -> p.organisations().size() < 2));
    assertThat(failure).isNotNull();
    String message = failure.getMessage();
    String smallest = message.replace("[Organisation{", "[ Organisation{").substring(message.indexOf("Smallest found falsifying value"),
        message.contains("Other found falsifying") ? message.indexOf("Other found falsifying")
            : message.length());
    assertThat(occurrences(smallest, " Organisation{")).as(smallest).isEqualTo(2);
    assertThat(message).contains("Seed was");
  }

  static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void generatedPartnershipsCoverTheVariationsTheModelMustHold() {
    java.util.List<Partnership> ps = SscpSamples.of(PartnershipRecipes.partnership(PartnershipSize.typical()), 1L, 60);
    assertThat(ps).anyMatch(p -> p.nation() == io.github.sscp.model.geography.Nation.WALES);
    assertThat(ps).anyMatch(Partnership::merged);
    assertThat(ps).anyMatch(p -> p.area().code().isEmpty());
    assertThat(ps).anyMatch(p -> p.structure() == io.github.sscp.model.geography.LocalGovernmentStructure.TWO_TIER_DISTRICT);
    assertThat(ps).anyMatch(p -> p.statutory().seriousViolenceDuty().isPresent());
    assertThat(ps).anyMatch(p -> p.statutory().asbCaseReview().isPresent());
    assertThat(ps).anyMatch(p -> p.strategies().get(0).kind() == io.github.sscp.model.strategy.StrategyKind.JOINT_PLAN);
    assertThat(ps).anyMatch(p -> p.memberships().stream().anyMatch(m -> !m.validity().isUnboundedStart()));
    assertThat(ps).anyMatch(p -> p.observations().entries().stream().anyMatch(o -> o.value().isEmpty()));
  }
}
