package io.github.sscp.data.homeoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.data.ImportException;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.RowProblem;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.BreakKind;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Home Office recorded crime by partnership: the real extract's Southampton totals match the
 * financial-year check figures in the data's README, the open-data layout sums offence codes,
 * negative counts are kept and flagged, and bad rows are reported by line.
 */
class HomeOfficeCspTest {

  static final String EXTRACT = "ho-csp-extract-excerpt.csv";

  static HomeOfficeCounts extract(ImportLog log) {
    InputStream in = HomeOfficeCspTest.class.getResourceAsStream(EXTRACT);
    return HomeOfficeCsp.read(in, EXTRACT, Grouping.OFFENCE_SUBGROUP, csp -> true, log);
  }

  static long year(HomeOfficeCounts c, String csp, String key, int startYear) {
    long sum = 0;
    for (int q = 1; q <= 4; q++) {
      sum += c.count(csp, key, Quarter.of(FinancialYear.of(startYear), q)).orElseThrow();
    }
    return sum;
  }

  @Test
  void southamptonsYearsMatchTheCheckFigures() {
    HomeOfficeCounts c = extract(ImportLog.strict());
    long[] burglary = {881, 970, 1727, 1873, 1644, 1394, 1353, 1324, 944, 863, 933};
    long[] vehicles = {593, 740, 884, 707, 732, 611, 734, 811, 770, 676, 702};
    for (int i = 0; i < burglary.length; i++) {
      assertThat(year(c, "Southampton", "burglary_residential", 2015 + i)).isEqualTo(burglary[i]);
      assertThat(year(c, "Southampton", "veh_theft_of_mv", 2015 + i)).isEqualTo(vehicles[i]);
    }
    assertThat(c.count("Southampton", "burglary_residential", Quarter.of(FinancialYear.of(2024), 1)))
        .contains(213L);
  }

  @Test
  void eachPartnershipsQuartersOfOneOffence() {
    HomeOfficeCounts c = extract(ImportLog.strict());
    Map<String, java.util.SortedMap<io.github.sscp.model.time.Quarter, Long>> burglary =
        c.byPartnership("burglary_residential");
    assertThat(burglary).containsOnlyKeys("Portsmouth", "Southampton");
    assertThat(burglary.get("Southampton")).hasSize(44);
    assertThat(burglary.get("Southampton").firstKey().toString()).isEqualTo("2015/16 Q1");
    // the sum of 2024/25's quarters is the year's check figure
    long year = burglary.get("Southampton").entrySet().stream()
        .filter(e -> e.getKey().toString().startsWith("2024/25")).mapToLong(Map.Entry::getValue).sum();
    assertThat(year).isEqualTo(863);
    assertThat(c.byPartnership("no_such_offence")).isEmpty();
  }

  @Test
  void forceAreaRowsAreSkippedAndCounted() {
    ImportLog log = ImportLog.lenient();
    HomeOfficeCounts c = extract(log);
    assertThat(c.summary().skipped()).containsOnly(Map.entry("not a partnership's row (a force area's, say)", 88L));
    assertThat(c.summary().rowsUsed()).isEqualTo(176);
    assertThat(c.summary().areas()).containsExactly("Portsmouth", "Southampton");
    assertThat(c.summary().periods()).hasSize(44).contains("2015/16 Q1", "2025/26 Q4");
    assertThat(c.counts().keySet()).noneMatch(k -> k.partnership().equals("Thames Valley"));
  }

  @Test
  void observationsCarryTheSourceAndTheReclassificationNote() {
    HomeOfficeCounts c = extract(ImportLog.strict());
    List<Observation> obs = c.toObservations("Southampton", Map.of("burglary_residential",
        "residential-burglary"), Optional.of(GssCode.of("E22000120")));
    assertThat(obs).hasSize(44);
    Observation first = obs.get(0);
    assertThat(first.id()).isEqualTo("residential-burglary/e22000120/2015-16-q1");
    assertThat(first.qualityNote()).contains("Counted as domestic burglary, before the April 2017 reclassification");
    Observation after = obs.stream().filter(o -> o.period().equals(Quarter.of(FinancialYear.of(2017), 1)))
        .findFirst().orElseThrow();
    assertThat(after.qualityNote()).isEmpty();
    assertThat(first.provenance().citation()).hasValueSatisfying(s -> assertThat(s)
        .contains(EXTRACT).contains("Home Office").contains("Open Government Licence v3.0"));
    assertThat(c.toObservations("Portsmouth", Map.of("veh_theft_of_mv", "vehicles"), Optional.empty()))
        .hasSize(44).allMatch(o -> o.qualityNote().isEmpty() && o.geography().isEmpty());
  }

  @Test
  void theBurglaryReclassificationIsAStructuredBreak() {
    assertThat(HomeOfficeCsp.breaksFor("burglary_residential")).singleElement().satisfies(b -> {
      assertThat(b.date()).isEqualTo(LocalDate.of(2017, 4, 1));
      assertThat(b.kind()).isEqualTo(BreakKind.RECORDING_RULE);
    });
    assertThat(HomeOfficeCsp.breaksFor("Domestic burglary")).hasSize(1);
    assertThat(HomeOfficeCsp.breaksFor("Non-residential burglary")).isEmpty();
    assertThat(HomeOfficeCsp.breaksFor("veh_theft_of_mv")).isEmpty();
  }

