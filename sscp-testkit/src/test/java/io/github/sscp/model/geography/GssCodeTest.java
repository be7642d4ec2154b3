package io.github.sscp.model.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sscp.model.base.ValueParseException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A GSS code is checked by a hand-written loop for speed (every read meets codes); it must accept
 * exactly what the published shape {@code [EWSNK]\d{8}} accepts, stripped of surrounding white
 * space by {@code parse} and taken exactly by {@code of}.
 */
class GssCodeTest {

  static final Pattern SHAPE = Pattern.compile("[EWSNK]\\d{8}");
  /** Characters near every boundary the loop tests. */
  static final String ALPHABET = "EWSNKDFe0189/:\u0660 ";

  static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(7, 11)
        .map(is -> is.stream().map(i -> String.valueOf(ALPHABET.charAt(i)))
            .collect(Collectors.joining()));
  }

  static boolean accepted(String s) {
    try {
      GssCode.of(s);
      return true;
    } catch (ValueParseException e) {
      return false;
    }
  }

  @Test
  void ofAcceptsExactlyWhatTheShapeAccepts() {
    qt().withExamples(20_000).forAll(texts()).checkAssert(s ->
        assertThat(accepted(s)).as("'%s'", s).isEqualTo(SHAPE.matcher(s).matches()));
    assertThat(accepted("E22000120")).isTrue();
    assertThat(accepted("W06000011")).isTrue();
    assertThat(accepted("E2200012")).isFalse();
    assertThat(accepted("E220001201")).isFalse();
    assertThat(accepted("e22000120")).isFalse();
    assertThat(accepted("E2200012\u0660")).isFalse();  // an Arabic-Indic zero is not a digit here
  }

  @Test
  void parseStripsWhiteSpaceAndNamesWhatItExpects() {
    assertThat(GssCode.parse(" E22000120\t")).isEqualTo(GssCode.of("E22000120"));
    assertThatThrownBy(() -> GssCode.parse("X22000120")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("expected a nation letter E, W, S, N or K and eight digits");
  }
}
