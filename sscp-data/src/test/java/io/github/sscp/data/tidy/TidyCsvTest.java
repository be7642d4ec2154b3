package io.github.sscp.data.tidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sscp.data.ImportLog;
import io.github.sscp.data.RowProblem;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationStatus;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.testkit.SscpGen;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tidy CSV in and out: any column order, every bad row by line, and a lossless round trip. */
class TidyCsvTest {

  static List<Observation> read(String text, ImportLog log) {
    return TidyCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "asb.csv", log);
  }

  @Test
  void rowsBecomeObservationsInAnyColumnOrder() {
    List<Observation> obs = read("""
        value,period,measure,area,status,source
        412,2024/25 Q1,asb-incidents,E22000120,provisional,Council ASB system
        398.5,2024/25 Q2,asb-incidents,,,
        ,2024/25 Q3,asb-incidents,,suppressed,
        """, ImportLog.strict());
    assertThat(obs).hasSize(3);
    Observation first = obs.get(0);
    assertThat(first.id()).isEqualTo("asb-incidents/e22000120/2024-25-q1");
    assertThat(first.period()).isEqualTo(Quarter.of(FinancialYear.of(2024), 1));
    assertThat(first.value()).contains(new BigDecimal("412"));
    assertThat(first.geography()).contains(GssCode.of("E22000120"));
    assertThat(first.status()).isEqualTo(ObservationStatus.PROVISIONAL);
    assertThat(first.source()).contains("Council ASB system");
    assertThat(first.provenance().citation()).contains("Council ASB system (asb.csv)");
    assertThat(obs.get(1).status()).isEqualTo(ObservationStatus.FINAL);
    assertThat(obs.get(1).geography()).isEmpty();
    assertThat(obs.get(2).value()).isEmpty();
    assertThat(obs.get(2).status()).isEqualTo(ObservationStatus.SUPPRESSED);
  }

  @Test
  void badRowsAreReportedWithTheirLines() {
    ImportLog log = ImportLog.lenient();
    List<Observation> obs = read("""
        measure,period,value
        asb,2024-13,4
        ASB Incidents,2024-06,4
        asb,2024-06,1e9
        asb,2024-06,
        asb,2024-06,12345678901234567
        asb,2024-06
        asb,2024-07,7
        """, log);
    assertThat(obs).hasSize(1);
    assertThat(log.summary().problems()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2L, "bad period"), org.assertj.core.groups.Tuple.tuple(3L, "bad measure id"),
        org.assertj.core.groups.Tuple.tuple(4L, "bad value"), org.assertj.core.groups.Tuple.tuple(5L, "missing value"),
        org.assertj.core.groups.Tuple.tuple(6L, "bad value"), org.assertj.core.groups.Tuple.tuple(7L, "wrong number of fields"));
    ImportLog more = ImportLog.lenient();
    read("measure,period,value,area,status\nasb,2024-06,1,E99,final\nasb,2024-06,1,,closed\n", more);
    assertThat(more.summary().problems()).extracting(RowProblem::reason).containsExactly("bad area", "bad status");
    ImportLog revised = ImportLog.lenient();
    read("measure,period,value,status\nasb,2024-06,1,revised\n", revised);
    assertThat(revised.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo("invalid observation");
      assertThat(p.detail()).contains("must name the observation it supersedes");
    });
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsNotTidyCsv() {
    for (String header : List.of("measure,period", "measure,period,value,colour", "measure,period,value,value")) {
      ImportLog log = ImportLog.lenient();
      assertThat(read(header + "\nx,2024-06,1\n", log)).isEmpty();
      assertThat(log.summary().problems()).singleElement()
          .satisfies(p -> assertThat(p.reason()).isEqualTo("not a tidy CSV file"));
    }
  }

  @Test
  void writingAndReadingBackGivesTheSameObservations() {
    qt().forAll(lists().of(SscpGen.reportingPeriods()).ofSizeBetween(1, 12), integers().between(0, 1_000_000))
        .checkAssert((periods, seed) -> {
          List<Observation> obs = new ArrayList<>();
          java.util.Set<String> ids = new java.util.HashSet<>();
          for (int i = 0; i < periods.size(); i++) {
            Optional<GssCode> area = (seed + i) % 3 == 0 ? Optional.empty() : Optional.of(GssCode.of("E22000120"));
            String measure = "m" + ((seed + i) % 2);
            Observation o = Observation.builder().measureId(measure).geography(area).period(periods.get(i))
                .value(BigDecimal.valueOf(seed + i, i % 3)).status(i % 2 == 0 ? ObservationStatus.FINAL : ObservationStatus.PROVISIONAL)
                .source("survey " + i).build();
            // one row per measure, area and days (R12 2026-03 covers the days of 2025/26)
            if (ids.add(o.seriesKey() + " " + o.period().start() + " " + o.period().endExclusive())) {
              obs.add(o);
            }
          }
          StringWriter out = new StringWriter();
          TidyCsv.write(obs, out);
          List<Observation> back = read(out.toString(), ImportLog.strict());
          assertThat(back).hasSameSizeAs(obs);
          for (int i = 0; i < obs.size(); i++) {
            Observation a = obs.get(i);
            Observation b = back.get(i);
            assertThat(List.of(b.id(), b.measureId(), b.period(), b.value(), b.geography(), b.status(), b.source()))
                .isEqualTo(List.of(a.id(), a.measureId(), a.period(), a.value(), a.geography(), a.status(), a.source()));
          }
        });
  }

  @Test
  void theWriterQuotesWhatNeedsQuotingAndEndsLinesWithLf() {
    StringWriter out = new StringWriter();
    TidyCsv.write(List.of(Observation.builder().id("m/own/2024-06").measureId("m")
        .period(io.github.sscp.model.time.CalendarMonth.of(2024, 6)).value(new BigDecimal("1.50"))
        .source("Survey, wave \"2\"").build()), out);
    assertThat(out.toString()).isEqualTo("measure,period,value,area,status,source\n"
        + "m,2024-06,1.5,,final,\"Survey, wave \"\"2\"\"\"\n");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsGuardedAndReadBackAsWritten() {
    List<Observation> obs = new ArrayList<>();
    List<String> sources = List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tTab",
        "plain = text", "'quoted already");
    for (int i = 0; i < sources.size(); i++) {
      obs.add(Observation.builder().measureId("m").period(io.github.sscp.model.time.CalendarMonth.of(2024, i + 1))
          .value(BigDecimal.ONE).source(sources.get(i)).build());
    }
    StringWriter out = new StringWriter();
    TidyCsv.write(obs, out);
    assertThat(out.toString()).contains(",\"'=HYPERLINK(\"\"http://x\"\")\"\n", ",'+1\n", ",'-2\n",
        ",'@SUM(A1)\n", ",'\tTab\n", ",plain = text\n", ",'quoted already\n");
    assertThat(read(out.toString(), ImportLog.strict())).extracting(o -> o.source().orElseThrow())
        .containsExactlyElementsOf(sources);
  }

  @Test
  void aRowGivenTwiceIsLocatedAtItsSecondLineNamingTheFirst() {
    ImportLog log = ImportLog.lenient();
    List<Observation> obs = read("""
        measure,period,value,area
        asb,2024-01,1,E22000120
        asb,2024-01,1,
        asb,2024-01-01/2024-02-01,2,E22000120
        """, log);
    assertThat(obs).hasSize(2);
    assertThat(log.summary().problems()).singleElement().hasToString("asb.csv:4: duplicate row:"
        + " line 2 already gives asb for 2024-01 in E22000120");
  }

  @Test
  void aFileGivesAtMostMaxRowsObservationsAndTheRestAreCountedProblems() {
    StringBuilder text = new StringBuilder("measure,period,value\n");
    int rows = TidyCsv.MAX_ROWS + 5;
    for (int i = 0; i < rows; i++) {
      text.append('m').append(i % 10_000).append(',').append(java.time.YearMonth.of(2000, 1)
          .plusMonths(i / 10_000)).append(',').append(i).append('\n');
    }
    ImportLog log = ImportLog.lenient();
    List<Observation> obs = read(text.toString(), log);
    assertThat(obs).hasSize(TidyCsv.MAX_ROWS);
    assertThat(log.summary().problemCount()).isEqualTo(5);
    assertThat(log.summary().problems()).first().hasToString("asb.csv:" + (TidyCsv.MAX_ROWS + 2)
        + ": too many rows: a tidy file gives at most 200000 observations; split it");
  }
}
