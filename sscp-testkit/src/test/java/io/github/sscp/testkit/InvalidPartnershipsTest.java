package io.github.sscp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import io.github.sscp.testkit.InvalidPartnerships.Breakage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InvalidPartnershipsTest {

  @ParameterizedTest(name = "{0} yields exactly its named violation")
  @EnumSource(Breakage.class)
  void eachBreakageYieldsExactlyTheNamedViolation(Breakage breakage) {
    qt().withExamples(Examples.scaled(60)).forAll(SscpGen.of(InvalidPartnerships.of(breakage))).checkAssert(invalid ->
        assertThat(ModelValidator.shared().validate(invalid.value()))
            .as("%s", invalid.path())
            .singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo(invalid.path());
              assertThat(v.code()).isEqualTo(invalid.constraint()).isEqualTo(breakage.constraint());
            }));
  }

  @ParameterizedTest(name = "{0} from a seed")
  @EnumSource(Breakage.class)
  void seededInvalidSamplesAreTheSameForTheSameSeed(Breakage breakage) {
    InvalidValue<?> a = SscpSamples.invalidPartnership(breakage, 7L);
    InvalidValue<?> b = SscpSamples.invalidPartnership(breakage, 7L);
    assertThat(a).isEqualTo(b);
    assertThat(ModelValidator.shared().validate(a.value())).extracting(Violation::path)
        .containsExactly(a.path());
  }
}
