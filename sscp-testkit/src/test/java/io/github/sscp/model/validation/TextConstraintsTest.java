package io.github.sscp.model.validation;

import io.github.sscp.model.constraint.IdValidator;
import io.github.sscp.model.constraint.NotBlankIfPresentValidator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sscp.model.base.Ids;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code @Id} and {@code @NotBlankIfPresent} are checked by hand-written loops for speed; they
 * must accept exactly what their published regular expressions accept (the id pattern is also
 * the JSON Schema's).
 */
class TextConstraintsTest {

  static final Pattern ID = Pattern.compile(Ids.PATTERN);
  static final Pattern NOT_BLANK = Pattern.compile("(?s).*\\S.*");
  /** Characters near every boundary the loops test. */
  static final String ALPHABET = "az09-._/A`{:@ \t\n\u000B\f\r\u00A0\u2028é";

  static Gen<String> texts(int maxLength) {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, maxLength)
        .map(is -> is.stream().map(i -> String.valueOf(ALPHABET.charAt(i)))
            .collect(Collectors.joining()));
  }

  @Test
  void isIdAcceptsExactlyWhatThePatternAccepts() {
    qt().withExamples(20_000).forAll(texts(12)).checkAssert(s ->
        assertThat(Ids.isId(s)).as("'%s'", s).isEqualTo(ID.matcher(s).matches()));
  }

  @Test
  void idsAreAtMost200Characters() {
    assertThat(Ids.isId("a".repeat(200))).isTrue();
    assertThat(Ids.isId("a".repeat(201))).isFalse();
    assertThat(ID.matcher("a".repeat(201)).matches()).isFalse();
    for (String s : List.of("a", "a-b", "police-uk/burglary", "a.b_c", "", "-a", "a-", "a--b", "A")) {
      assertThat(Ids.isId(s)).as(s).isEqualTo(ID.matcher(s).matches());
    }
  }

  @Test
  void notBlankIfPresentAcceptsExactlyWhatItsPatternAccepts() {
    NotBlankIfPresentValidator v = new NotBlankIfPresentValidator();
    qt().withExamples(20_000).forAll(texts(6)).checkAssert(s ->
        assertThat(v.isValid(s, null)).as("'%s'", s).isEqualTo(NOT_BLANK.matcher(s).matches()));
    assertThat(v.isValid(null, null)).isTrue();
    assertThat(new IdValidator().isValid(null, null)).isTrue();
  }
}
