package io.github.sscp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
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
    qt().withExamples(150).forAll(gen)
        .checkAssert(v -> assertThat(VALIDATOR.validate(v)).as("%s", v).isEmpty());
  }

  @Test
  void typicalPartnershipsValidateAndRespectTheSizeKnobs() {
    PartnershipSize size = PartnershipSize.typical();
    qt().withExamples(40).forAll(SscpGen.partnerships(size)).checkAssert(p -> {
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
  void statutoryAndNonStatutoryMembersPartitionTheMembership() {
    qt().forAll(SscpGen.partnerships()).checkAssert(p -> {
      assertThat(p.statutoryMemberships().size() + p.nonStatutoryMemberships().size())
          .isEqualTo(p.memberships().size());
      assertThat(p.statutoryMemberships()).allSatisfy(m ->
          assertThat(m.responsibleAuthorityType()).isPresent());
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
  void shrinkingLeadsToTheSimplestPartnership() {
    // A deliberately false property: the smallest counter-example QuickTheories finds is minimal.
    Partnership[] smallest = new Partnership[1];
    try {
      qt().withExamples(50).forAll(SscpGen.partnerships()).check(p -> {
        boolean holds = p.organisations().size() < 2;
        if (!holds && (smallest[0] == null
            || p.organisations().size() <= smallest[0].organisations().size())) {
          smallest[0] = p;
        }
        return holds;
      });
    } catch (AssertionError expected) {
      assertThat(expected.getMessage()).contains("Smallest found falsifying value");
    }
    assertThat(smallest[0]).isNotNull();
    assertThat(smallest[0].organisations()).hasSize(2);
  }
}
