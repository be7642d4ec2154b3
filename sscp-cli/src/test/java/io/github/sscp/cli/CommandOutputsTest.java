package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each command prints for people, line by line, where a reader relies on it. */
class CommandOutputsTest {

  @TempDir
  Path dir;

  @Test
  void aRuleExplainedSaysItsSourceHolderVersionsEvidenceAndExample() {
    Run r = Run.of("rules", "--explain", "si2007-r13a-plan-to-pcc");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("""
        SI2007-R13A-PLAN-TO-PCC: The partnership plan is sent to the elected local policing body
        Source: SI 2007/1830 reg 13A (http://www.legislation.gov.uk/uksi/2012/2660/made)
        Owed by: the partnership
        The duty, by date:
          from 2012-11-22 (England): the strategy group for each area, with the exception of the \
        City of London, sends a copy of the partnership plan to the elected local policing body: \
        the police and crime commissioner, the Mayor's Office for Policing and Crime in London, or \
        a mayor treated as a commissioner (no deadline is set) [high confidence]
        What satisfies it: the date each version of the plan was sent to the elected local \
        policing body, or that body as one of the plan's owners.
        Record it in the partnership file, e.g.:
          strategies:
          - id: plan
            sentToPccOn: 2026-04-01
        """);
    assertThat(Run.of("rules", "--explain", "SI2007-R13A-PLAN-TO-PC").err())
        .contains("--explain: no rule 'SI2007-R13A-PLAN-TO-PC' (nearest: SI2007-R13A-PLAN-TO-PCC");
  }

  @Test
  void theRuleListGivesEachRulesVersionsAndTheLawsNumbers() {
    String out = Run.of("rules").out();
    assertThat(out).contains("SI2007-R13A-PLAN-TO-PCC  The partnership plan is sent to the elected"
        + " local policing body\n    SI 2007/1830 reg 13A; owed by the partnership\n    from"
        + " 2012-11-22, England, high confidence\n");
    assertThat(out).contains("\nThe law's numbers, periods and dates:\n")
        .contains("  public-meeting.interval = 12 months from 2007-08-01  (SI 2007/1830 reg 12(4);"
            + " high)\n");
  }

  @Test
  void kpiSaysEachVerdictItsReasonsAndWhatDidNotRun() {
    Run r = Run.of("kpi", "--example", "southampton");
    assertThat(r.out()).startsWith("""
        serious-youth-violence-offences: insufficient data (decided by none)
          SPC: no observations
          rolling 12 months: no observations
          not run: spc — no observations
        """);
    assertThat(r.out()).contains("  not run: peer — no comparator group was given\n")
        .contains("residential-burglary: ");
  }

