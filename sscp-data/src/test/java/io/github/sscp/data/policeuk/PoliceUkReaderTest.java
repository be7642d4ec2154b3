package io.github.sscp.data.policeuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sscp.data.ImportException;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.ImportSummary;
import io.github.sscp.data.RowProblem;
import io.github.sscp.data.lookup.AreaLookup;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.Observation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The police.uk reader on real Hampshire excerpts: counts agree with a plain split of each line
 * (the files have no quoted commas), line endings and a byte-order mark change nothing, areas are
 * selected as documented, and every bad row is accounted for with its line.
 */
class PoliceUkReaderTest {

  static final String MARCH_2017 = "2017-03-hampshire-street.southampton-excerpt.csv";
  static final String OCTOBER_2018 = "2018-10-hampshire-street.southampton-excerpt.csv";
  static final String HAMPSHIRE = "2018-10-hampshire-street-excerpt.csv";

  static byte[] resource(String name) {
    try (InputStream in = PoliceUkReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(resource(name), StandardCharsets.UTF_8);
  }

  /** Counts by "month|crime type" from a plain split of each line: the independent oracle. */
  static Map<String, Long> plainCounts(String text, String localAuthorityOrNull) {
    Map<String, Long> counts = new TreeMap<>();
    List<String> lines = text.lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (localAuthorityOrNull == null || f[8].startsWith(localAuthorityOrNull + " ")) {
        counts.merge(f[1] + "|" + f[9], 1L, Long::sum);
      }
    }
    return counts;
  }

  static Map<String, Long> readerCounts(PoliceUkCounts counts) {
    Map<String, Long> out = new TreeMap<>();
    Map<String, String> typeById = new TreeMap<>();
    io.github.sscp.model.measure.CrimeCategories.policeUk().forEach(c -> typeById.put(c.id(), c.label()));
    counts.counts().forEach((k, v) -> out.merge(k.month() + "|" + typeById.get(k.categoryId()), v, Long::sum));
    return out;
  }

  static PoliceUkCounts count(PoliceUkReader reader, byte[] bytes, String name) {
    return reader.count(new ByteArrayInputStream(bytes), name, ImportLog.lenient(), false);
  }

  @Test
  void countsAgreeWithAPlainSplitOfEachLine() {
    for (String file : List.of(MARCH_2017, OCTOBER_2018, HAMPSHIRE)) {
      PoliceUkCounts c = count(PoliceUkReader.of(AreaSelection.all()), resource(file), file);
      assertThat(readerCounts(c)).as(file).isEqualTo(plainCounts(text(file), null));
      ImportSummary s = c.summary();
      assertThat(s.rowsRead()).isEqualTo(text(file).lines().count() - 1);
      assertThat(s.rowsUsed()).isEqualTo(s.rowsRead());
      assertThat(s.problemCount()).isZero();
    }
  }

  @Test
  void severalPathsAreOneImportWithEveryRowAccountedFor(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path march = dir.resolve(MARCH_2017);
    Path october = dir.resolve(OCTOBER_2018);
    Files.write(march, resource(MARCH_2017));
    Files.write(october, resource(OCTOBER_2018));
    ImportLog log = ImportLog.lenient();
    PoliceUkCounts both = PoliceUkReader.of(AreaSelection.all()).count(List.of(march, october), log,
        false);
    long lines = text(MARCH_2017).lines().count() - 1 + text(OCTOBER_2018).lines().count() - 1;
    assertThat(both.summary().rowsRead()).isEqualTo(lines);
    assertThat(log.rowsReadSoFar()).isEqualTo(lines);
    assertThat(both.summary().files()).hasSize(2);
    Map<String, Long> expected = new TreeMap<>(plainCounts(text(MARCH_2017), null));
    plainCounts(text(OCTOBER_2018), null).forEach((k, v) -> expected.merge(k, v, Long::sum));
    assertThat(readerCounts(both)).isEqualTo(expected);
  }

  @Test
  void crlfAndLfGiveIdenticalResults() {
    for (String file : List.of(MARCH_2017, OCTOBER_2018)) {
      String original = text(file);
      String lf = original.replace("\r\n", "\n");
      String crlf = lf.replace("\n", "\r\n");
      assertThat(original.contains("\r\n")).isEqualTo(file.equals(MARCH_2017));
      PoliceUkReader reader = PoliceUkReader.of(AreaSelection.localAuthority("Southampton"));
      PoliceUkCounts a = count(reader, lf.getBytes(StandardCharsets.UTF_8), file);
      PoliceUkCounts b = count(reader, crlf.getBytes(StandardCharsets.UTF_8), file);
      assertThat(a.counts()).isEqualTo(b.counts()).isNotEmpty();
      assertThat(a.summary()).isEqualTo(b.summary());
    }
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    byte[] plain = resource(OCTOBER_2018);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    PoliceUkReader reader = PoliceUkReader.of(AreaSelection.all());
    assertThat(count(reader, bom, "bom.csv").counts()).isEqualTo(count(reader, plain, "plain.csv").counts());
  }

