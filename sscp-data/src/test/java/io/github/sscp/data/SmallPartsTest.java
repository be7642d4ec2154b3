package io.github.sscp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sscp.data.files.DataFileKind;
import io.github.sscp.data.files.DataFitException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers' small parts: messages at their lengths and counts, kinds in words. */
class SmallPartsTest {

  @Test
  void aProblemsDetailIsCutAtItsLimit() {
    String exactly = "d".repeat(RowProblem.MAX_DETAIL);
    assertThat(new RowProblem("f", 1, "r", exactly).detail()).isEqualTo(exactly);
    assertThat(new RowProblem("f", 1, "r", exactly + "e").detail()).isEqualTo(exactly + "…");
  }

  @Test
  void aMisfitSaysHowManyMoreProblemsThereAre() {
    assertThat(new DataFitException(List.of("a")).getMessage())
        .isEqualTo("the data does not fit the partnership: a");
    assertThat(new DataFitException(List.of("a", "b", "c")).getMessage())
        .isEqualTo("the data does not fit the partnership: a (and 2 more)");
  }

  @Test
  void eachKindOfFileHasItsWords() {
    assertThat(List.of(DataFileKind.values())).extracting(DataFileKind::words).containsExactly(
        "police.uk street-level crime", "Home Office recorded crime by partnership",
        "tidy observations");
  }

  @Test
  void aPublicationNeedsANamePublisherAndLicence() {
    assertThat(new Publication("n", "p", "l").name()).isEqualTo("n");
    assertThatIllegalArgumentException().isThrownBy(() -> new Publication("n", " ", "l"));
    assertThatIllegalArgumentException().isThrownBy(() -> new Publication("", "p", "l"));
    assertThatIllegalArgumentException().isThrownBy(() -> new Publication("n", "p", ""));
  }

  @Test
  void aLocalAuthorityIsAnLsoaNameWithoutItsLastWord() {
    assertThat(io.github.sscp.data.policeuk.StreetCrimeAccess.localAuthorityOf(
        "Southampton 001A")).isEqualTo("Southampton");
    assertThat(io.github.sscp.data.policeuk.StreetCrimeAccess.localAuthorityOf(
        "Isle of Wight 012B")).isEqualTo("Isle of Wight");
    assertThat(io.github.sscp.data.policeuk.StreetCrimeAccess.localAuthorityOf("Southampton"))
        .isEqualTo("Southampton");
    assertThat(io.github.sscp.data.policeuk.StreetCrimeAccess.localAuthorityOf(" 001A"))
        .isEqualTo(" 001A");
  }
}