  @Test
  void aPartnershipWithoutMeasuresOfSuccessSaysSo() throws IOException {
    Path file = dir.resolve("p.yaml");
    Run.of("init", "--name", "P", "--country", "wales", "--council", "C", "--out",
        file.toString());
    Run r = Run.of("kpi", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("P has no measures of success to assess\n");
  }

  @Test
  void theTimelineSaysEachChangeInWords() {
    Run r = Run.of("check", "--example", "southampton", "--as-of", "2024-07-01", "--timeline",
        "2024-01-01..2024-07-01");
    assertThat(r.out()).contains("Changes of outcome, 2024-01-01..2024-07-01 (2)\n"
        + "  2024-01-31  PCSC22-S8-3-SNA-STRATEGY: advisory → insufficient evidence (the law"
        + " changed:").contains("  2024-07-01  SI2007-R10-11-PARTNERSHIP-PLAN: not met → met (the"
        + " records changed:");
    assertThat(Run.of("check", "--example", "southampton", "--timeline",
        "2024-07-01..2024-01-01").err()).contains("--timeline: 2024-01-01 is before 2024-07-01");
    assertThat(Run.of("check", "--example", "southampton", "--timeline", "2024-07-01").err())
        .contains("--timeline takes FROM..TO");
    assertThat(Run.of("check", "--example", "southampton", "--timeline", "..2024-07-01").err())
        .contains("--timeline takes FROM..TO");
  }

  @Test
  void compareWithNothingBeforeHasNoPercentage() {
    assertThat(Run.of("compare", "5", "0").out()).startsWith("A 5, B 0: change +5\n")
        .contains("rate ratio Infinity, 95% interval").contains("to infinity\n");
    assertThat(Run.of("compare", "3", "6").out()).startsWith("A 3, B 6: change -3 (-50.0%)\n");
    assertThat(Run.of("compare", "30", "10").out())
        // SciPy: binomtest(30, 40, 0.5) = 0.0022214
        .contains("exact two-sided p = 0.002221: strong evidence of a real change\n");
  }

  @Test
  void theExampleListNamesEachExampleAndAnUnknownOneNamesThem() {
    assertThat(Run.of("example").err()).contains("name an example (southampton, powys), or give"
        + " --list");
    assertThat(Run.of("example", "leeds").err()).contains("unknown example 'leeds'; the examples"
        + " are southampton, powys (sscp example --list)");
    Path out = dir.resolve("powys.yaml");
    Run written = Run.of("example", "powys", "--out", out.toString());
    assertThat(written.err()).isEqualTo("wrote " + out + ", "
        + dir.resolve("ho-csp-extract-powys-and-pembrokeshire.csv") + "; try: sscp report " + out
        + " --out report.html\n");
    Run again = Run.of("example", "powys", "--out", out.toString());
    assertThat(again.code()).isEqualTo(Sscp.USAGE);
  }

  @Test
  void redactWritesThePublicViewInTheFormatAsked() throws IOException {
    Path file = dir.resolve("s.yaml");
    Run.of("example", "southampton", "--out", file.toString());
    Run yaml = Run.of("redact", file.toString());
    assertThat(yaml.out()).startsWith("format: sscp\n").doesNotContain("@southampton.gov.uk");
    Run json = Run.of("redact", file.toString(), "--as", "JSON");
    assertThat(json.out()).startsWith("{\n  \"format\" : \"sscp\"");
    Path asJson = dir.resolve("s.json");
    Files.writeString(asJson, json.out());
    assertThat(Run.of("redact", asJson.toString()).out()).startsWith("{");
    assertThat(Run.of("redact", asJson.toString(), "--as", "yaml").out()).startsWith("format:");
    assertThat(Run.of("redact", file.toString(), "--as", "xml").err())
        .contains("--as takes json or yaml; got 'xml'");
  }

  @Test
  void validateAsADocumentSaysValidOrListsTheProblems() throws IOException {
    Path file = dir.resolve("s.yaml");
    Run.of("example", "southampton", "--out", file.toString());
    Run ok = Run.of("validate", file.toString(), "--format", "json");
    assertThat(ok.out()).contains("\"kind\" : \"validation\"").contains("\"valid\" : true");
    Files.delete(dir.resolve("southampton-police-uk-street.zip"));
    Run missing = Run.of("validate", file.toString(), "--format", "json");
    assertThat(missing.code()).isEqualTo(Sscp.INVALID);
    assertThat(missing.out()).contains("\"valid\" : false")
        .contains("\"pointer\" : \"/document/dataFiles/1/path\"");
  }

  @Test
  void rollingWarnsOfSmallNumbersAndAveragesRates() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      b.append(java.time.YearMonth.of(2024, 4).plusMonths(i)).append(',')
          .append(i < 12 ? "0" : "1").append('\n');
    }
    Path few = Files.writeString(dir.resolve("few.csv"), b);
    Run small = Run.of("rolling", few.toString());
    assertThat(small.out()).contains("latest 12 months (2025-04-01 to 2026-03-31): 12\n")
        .contains("12 months before (2024-04-01 to 2025-03-31): 0\n").contains("change 12\n")
        .containsPattern("warning: .*small");
    StringBuilder rates = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      rates.append(java.time.YearMonth.of(2024, 4).plusMonths(i)).append(',')
          .append(i < 12 ? "2.5" : "3.5").append('\n');
    }
    Path rate = Files.writeString(dir.resolve("rate.csv"), rates);
    Run mean = Run.of("rolling", rate.toString(), "--not-counts");
    assertThat(mean.out()).contains("): 3.50\n").contains("): 2.50\n").contains("change 1 (+40.0%)\n")
        .doesNotContain("p =");
  }
}
