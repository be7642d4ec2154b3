package io.github.sscp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.data.homeoffice.Grouping;
import io.github.sscp.data.homeoffice.HomeOfficeCounts;
import io.github.sscp.data.homeoffice.HomeOfficeCsp;
import io.github.sscp.data.policeuk.AreaSelection;
import io.github.sscp.data.policeuk.PoliceUkCounts;
import io.github.sscp.data.policeuk.PoliceUkReader;
import io.github.sscp.data.policeuk.StreetCrime;
import io.github.sscp.data.tidy.TidyCsv;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Input bounds and the edges of each reader's accounting. */
class BoundsAndEdgesTest {

  static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
      + "LSOA code,LSOA name,Crime type,Last outcome category,Context";

  static String row(String location, String lsoaName, String type, String outcome) {
    return "abc,2018-10,Hampshire Constabulary,Hampshire Constabulary,-1.4,50.9," + location
        + ",E01017144," + lsoaName + "," + type + "," + outcome + ",";
  }

  static ImportLog read(String text, AreaSelection selection, List<StreetCrime> sink) {
    ImportLog log = ImportLog.lenient();
    PoliceUkReader.of(selection).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "f.csv", log, sink::add);
    return log;
  }

  @Test
  void aFieldIsBoundedAt4096Characters() {
    String ok = "x".repeat(CsvSource.MAX_FIELD_LENGTH);
    String tooLong = "x".repeat(CsvSource.MAX_FIELD_LENGTH + 1);
    List<StreetCrime> rows = new ArrayList<>();
    ImportLog log = read(String.join("\n", HEADER, row(ok, "Southampton 001A", "Burglary", ""),
        row(tooLong, "Southampton 001A", "Burglary", "")), AreaSelection.all(), rows);
    assertThat(rows).hasSize(1);
    assertThat(log.summary().problems()).singleElement()
        .hasToString("f.csv:3: malformed row: a field of 4097 characters, longer than 4096");
    ImportLog cr = read(String.join("\n", HEADER, row("\"a\rb\"", "Southampton 001A", "Burglary", "")),
        AreaSelection.all(), new ArrayList<>());
    assertThat(cr.summary().problems()).extracting(RowProblem::detail).containsExactly("a quoted field spans lines");
  }

  @Test
  void csvThatIsNotWellFormedStopsTheFileAtTheLastGoodLine() {
    // an unclosed quote swallows the rest of the file into one field, which spans lines
    ImportLog unclosed = read(String.join("\n", HEADER, row("a", "Southampton 001A", "Burglary", ""),
        row("\"never closed", "Southampton 001A", "Burglary", ""), row("b", "Southampton 001A", "Drugs", "")),
        AreaSelection.all(), new ArrayList<>());
    assertThat(unclosed.summary().rowsUsed()).isEqualTo(1);
    assertThat(unclosed.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo("malformed row");
      assertThat(p.line()).isEqualTo(3);
    });
    // a record longer than the parser's bound stops the file
    String huge = "\"" + "x".repeat(CsvSource.MAX_RECORD_LENGTH + 10) + "\"";
    ImportLog log = read(String.join("\n", HEADER, row("a", "Southampton 001A", "Burglary", ""),
        row(huge, "Southampton 001A", "Burglary", "")), AreaSelection.all(), new ArrayList<>());
    assertThat(log.summary().rowsUsed()).isEqualTo(1);
    assertThat(log.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo("malformed CSV");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.detail()).startsWith("reading stopped after line 2");
    });
    assertThatThrownBy(() -> {
      ImportLog strict = ImportLog.strict();
      PoliceUkReader.of(AreaSelection.all()).read(new ByteArrayInputStream(new byte[0]), "e.csv", strict, c -> { });
    }).hasMessage("e.csv: empty file: the file has no header");
  }

  @Test
  void headersMatchExactlyApartFromSurroundingSpaces() {
    assertThat(CsvSource.hasColumns(List.of(" a", "b "), List.of("a", "b"))).isTrue();
    assertThat(CsvSource.hasColumns(List.of("a"), List.of("a", "b"))).isFalse();
    assertThat(CsvSource.hasColumns(List.of("a", "c"), List.of("a", "b"))).isFalse();
  }

  @Test
  void selectionAndLocalAuthorityReadTheLsoaName() {
    List<StreetCrime> rows = new ArrayList<>();
    read(String.join("\n", HEADER, row("a", "Southampton 001A", "Burglary", "Under investigation"),
        row("b", "Southampton Water 001A", "Burglary", ""), row("c", "Southampton", "Drugs", "")),
        AreaSelection.all(), rows);
    assertThat(rows).extracting(r -> r.localAuthority().orElseThrow())
        .containsExactly("Southampton", "Southampton Water", "Southampton");
    AreaSelection soton = AreaSelection.localAuthority(" Southampton ");
    assertThat(rows).extracting(soton::test).containsExactly(true, false, true);
    assertThat(soton.toString()).isEqualTo("Southampton");
    assertThat(AreaSelection.all().test(rows.get(1))).isTrue();
    assertThat(AreaSelection.all().placesRowsWithoutLsoa()).isTrue();
    assertThat(soton.placesRowsWithoutLsoa()).isFalse();
    assertThatThrownBy(() -> AreaSelection.localAuthority(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(rows.get(0).outcome()).contains("Under investigation");
  }

  @Test
  void countsByOutcomeAreOrderedAndSumToTheTotal() throws IOException {
    String text = String.join("\n", HEADER, row("a", "Southampton 001A", "Burglary", "Z outcome"),
        row("b", "Southampton 001A", "Burglary", "A outcome"), row("c", "Southampton 001A", "Burglary", "A outcome"));
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry("2018-10/2018-10-hampshire-street.csv"));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("2018-10/"));
      zip.closeEntry();
    }
    PoliceUkCounts c = PoliceUkReader.of(AreaSelection.all()).countZip(
        new ByteArrayInputStream(zipped.toByteArray()), "bulk.zip", ImportLog.lenient(), true);
    assertThat(c.byOutcome()).isTrue();
    assertThat(c.counts().keySet()).extracting(k -> k.outcome().orElseThrow()).containsExactly("A outcome", "Z outcome");
    assertThat(c.count(YearMonth.of(2018, 10), "police-uk/burglary")).isEqualTo(3);
    assertThat(c.count(YearMonth.of(2018, 11), "police-uk/burglary")).isZero();
    assertThat(c.summary().files()).containsExactly("2018-10-hampshire-street.csv");
    List<Observation> obs = c.toObservations(Map.of("police-uk/burglary", "b"), Optional.empty(), false);
    assertThat(obs).extracting(Observation::id).containsExactly("b/own/2018-10/a-outcome", "b/own/2018-10/z-outcome");
    PoliceUkCounts plain = PoliceUkReader.of(AreaSelection.all()).count(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x-street.csv", ImportLog.lenient(), false);
    assertThat(plain.byOutcome()).isFalse();
    List<Observation> two = plain.toObservations(Map.of("police-uk/burglary", "z-burglary",
        "police-uk/drugs", "a-drugs"), Optional.empty(), true);
    assertThat(two).extracting(Observation::measureId).containsExactly("a-drugs", "z-burglary");
  }

  @Test
  void onlyNegativeRowsAreFlaggedAndObservationsAreOrderedByMeasure() {
    String file = String.join("\n",
        "area_index,area_name,area_type,force_name,crime_key,crime_label,financial_year,financial_quarter,period_start,offences",
        "1,Southampton,CSP,Hampshire,z_key,Z,2020/21,1,2020-04-01,0",
        "1,Southampton,CSP,Hampshire,a_key,A,2020/21,1,2020-04-01,-1",
        "1,Southampton,CSP,Hampshire,a_key,A,2020/21,1,2020-04-01,5");
    ImportLog log = ImportLog.lenient();
    HomeOfficeCounts c = HomeOfficeCsp.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
        "x.csv", Grouping.OFFENCE_GROUP, x -> true, log);
    Quarter q = Quarter.of(FinancialYear.of(2020), 1);
    assertThat(c.summary().flagged()).containsExactly(Map.entry("negative count kept (a recording correction)", 1L));
    assertThat(c.includesNegative(new HomeOfficeCounts.Key("Southampton", "z_key", q))).isFalse();
    assertThat(c.includesNegative(new HomeOfficeCounts.Key("Southampton", "a_key", q))).isTrue();
    assertThat(c.count("Southampton", "a_key", q)).contains(4L);
    assertThat(c.toObservations("Southampton", Map.of("z_key", "a-measure", "a_key", "z-measure"), Optional.empty()))
        .extracting(Observation::measureId).containsExactly("a-measure", "z-measure");
    assertThat(c.toObservations("Portsmouth", Map.of("a_key", "m"), Optional.empty())).isEmpty();
  }

  @Test
  void tidyCsvRecordsAreasAndPeriodsAndReadsHeadersInAnyCase() {
    ImportLog log = ImportLog.lenient();
    TidyCsv.read(new ByteArrayInputStream("Measure,PERIOD,Value,Area\nasb,2024-06,3,E22000120\nasb,2024-07,4,\n"
        .getBytes(StandardCharsets.UTF_8)), "t.csv", log);
    assertThat(log.summary().rowsUsed()).isEqualTo(2);
    assertThat(log.summary().areas()).containsExactly("E22000120", "own");
    assertThat(log.summary().periods()).containsExactly("2024-06", "2024-07");
  }

  @Test
  void theLogAcceptsAZeroListingBoundAndCountsFileProblems() {
    ImportLog log = ImportLog.of(ImportMode.LENIENT, 0);
    log.fileProblem(new RowProblem("a.csv", 0, "unreadable", ""));
    log.fileProblem(new RowProblem("b.csv", 0, "unreadable", ""));
    assertThat(log.summary().problemCount()).isEqualTo(2);
    assertThat(log.summary().problems()).isEmpty();
    assertThat(log.summary().render()).contains("… and 2 more bad rows");
    ImportLog one = ImportLog.of(ImportMode.LENIENT, 1);
    one.fileProblem(new RowProblem("a.csv", 0, "unreadable", ""));
    one.fileProblem(new RowProblem("b.csv", 0, "unreadable", ""));
    assertThat(one.summary().problems()).hasSize(1);
    assertThat(one.summary().rowsRead()).isZero();
    for (String[] p : new String[][] {{"", "p", "l"}, {"n", " ", "l"}, {"n", "p", ""}}) {
      assertThatThrownBy(() -> new Publication(p[0], p[1], p[2])).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Publication.HOME_OFFICE_CSP.cite("")).doesNotContain("()");
  }
}
