package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.sscp.json.DocumentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every statistical method of the library the command reaches: the Making Data Count 2023
 * two-in-three rule and inclusive assurance in {@code spc}, single-count intervals and the
 * one-sample test in {@code compare}, and {@code rolling}. Expected values were computed outside
 * sscp with SciPy 1.17 ({@code scipy.stats.chi2.ppf}, {@code binomtest}, {@code poisson.pmf} summed
 * over outcomes no more likely than the one observed) or by hand, as each comment says.
 */
class StatisticsCommandsTest {

  static final tools.jackson.databind.json.JsonMapper JSON = CommandsTest.JSON;

  @TempDir
  Path dir;

  /**
   * 20 points alternating 10 and 12, then 16, 20, 11. By hand: mean 267/23 = 11.609; moving ranges
   * 19 × 2, 4, 4, 9, the 9 screened out (at least 3.267 × 2.5), so the average is 46/21 and the
   * upper limit 267/23 + 2.66 × 46/21 = 17.43536…; two sigma above the mean is 15.49. So 16 is near
   * the limit and 20 beyond it.
   */
  private Path series() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      b.append(i % 2 == 0 ? 10 : 12).append('\n');
    }
    b.append("16\n20\n11\n");
    return Files.writeString(dir.resolve("series.csv"), b);
  }

  @Test
  void theMakingDataCount2023RuleCountsAPointBeyondTheLimitInTwoInThree() throws IOException {
    Path s = series();
    Run reference = Run.of("spc", s.toString());
    Run mdc2023 = Run.of("spc", s.toString(), "--mdc-2023");
    assertThat(reference.out()).containsPattern("#21 +16\\.00 +11\\.61 +5\\.78 +17\\.44 +COMMON_CAUSE");
    assertThat(mdc2023.out()).containsPattern("#21 +16\\.00 .* TWO_IN_THREE_ABOVE");
    assertThat(mdc2023.out()).containsPattern("#22 +20\\.00 .* ABOVE_UPPER_LIMIT");
    assertThat(Run.of("spc", "--help").out()).contains("--mdc-2023").contains("--inclusive-assurance")
        .contains("Example: sscp spc");
  }

  @Test
  void inclusiveAssuranceCountsATargetExactlyOnTheLimitAsBeyondIt() throws IOException {
    Path s = series();
    String onTheLimit = "17.43536231884058";   // 267/23 + 2.66 × 46/21, by hand
    Run strict = Run.of("spc", s.toString(), "--improvement", "decrease", "--target", onTheLimit);
    Run inclusive = Run.of("spc", s.toString(), "--improvement", "decrease", "--target",
        onTheLimit, "--inclusive-assurance");
    assertThat(strict.out()).contains("assurance: inconsistent");
    assertThat(inclusive.out()).contains("assurance: consistent pass");
  }

  @Test
  void oneCountsIntervalsByEachMethodSayWhichMethodGaveEachLimit() throws IOException {
    // SciPy: chi2.ppf(0.025, 14)/2 = 2.814363, chi2.ppf(0.975, 16)/2 = 14.422675
    Run exact = Run.of("compare", "7", "--interval", "exact");
    assertThat(exact.out()).contains("count 7: 95% interval 2.8144 to 14.4227")
        .contains("both limits by Garwood's exact method");
    // by hand: 65 × (1 − 1/585 − 1.959964/(3√65))³ = 50.1632
    JsonNode byar = JSON.readTree(Run.of("compare", "65", "--interval", "byar", "--format", "json")
        .out());
    CommandsTest.assertSchemaValid(DocumentKind.COUNT_INTERVAL, byar);
    assertThat(byar.get("kind").asText()).isEqualTo("count-interval");
    assertThat(byar.get("document").get("lower").asDouble()).isCloseTo(50.1632, within(1e-4));
    assertThat(byar.get("document").get("lowerMethod").asText()).isEqualTo("BYAR");
    // the PHE rule is exact below 10
    assertThat(Run.of("compare", "7", "--interval", "phe").out())
        .contains("count 7: 95% interval 2.8144 to 14.4227");
    Run zero = Run.of("compare", "0", "--interval", "byar");
    assertThat(zero.out()).contains("count 0: 95% interval 0.0000 to 3.6680")
        .contains("the lower by Garwood's exact method, as Byar's formula has none here");
    assertThat(Run.of("compare", "7", "--interval", "wilson").err())
        .contains("--interval takes exact, byar or phe, not 'wilson'");
  }

  @Test
  void aCountAgainstTheCountExpectedHasTheExactPoissonTest() throws IOException {
    // SciPy: Poisson(671.5) probabilities no greater than that of 933, summed: 1.549045e-21;
    // chi2.ppf(0.025, 1866)/2/671.5 = 1.301691 and chi2.ppf(0.975, 1868)/2/671.5 = 1.481520
    Run text = Run.of("compare", "933", "--expected", "671.5");
    assertThat(text.out()).contains("observed 933, expected 671.50: ratio 1.389, 95% interval 1.302"
        + " to 1.482").contains("exact two-sided p = 1.549e-21");
    JsonNode doc = JSON.readTree(Run.of("compare", "933", "--expected", "671.5", "--format",
        "json").out());
    CommandsTest.assertSchemaValid(DocumentKind.OBSERVED_VERSUS_EXPECTED, doc);
    assertThat(doc.get("document").get("pValue").asDouble()).isCloseTo(1.549045e-21,
        within(1e-26));
    assertThat(Run.of("compare", "933").code()).isEqualTo(Sscp.USAGE);
    assertThat(Run.of("compare", "933", "863", "--expected", "5").err())
        .contains("give one of: a second count B, --interval or --expected");
    assertThat(Run.of("compare", "933", "--expected", "0").code()).isEqualTo(Sscp.INVALID);
    assertThat(Run.of("compare", "--help").out()).contains("--interval").contains("--expected")
        .contains("sscp compare 7 --interval exact");
  }

  @Test
  void wheelersFigureIsNotGivenForUnequalExposures() {
    Run equalRates = Run.of("compare", "1100", "1000", "--exposure-a", "1.1");
    assertThat(equalRates.out()).contains("exact two-sided p = 1.000")
        .contains("Wheeler's 2(√A − √B): not applicable, the exposures differ");
    // 2(√100 − √64) = 4, by hand
    assertThat(Run.of("compare", "100", "64").out()).contains("Wheeler's 2(√A − √B) = 4.00");
  }

  @Test
  void theLatest12MonthsOfAPlainSeriesAgainstThe12Before() throws IOException {
    StringBuilder b = new StringBuilder("period,value\n");
    for (int i = 0; i < 26; i++) {
      b.append(java.time.YearMonth.of(2024, 4).plusMonths(i)).append(',')
          .append(200 + (i % 5) * 7).append('\n');
    }
    Path monthly = Files.writeString(dir.resolve("monthly.csv"), b);
    // by hand: months 2025-06..2026-05 sum to 2,568 and 2024-06..2025-05 to 2,575;
    // SciPy binomtest(2568, 5143, 0.5) = 0.933324
    Run text = Run.of("rolling", monthly.toString());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("latest 12 months (2025-06-01 to 2026-05-31): 2,568")
        .contains("12 months before (2024-06-01 to 2025-05-31): 2,575")
        .contains("change -7 (-0.3%)").contains("exact two-sided p = 0.9333");
    JsonNode doc = JSON.readTree(Run.of("rolling", monthly.toString(), "--format", "json").out());
    CommandsTest.assertSchemaValid(DocumentKind.WINDOW_COMPARISON, doc);
    assertThat(doc.get("document").get("test").get("pValue").asDouble()).isCloseTo(0.933324,
        within(1e-6));
    Path shortSeries = Files.writeString(dir.resolve("short.csv"), "2025-01,3\n2025-02,4\n");
    Run tooShort = Run.of("rolling", shortSeries.toString());
    assertThat(tooShort.code()).isEqualTo(Sscp.INVALID);
    Path plain = Files.writeString(dir.resolve("plain.csv"), "3\n4\n");
    assertThat(Run.of("rolling", plain.toString()).err()).contains("needs a period on every line");
  }
}