  // Constructed in the Home Office open-data layout with Southampton's real 2016/17 Q4 and
  // 2017/18 Q1 burglary figures split across two offence codes, plus a correction row.
  static final String OPEN_DATA = String.join("\n",
      "Financial Year,Financial Quarter,Force Name,CSP Name,Offence Description,Offence Group,Offence Subgroup,Offence Code,Number of Offences",
      "2016/17,4,Hampshire,Southampton,Burglary in a dwelling,Theft offences,Domestic burglary,28E,200",
      "2016/17,4,Hampshire,Southampton,Attempted burglary in a dwelling,Theft offences,Domestic burglary,28F,76",
      "2017/18,1,Hampshire,Southampton,Burglary - Residential,Theft offences,Residential burglary,28E,466",
      "2017/18,1,Hampshire,Southampton,Burglary - Residential,Theft offences,Residential burglary,28E,-2",
      "2017/18,1,Hampshire,Portsmouth,Burglary - Residential,Theft offences,Residential burglary,28E,300") + "\n";

  static HomeOfficeCounts open(Grouping g, ImportLog log) {
    return HomeOfficeCsp.read(new ByteArrayInputStream(OPEN_DATA.getBytes(StandardCharsets.UTF_8)),
        "csp-open-data.csv", g, "Southampton"::equals, log);
  }

  @Test
  void aBadQuarterIsNamedByItsYearAndQuarterInEitherLayout() {
    ImportLog open = ImportLog.lenient();
    HomeOfficeCsp.read(new ByteArrayInputStream((OPEN_DATA.replace("2016/17,4,Hampshire",
        "2016/17,5,Hampshire")).getBytes(StandardCharsets.UTF_8)), "open.csv",
        Grouping.OFFENCE_SUBGROUP, "Southampton"::equals, open);
    assertThat(open.summary().problems()).extracting(Object::toString).contains(
        "open.csv:2: bad quarter: '2016/17' quarter '5' is not a financial year quarter");
    String rekeyed = "area_index,area_name,area_type,force_name,crime_key,crime_label,"
        + "financial_year,financial_quarter,period_start,offences\n"
        + "189,Southampton,CSP,Hampshire,burglary_residential,Residential burglary,2015/17,1,"
        + "2015-04-01,192\n";
    ImportLog log = ImportLog.lenient();
    HomeOfficeCsp.read(new ByteArrayInputStream(rekeyed.getBytes(StandardCharsets.UTF_8)),
        "rekeyed.csv", Grouping.OFFENCE_SUBGROUP, "Southampton"::equals, log);
    assertThat(log.summary().problems()).extracting(Object::toString).containsExactly(
        "rekeyed.csv:2: bad quarter: '2015/17' quarter '1' is not a financial year quarter");
  }

  @Test
  void theOpenDataLayoutSumsOffenceCodesAndKeepsNegativeCounts() {
    ImportLog log = ImportLog.lenient();
    HomeOfficeCounts c = open(Grouping.OFFENCE_SUBGROUP, log);
    assertThat(c.count("Southampton", "Domestic burglary", Quarter.of(FinancialYear.of(2016), 4))).contains(276L);
    assertThat(c.count("Southampton", "Residential burglary", Quarter.of(FinancialYear.of(2017), 1))).contains(464L);
    assertThat(c.summary().flagged()).containsEntry("negative count kept (a recording correction)", 1L);
    assertThat(c.summary().skipped()).containsEntry("another partnership's row", 1L);
    HomeOfficeCounts.Key corrected = new HomeOfficeCounts.Key("Southampton", "Residential burglary",
        Quarter.of(FinancialYear.of(2017), 1));
    assertThat(c.includesNegative(corrected)).isTrue();
    List<Observation> obs = c.toObservations("Southampton", Map.of("Residential burglary", "burglary",
        "Domestic burglary", "burglary"), Optional.empty());
    assertThat(obs).hasSize(2);
    assertThat(obs.get(0).qualityNote()).contains("Counted as domestic burglary, before the April 2017 reclassification");
    assertThat(obs.get(1).qualityNote()).contains("Includes negative counts: recording corrections, kept");
    HomeOfficeCounts groups = open(Grouping.OFFENCE_GROUP, ImportLog.lenient());
    assertThat(groups.count("Southampton", "Theft offences", Quarter.of(FinancialYear.of(2017), 1))).contains(464L);
    HomeOfficeCounts codes = open(Grouping.OFFENCE_CODE, ImportLog.lenient());
    assertThat(codes.count("Southampton", "28F", Quarter.of(FinancialYear.of(2016), 4))).contains(76L);
  }

