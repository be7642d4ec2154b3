package io.github.sscp.examples.southampton;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.data.ImportSummary;
import io.github.sscp.data.policeuk.PoliceUkCounts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The data example reads all thirteen real Southampton months and the Home Office extract with
 * every row accounted for.
 */
class SouthamptonDataExampleTest {

  static final PoliceUkCounts STREET = SouthamptonDataExample.streetCounts();

  @Test
  void everyRowOfTheThirteenMonthsIsUsed() {
    ImportSummary s = STREET.summary();
    assertThat(s.files()).hasSize(13);
    assertThat(s.periods()).hasSize(13).contains("2017-03", "2019-02", "2022-02");
    assertThat(s.problemCount()).isZero();
    assertThat(s.rowsUsed()).isEqualTo(s.rowsRead()).isPositive();
    assertThat(s.areas()).containsExactly("Southampton");
  }

  @Test
  void violenceJumpsFromApril2017AsTheRecordingChangeDid() {
    long march = STREET.count(YearMonth.of(2017, 3), "police-uk/violent-crime");
    long may = STREET.count(YearMonth.of(2017, 5), "police-uk/violent-crime");
    assertThat(may).isGreaterThan(march);
  }

  @Test
  void thePrintoutShowsBothSummariesAndTheTable() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SouthamptonDataExample(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(STREET);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("13 files").contains("Anti-social behaviour").contains("2022-02")
        .contains("Open Government Licence v3.0")
        .contains("Southampton observations: 88");
  }
}