  @Test
  void aLocalAuthoritySelectsItsLsoasAndCountsTheRestAsOutside() {
    PoliceUkCounts c = count(PoliceUkReader.of(AreaSelection.localAuthority("Southampton")),
        resource(HAMPSHIRE), HAMPSHIRE);
    Map<String, Long> expected = plainCounts(text(HAMPSHIRE), "Southampton");
    assertThat(readerCounts(c)).isEqualTo(expected);
    long used = expected.values().stream().mapToLong(Long::longValue).sum();
    ImportSummary s = c.summary();
    assertThat(s.rowsUsed()).isEqualTo(used).isPositive();
    assertThat(s.skipped()).containsOnlyKeys("outside the selected area");
    assertThat(s.rowsRead()).isEqualTo(s.rowsUsed() + s.rowsSkipped());
    assertThat(s.areas()).containsExactly("Southampton");
    assertThat(s.periods()).containsExactly("2018-10");
  }

  @Test
  void aPartnershipSelectsEveryDistrictItCovers() {
    AreaSelection north = AreaSelection.partnership(AreaLookup.ons2019(), "North Hampshire");
    PoliceUkCounts c = count(PoliceUkReader.of(north), resource(HAMPSHIRE), HAMPSHIRE);
    long expected = 0;
    for (String district : List.of("Basingstoke and Deane", "Hart", "Rushmoor")) {
      expected += plainCounts(text(HAMPSHIRE), district).values().stream().mapToLong(Long::longValue).sum();
    }
    assertThat(c.summary().rowsUsed()).isEqualTo(expected).isPositive();
    assertThat(c.summary().areas()).isSubsetOf("Basingstoke and Deane", "Hart", "Rushmoor");
    assertThat(north.toString()).isEqualTo("partnership North Hampshire (Basingstoke and Deane, Hart, Rushmoor)");
    assertThat(AreaSelection.partnership(AreaLookup.ons2019(), "E22000120").toString())
        .isEqualTo("partnership E22000120 (Southampton)");
    assertThatThrownBy(() -> AreaSelection.partnership(AreaLookup.ons2019(), "Atlantis"))
        .hasMessage("Atlantis: the lookup has no such partnership");
  }

  @Test
  void lsoaCodesSelectExactlyThoseRows() {
    PoliceUkCounts c = count(PoliceUkReader.of(AreaSelection.lsoaCodes(Set.of("E01017144"))),
        resource(MARCH_2017), MARCH_2017);
    long expected = text(MARCH_2017).lines().filter(l -> l.contains(",E01017144,")).count();
    assertThat(c.summary().rowsUsed()).isEqualTo(expected).isPositive();
  }

  @Test
  void antiSocialBehaviourRowsHaveNoCrimeIdAndNoOutcome() {
    List<StreetCrime> rows = new ArrayList<>();
    PoliceUkReader.of(AreaSelection.all()).read(new ByteArrayInputStream(resource(MARCH_2017)),
        MARCH_2017, ImportLog.strict(), rows::add);
    assertThat(rows).filteredOn(r -> r.crimeType().equals("Anti-social behaviour")).isNotEmpty()
        .allMatch(r -> r.crimeId().isEmpty() && r.outcome().isEmpty()
            && r.categoryId().equals("police-uk/anti-social-behaviour"));
    assertThat(rows).filteredOn(r -> !r.crimeType().equals("Anti-social behaviour")).isNotEmpty()
        .allMatch(r -> r.crimeId().orElseThrow().length() == 64);
    assertThat(rows.get(0).localAuthority()).contains("Southampton");
    assertThat(rows.get(0).fallsWithin()).isEqualTo("Hampshire Constabulary");
  }

  static final String LEGACY = String.join("\n",
      "Month,Reported by,Falls within,Easting,Northing,Location,Crime type,Context",
      "2011-05,Hampshire Constabulary,Hampshire Constabulary,442000,112000,On or near Test Street,Burglary,",
      "2011-05,Hampshire Constabulary,Hampshire Constabulary,442100,112100,On or near Test Road,Anti-social behaviour,",
      "2011-05,Hampshire Constabulary,Hampshire Constabulary,442200,112200,On or near Test Lane,Burglary,") + "\n";