  @Test
  void badRowsAndFilesAreReportedByLine() {
    String bad = String.join("\n", OPEN_DATA.lines().findFirst().orElseThrow(),
        "2017/19,1,Hampshire,Southampton,x,Theft offences,Residential burglary,28E,5",
        "2017/18,Q5,Hampshire,Southampton,x,Theft offences,Residential burglary,28E,5",
        "2017-18,Q2,Hampshire,Southampton,x,Theft offences,Residential burglary,28E,1,234",
        "2017-18,Q2,Hampshire,Southampton,x,Theft offences,Residential burglary,28E,\"1,234\"",
        "2017/18,2,Hampshire,Southampton,x,Theft offences,Residential burglary,28E,12a",
        "2017/18,2,Hampshire,Southampton") + "\n";
    ImportLog log = ImportLog.lenient();
    HomeOfficeCounts c = HomeOfficeCsp.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
        "bad.csv", Grouping.OFFENCE_SUBGROUP, x -> true, log);
    assertThat(c.summary().problems()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2L, "bad quarter"), org.assertj.core.groups.Tuple.tuple(3L, "bad quarter"),
        org.assertj.core.groups.Tuple.tuple(4L, "wrong number of fields"),
        org.assertj.core.groups.Tuple.tuple(6L, "bad count"), org.assertj.core.groups.Tuple.tuple(7L, "wrong number of fields"));
    assertThat(c.count("Southampton", "Residential burglary", Quarter.of(FinancialYear.of(2017), 2))).contains(1234L);
    assertThat(c.summary().problems().get(3).detail()).isEqualTo("'12a' is not a whole number of at most 12 digits");
    ImportLog other = ImportLog.lenient();
    HomeOfficeCsp.read(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), "x.csv",
        Grouping.OFFENCE_GROUP, x -> true, other);
    assertThat(other.summary().problems()).extracting(RowProblem::reason)
        .containsExactly("not a Home Office CSP recorded-crime file");
    assertThatThrownBy(() -> HomeOfficeCsp.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
        "bad.csv", Grouping.OFFENCE_SUBGROUP, x -> true, ImportLog.strict()))
        .isInstanceOf(ImportException.class).hasMessageStartingWith("bad.csv:2: bad quarter");
    ImportLog twice = ImportLog.lenient();
    extract(twice);
    extract(twice);
    assertThat(twice.summary().problems()).extracting(RowProblem::reason).containsExactly("file read already");
    assertThat(twice.summary().rowsRead()).isEqualTo(264);
  }

  @Test
  void quartersAreReadFromEitherYearForm() {
    assertThat(HomeOfficeCsp.quarter("2019/20", "1")).contains(Quarter.of(FinancialYear.of(2019), 1));
    assertThat(HomeOfficeCsp.quarter(" 2019-20 ", "Q4")).contains(Quarter.of(FinancialYear.of(2019), 4));
    assertThat(HomeOfficeCsp.quarter("2019/21", "1")).isEmpty();
    assertThat(HomeOfficeCsp.quarter("2099/00", "1")).contains(Quarter.of(FinancialYear.of(2099), 1));
    assertThat(HomeOfficeCsp.quarter("0999/00", "1")).isEmpty();
    // the years sscp reads: 1000 to 9998
    assertThat(HomeOfficeCsp.quarter("1000/01", "2")).contains(Quarter.of(FinancialYear.of(1000), 2));
    assertThat(HomeOfficeCsp.quarter("9998/99", "3")).contains(Quarter.of(FinancialYear.of(9998), 3));
    assertThat(HomeOfficeCsp.quarter("9999/00", "1")).isEmpty();
    assertThat(HomeOfficeCsp.quarter("2019/20", "0")).isEmpty();
  }

  @Test
  void aCountOfMoreThanTwelveDigitsIsABadRowAndATotalNeverWrapsAround() {
    String header = "area_index,area_name,area_type,force_name,crime_key,crime_label,financial_year,"
        + "financial_quarter,period_start,offences\n";
    String row = "211,Southampton,CSP,Hampshire,burglary_residential,Residential burglary,2024/25,1,"
        + "2024-04-01,";
    ImportLog log = ImportLog.lenient();
    HomeOfficeCounts c = HomeOfficeCsp.read(new ByteArrayInputStream((header + row + "999999999999\n"
        + row + "9999999999999\n").getBytes(StandardCharsets.UTF_8)), "ho.csv",
        Grouping.OFFENCE_SUBGROUP, csp -> true, k -> true, log);
    assertThat(c.counts().values()).containsExactly(999_999_999_999L);
    assertThat(log.summary().problems()).singleElement().hasToString(
        "ho.csv:3: bad count: '9999999999999' is not a whole number of at most 12 digits");
    HomeOfficeCounts.Builder b = new HomeOfficeCounts.Builder();
    Quarter q = Quarter.of(FinancialYear.of(2024), 1);
    b.add("Southampton", "burglary_residential", q, Long.MAX_VALUE);
    assertThatThrownBy(() -> b.add("Southampton", "burglary_residential", q, 1))
        .isInstanceOf(ArithmeticException.class);
  }
}
