package io.github.sscp.data.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.data.ImportLog;
import io.github.sscp.data.RowProblem;
import io.github.sscp.data.policeuk.PoliceUkReader;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.Frequency;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a user gives is dropped without a word: every file that gave nothing, every bad row and
 * every file-level fault is in the import's summary, named by path and line, and data that cannot
 * be joined says which file and line it came from. Real police.uk rows (Hampshire Constabulary,
 * October 2018) and Home Office rows, Open Government Licence v3.0.
 */
class DataHonestyTest {

  @TempDir
  Path dir;

  static List<String> street() throws IOException {
    return Files.readAllLines(DataFilesTest.STREET, StandardCharsets.UTF_8);
  }

  static Partnership southampton() {
    Partnership p = DataFilesTest.southampton(false);
    return Partnership.builder().from(p).addMeasure(DataFilesTest.measure("asb",
        "police-uk/anti-social-behaviour", Frequency.MONTHLY)).build();
  }

  FileImport only(Path... files) {
    DataImport d = DataFiles.read(List.of(files), DataRequest.forPartnership(southampton()));
    assertThat(d.imports()).hasSize(1);
    return d.imports().get(0);
  }

  @Test
  void aTidyFileWhoseEveryRowIsBadIsUnusableAndEachRowIsListedByLine() throws IOException {
    Path tidy = Files.writeString(dir.resolve("asb.csv"),
        "measure,period,value\nasb,2024-01,4x\nasb,2024-02,five\n");
    FileImport f = only(tidy);
    assertThat(f.unusable()).contains(tidy + ": none of its 2 rows was usable");
    assertThat(f.hasBadRows()).isTrue();
    assertThat(f.summary().problems()).extracting(RowProblem::toString).containsExactly(
        "asb.csv:2: bad value: '4x' is not a plain decimal (at most 15 digits, then at most 10"
            + " after the point)",
        "asb.csv:3: bad value: 'five' is not a plain decimal (at most 15 digits, then at most 10"
            + " after the point)");
    assertThat(DataFiles.read(List.of(tidy), DataRequest.forPartnership(southampton())).refusals())
        .hasSize(3).first().isEqualTo(tidy + ": none of its 2 rows was usable");
  }