  @Test
  void theLegacyLayoutIsReadFromItsHeader() {
    // constructed in the 2011-12 layout: police.uk files of that age are not in the repository
    PoliceUkCounts all = count(PoliceUkReader.of(AreaSelection.all()),
        LEGACY.getBytes(StandardCharsets.UTF_8), "2011-05-hampshire-street.csv");
    assertThat(all.count(YearMonth.of(2011, 5), "police-uk/burglary")).isEqualTo(2);
    assertThat(all.count(YearMonth.of(2011, 5), "police-uk/anti-social-behaviour")).isEqualTo(1);
    assertThat(PoliceUkLayout.detect(List.of(LEGACY.lines().findFirst().orElseThrow().split(","))))
        .contains(PoliceUkLayout.LEGACY);
    PoliceUkCounts placed = count(PoliceUkReader.of(AreaSelection.localAuthority("Southampton")),
        LEGACY.getBytes(StandardCharsets.UTF_8), "2011-05-hampshire-street.csv");
    assertThat(placed.summary().skipped()).containsEntry("no LSOA, so no area", 3L);
    assertThat(placed.summary().rowsUsed()).isZero();
  }

  static String header() {
    return text(OCTOBER_2018).lines().findFirst().orElseThrow();
  }

  static String row(int i) {
    return text(OCTOBER_2018).lines().skip(i).findFirst().orElseThrow();
  }

  static String withField(String row, int index, String value) {
    String[] f = row.split(",", -1);
    f[index] = value;
    return String.join(",", f);
  }

  @Test
  void badRowsAreCountedWithTheirLineAndReason() {
    String file = String.join("\n", header(), row(1),
        row(2).replace(",2018-10,", ",2018-13,"),
        row(3).substring(0, 40),
        row(4).replace("Anti-social behaviour", "Jaywalking").replace("Burglary", "Jaywalking")
            .replace("Violence and sexual offences", "Jaywalking").replace("Criminal damage and arson", "Jaywalking")
            .replace("Vehicle crime", "Jaywalking").replace("Other theft", "Jaywalking")
            .replace("Public order", "Jaywalking").replace("Shoplifting", "Jaywalking")
            .replace("Drugs", "Jaywalking").replace("Other crime", "Jaywalking"),
        withField(row(5), 6, "\"On or near\nsomewhere\""),
        row(6)) + "\n";
    ImportLog log = ImportLog.lenient();
    PoliceUkCounts c = PoliceUkReader.of(AreaSelection.all())
        .count(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "bad.csv", log, false);
    ImportSummary s = c.summary();
    assertThat(s.rowsRead()).isEqualTo(6);
    assertThat(s.rowsUsed()).isEqualTo(2);
    assertThat(s.problems()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3L, "bad month"),
        org.assertj.core.groups.Tuple.tuple(4L, "wrong number of fields"),
        org.assertj.core.groups.Tuple.tuple(5L, "unknown crime type"),
        org.assertj.core.groups.Tuple.tuple(6L, "malformed row"));
    assertThat(s.problems().get(0).toString()).isEqualTo("bad.csv:3: bad month: '2018-13' is not YYYY-MM");
    assertThat(s.problems().get(3).detail()).isEqualTo("a quoted field spans lines");
    assertThat(s.skipped()).containsEntry("bad month", 1L).containsEntry("malformed row", 1L);
    assertThat(s.rowsRead()).isEqualTo(s.rowsUsed() + s.rowsSkipped());
    assertThat(s.render()).contains("bad.csv:4: wrong number of fields: expected 12, found");
  }

  @Test
  void strictModeStopsAtTheFirstBadRow() {
    String file = String.join("\n", header(), row(1), row(2).replace(",2018-10,", ",10/2018,"), row(3));
    assertThatThrownBy(() -> PoliceUkReader.of(AreaSelection.all()).count(
        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "bad.csv", ImportLog.strict(), false))
        .isInstanceOf(ImportException.class).hasMessage("bad.csv:3: bad month: '10/2018' is not YYYY-MM")
        .extracting(e -> ((ImportException) e).problem().line()).isEqualTo(3L);
  }

  @Test
  void aFileOfTheWrongKindOrForceIsReported() {
    ImportLog log = ImportLog.lenient();
    PoliceUkReader.of(AreaSelection.all()).count(new ByteArrayInputStream(
        "Month,Force,Type\n2018-10,x,y\n".getBytes(StandardCharsets.UTF_8)), "other.csv", log, false);
    assertThat(log.summary().problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo("not a police.uk street-level file");
      assertThat(p.line()).isEqualTo(1);
    });
    assertThat(log.summary().rowsRead()).isZero();
    String surrey = String.join("\n", header(), row(1).replace("Hampshire Constabulary", "Surrey Police"));
    ImportLog forces = ImportLog.lenient();
    PoliceUkReader.of(AreaSelection.all()).withForce("Hampshire Constabulary").count(
        new ByteArrayInputStream(surrey.getBytes(StandardCharsets.UTF_8)), "2018-10-surrey-street.csv", forces, false);
    assertThat(forces.summary().problems()).singleElement()
        .hasToString("2018-10-surrey-street.csv:2: another force's row: falls within Surrey Police, not Hampshire Constabulary");
    ImportLog empty = ImportLog.lenient();
    PoliceUkReader.of(AreaSelection.all()).count(new ByteArrayInputStream(new byte[0]), "empty.csv", empty, false);
    assertThat(empty.summary().problems()).extracting(RowProblem::reason).containsExactly("empty file");
    ImportLog unclosed = ImportLog.lenient();
    PoliceUkReader.of(AreaSelection.all()).count(new ByteArrayInputStream((header() + "\n" + row(1) + "\n\"unclosed")
        .getBytes(StandardCharsets.UTF_8)), "cut.csv", unclosed, false);
    assertThat(unclosed.summary().rowsUsed()).isEqualTo(1);
  }

  @Test
  void foldersAndZipArchivesAreReadAndNoFileIsCountedTwice(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("2017-03-hampshire-street.csv"), resource(MARCH_2017));
    Files.createDirectories(dir.resolve("2018-10"));
    Files.write(dir.resolve("2018-10").resolve("2018-10-hampshire-street.csv"), resource(OCTOBER_2018));
    Files.write(dir.resolve("notes.txt"), "not data".getBytes(StandardCharsets.UTF_8));
    PoliceUkReader reader = PoliceUkReader.of(AreaSelection.all());
    PoliceUkCounts folder = reader.count(dir, ImportLog.lenient(), false);
    Map<String, Long> expected = new TreeMap<>(plainCounts(text(MARCH_2017), null));
    plainCounts(text(OCTOBER_2018), null).forEach((k, v) -> expected.merge(k, v, Long::sum));
    assertThat(readerCounts(folder)).isEqualTo(expected);
    assertThat(folder.summary().files()).containsExactly("2017-03-hampshire-street.csv",
        "2018-10-hampshire-street.csv");

    Path zip = dir.resolve("bulk.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String[] e : new String[][] {{"2017-03/2017-03-hampshire-street.csv", MARCH_2017},
          {"2018-10/2018-10-hampshire-street.csv", OCTOBER_2018},
          {"2018-10/2018-10-hampshire-outcomes.csv", OCTOBER_2018}}) {
        out.putNextEntry(new ZipEntry(e[0]));
        out.write(resource(e[1]));
        out.closeEntry();
      }
    }
    PoliceUkCounts archive = reader.count(zip, ImportLog.lenient(), false);
    assertThat(archive.counts()).isEqualTo(folder.counts());
    ImportLog both = ImportLog.lenient();
    PoliceUkCounts twice = reader.count(dir, both, false);
    assertThat(twice.counts()).isEqualTo(folder.counts());
    assertThat(both.summary().problems()).extracting(RowProblem::reason)
        .containsExactly("file read already", "file read already");
    assertThatThrownBy(() -> reader.count(dir.resolve("missing.csv"), ImportLog.lenient(), false))
        .isInstanceOf(ImportException.class).hasMessageContaining("unreadable");
  }

  @Test
  void splittingAFileIntoPiecesGivesTheSameCounts() {
    List<String> lines = text(HAMPSHIRE).lines().toList();
    PoliceUkCounts whole = count(PoliceUkReader.of(AreaSelection.localAuthority("Portsmouth")),
        resource(HAMPSHIRE), HAMPSHIRE);
    qt().forAll(lists().of(integers().between(1, lines.size() - 1)).ofSizeBetween(0, 6))
        .checkAssert(cuts -> {
          List<Integer> points = new ArrayList<>(new java.util.TreeSet<>(cuts));
          points.add(0, 1);
          points.add(lines.size());
          ImportLog log = ImportLog.lenient();
          PoliceUkCounts.Builder sum = new PoliceUkCounts.Builder(false);
          PoliceUkReader reader = PoliceUkReader.of(AreaSelection.localAuthority("Portsmouth"));
          for (int p = 0; p + 1 < points.size(); p++) {
            String piece = lines.get(0) + "\n" + String.join("\n", lines.subList(points.get(p), points.get(p + 1)));
            reader.read(new ByteArrayInputStream(piece.getBytes(StandardCharsets.UTF_8)), "piece-" + p + "-street.csv", log, sum);
          }
          PoliceUkCounts pieces = sum.build(log.summary());
          assertThat(pieces.counts()).isEqualTo(whole.counts());
          assertThat(pieces.summary().rowsUsed()).isEqualTo(whole.summary().rowsUsed());
        });
  }

  @Test
  void shufflingTheRowsChangesNothing() {
    List<String> lines = text(HAMPSHIRE).lines().toList();
    PoliceUkReader reader = PoliceUkReader.of(AreaSelection.all());
    PoliceUkCounts whole = count(reader, resource(HAMPSHIRE), HAMPSHIRE);
    qt().forAll(longs().all()).checkAssert(seed -> {
      List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
      Collections.shuffle(rows, new Random(seed));
      String shuffled = lines.get(0) + "\n" + String.join("\n", rows);
      PoliceUkCounts c = count(reader, shuffled.getBytes(StandardCharsets.UTF_8), HAMPSHIRE);
      assertThat(c.counts()).isEqualTo(whole.counts());
      assertThat(c.summary()).isEqualTo(whole.summary());
    });
  }

  @Test
  void countsBecomeObservationsWithTheirSource() {
    PoliceUkCounts c = count(PoliceUkReader.of(AreaSelection.localAuthority("Southampton")),
        resource(MARCH_2017), MARCH_2017);
    List<Observation> obs = c.toObservations(Map.of("police-uk/burglary", "burglaries",
        "police-uk/bicycle-theft", "bicycle-thefts"), Optional.of(GssCode.of("E22000120")), false);
    Observation burglary = obs.stream().filter(o -> o.measureId().equals("burglaries")).findFirst().orElseThrow();
    assertThat(burglary.id()).isEqualTo("burglaries/e22000120/2017-03");
    assertThat(burglary.value()).hasValueSatisfying(v -> assertThat(v.longValue())
        .isEqualTo(plainCounts(text(MARCH_2017), null).get("2017-03|Burglary")));
    assertThat(burglary.provenance().citation()).hasValueSatisfying(citation -> assertThat(citation)
        .contains(MARCH_2017).contains("Open Government Licence v3.0").contains("police.uk"));
    assertThat(burglary.period().toString()).isEqualTo("2017-03");
    boolean anyBicycles = plainCounts(text(MARCH_2017), null).containsKey("2017-03|Bicycle theft");
    assertThat(obs.stream().anyMatch(o -> o.measureId().equals("bicycle-thefts"))).isEqualTo(anyBicycles);
    List<Observation> filled = c.toObservations(Map.of("police-uk/possession-of-weapons", "weapons",
        "police-uk/bicycle-theft", "bicycle-thefts"), Optional.empty(), true);
    assertThat(filled).extracting(Observation::measureId).containsExactly("bicycle-thefts", "weapons");
    assertThat(filled.get(0).id()).startsWith("bicycle-thefts/own/2017-03");

    ImportLog log = ImportLog.lenient();
    PoliceUkCounts outcomes = PoliceUkReader.of(AreaSelection.all())
        .count(new ByteArrayInputStream(resource(OCTOBER_2018)), OCTOBER_2018, log, true);
    long totalByOutcome = outcomes.counts().entrySet().stream()
        .filter(e -> e.getKey().categoryId().equals("police-uk/burglary")).mapToLong(Map.Entry::getValue).sum();
    assertThat(outcomes.count(YearMonth.of(2018, 10), "police-uk/burglary")).isEqualTo(totalByOutcome);
    assertThat(outcomes.toObservations(Map.of("police-uk/burglary", "burglaries"), Optional.empty(), false))
        .allSatisfy(o -> assertThat(o.breakdown()).containsKey("outcome"));
    assertThat(outcomes.toObservations(Map.of("police-uk/burglary", "burglaries"), Optional.empty(), false))
        .extracting(Observation::id)
        .contains("burglaries/own/2018-10/investigation-complete-no-suspect-identified");
  }

  @Test
  void theCategoryOfEachPoliceUkCrimeTypeIsKnown() {
    assertThat(PoliceUkReader.categoryOf("Violence and sexual offences")).contains("police-uk/violent-crime");
    assertThat(PoliceUkReader.categoryOf("Jaywalking")).isEmpty();
  }
}