  @Test
  void foldersAndArchivesThatHoldNoStreetFileStopTheImportNamingThePath() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(Files.createDirectory(dir.resolve("notes")).resolve("readme.txt"), "x");
    Path notAZip = Files.writeString(dir.resolve("month.zip"), "text, not an archive\n");
    Path emptyZip = zip("nothing.zip", List.of());
    Path nested = zip("nested.zip", List.of(new ZipPart("inner.zip", zipBytes(List.of(
        new ZipPart("2018-10/2018-10-hampshire-street.csv", String.join("\n", street())
            .getBytes(StandardCharsets.UTF_8)))))));
    for (var c : List.of(List.of(empty, "no police.uk street file"),
        List.of(dir.resolve("notes"), "no police.uk street file"),
        List.of(notAZip, "not a zip archive"), List.of(emptyZip, "not a zip archive"),
        List.of(nested, "an archive inside an archive"))) {
      FileImport f = only((Path) c.get(0));
      assertThat(f.summary().problems()).as(c.toString()).singleElement().satisfies(p -> {
        assertThat(p.reason()).isEqualTo(c.get(1));
        assertThat(p.stopsTheImport()).isTrue();
        assertThat(p.file()).endsWith(((Path) c.get(0)).getFileName().toString()
            + (c.get(1).equals("an archive inside an archive") ? "!inner.zip" : ""));
      });
      assertThat(f.unusable()).isPresent();
    }
  }

  @Test
  void aFileReadTwiceIsCountedOnceAndDoesNotStopTheImport() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("month"));
    Path file = Files.write(folder.resolve("2018-10-hampshire-street.csv"), street());
    FileImport f = only(folder, file);
    assertThat(f.summary().rowsUsed()).isEqualTo(street().size() - 1);
    assertThat(f.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo(RowProblem.READ_ALREADY);
      assertThat(p.stopsTheImport()).isFalse();
    });
  }

  @Test
  void policeUkMonthsOutsideItsRangeAreBadRowsAndTheOtherRowsAreUsed() throws IOException {
    List<String> rows = street();
    String next = YearMonth.now(ZoneId.of("Europe/London")).plusMonths(1).toString();
    String after = YearMonth.now(ZoneId.of("Europe/London")).plusMonths(2).toString();
    rows.set(1, rows.get(1).replace(",2018-10,", ",2010-11,"));
    rows.set(2, rows.get(2).replace(",2018-10,", ",2010-12,"));
    rows.set(3, rows.get(3).replace(",2018-10,", "," + next + ","));
    rows.set(4, rows.get(4).replace(",2018-10,", "," + after + ","));
    FileImport f = only(Files.write(dir.resolve("2018-10-hampshire-street.csv"), rows));
    assertThat(f.summary().problems()).extracting(RowProblem::toString).containsExactly(
        "2018-10-hampshire-street.csv:2: month out of range: '2010-11' is not between 2010-12"
            + " (police.uk's first) and " + next,
        "2018-10-hampshire-street.csv:5: month out of range: '" + after + "' is not between"
            + " 2010-12 (police.uk's first) and " + next);
    assertThat(f.summary().rowsUsed()).isEqualTo(rows.size() - 3);
    assertThat(PoliceUkReader.FIRST_MONTH).isEqualTo(YearMonth.of(2010, 12));
  }

  @Test
  void aHomeOfficeTableWithoutThePartnershipsRowsStopsTheImportNamingTheNearest() throws IOException {
    List<String> lines = Files.readAllLines(DataFilesTest.EXCERPT, StandardCharsets.UTF_8);
    Path table = Files.write(dir.resolve("ho.csv"), lines.stream()
        .filter(l -> !l.contains(",Southampton,")).toList());
    Partnership p = Partnership.builder().from(southampton())
        .area(io.github.sscp.model.geography.GeographyRef.of(
            io.github.sscp.model.geography.GssCode.of("E22000120"), "Portsmuoth")).build();
    DataImport d = DataFiles.read(List.of(table), DataRequest.forPartnership(p));
    assertThat(d.imports().get(0).summary().problems()).singleElement().satisfies(r -> {
      assertThat(r).hasToString(table + ": no row for the partnership: no row is for"
          + " 'Portsmuoth' (nearest: Portsmouth); name the partnership as the table does with"
          + " --area");
      assertThat(r.stopsTheImport()).isTrue();
    });
  }

  @Test
  void aHomeOfficeTableThatFeedsNoMeasureSaysWhichOffencesItHolds() throws IOException {
    List<String> lines = Files.readAllLines(DataFilesTest.EXCERPT, StandardCharsets.UTF_8);
    Path table = Files.write(dir.resolve("ho.csv"), lines.stream()
        .map(l -> l.replace("burglary_residential", "shoplifting_big")
            .replace("veh_theft_of_mv", "shoplifting_small")).toList());
    DataImport d = DataFiles.read(List.of(table), DataRequest.forPartnership(southampton()));
    assertThat(d.notes()).singleElement().asString().isEqualTo("ho.csv: no offence in it feeds a"
        + " measure of the partnership. It holds shoplifting_big, shoplifting_small: map one with"
        + " --measure KEY=MEASURE");
    assertThat(d.imports().get(0).unusable()).isPresent();
  }

  @Test
  void monthsJoinedToAMeasureOfQuartersAreRefusedNamingTheFileLineAndKinds() throws IOException {
    Partnership quarters = DataFiles.read(List.of(DataFilesTest.EXCERPT),
        DataRequest.forPartnership(southampton())).joinTo(southampton());
    Path tidy = Files.writeString(dir.resolve("months.csv"),
        "measure,period,value\nburglary,2026-01,70\n");
    DataImport months = DataFiles.read(List.of(tidy), DataRequest.forPartnership(quarters));
    assertThatThrownBy(() -> months.joinTo(quarters)).isInstanceOf(DataFitException.class)
        .hasMessageStartingWith("the data does not fit the partnership: " + tidy + ":2: measure"
            + " burglary: this series mixes quarters (2015/16 Q1) with months (2026-01)");
  }

  @Test
  void areaNamesSkippedAreKeptUpToTheBoundAndCountedBeyondIt() {
    ImportLog log = ImportLog.lenient();
    for (int i = 0; i < ImportLog.NAMES_KEPT * 3; i++) {
      log.skipArea("another partnership's row", "Area " + i);
    }
    assertThat(log.summary().otherAreas()).hasSize(ImportLog.NAMES_KEPT);
    assertThat(log.summary().skipped()).containsExactly(
        java.util.Map.entry("another partnership's row", 3L * ImportLog.NAMES_KEPT));
  }

  @Test
  void homeOfficeRowsOfManyAreaTypesAreCountedUnderOneReasonWithoutTheirText() throws IOException {
    List<String> lines = Files.readAllLines(DataFilesTest.EXCERPT, StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
    lines.stream().filter(l -> l.contains(",Southampton,")).forEach(l -> text.append(l).append('\n'));
    for (int i = 0; i < 5000; i++) {
      text.append(lines.get(1).replace(",CSP,", ",TYPE" + i + ",")).append('\n');
    }
    Path table = Files.writeString(dir.resolve("ho.csv"), text);
    FileImport f = only(table);
    assertThat(f.summary().skipped()).containsExactly(
        java.util.Map.entry("not a partnership's row (a force area's, say)", 5000L));
    assertThat(f.summary().render().lines().count()).isLessThan(10);
    assertThat(f.summary().render()).doesNotContain("TYPE");
  }

  record ZipPart(String name, byte[] bytes) {}

  static byte[] zipBytes(List<ZipPart> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipPart p : parts) {
        z.putNextEntry(new ZipEntry(p.name()));
        z.write(p.bytes());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  Path zip(String name, List<ZipPart> parts) throws IOException {
    return Files.write(dir.resolve(name), zipBytes(parts));
  }
}
