package io.github.sscp.data.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.data.ImportException;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.ComparatorSource;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.SeriesKey;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data files for a partnership: told apart by their header, each key fed to its measure (named,
 * or by crime category), the partnership's own rows and its peers' placed by GSS code, and joined
 * by superseding. Real Home Office rows (Southampton, Portsmouth and Thames Valley, OGL v3.0).
 */
class DataFilesTest {

  static final Path EXCERPT = Path.of("src/test/resources/io/github/sscp/data/homeoffice/"
      + "ho-csp-extract-excerpt.csv");
  static final Path STREET = Path.of("src/test/resources/io/github/sscp/data/policeuk/"
      + "2018-10-hampshire-street.southampton-excerpt.csv");

  @TempDir
  Path dir;

  static MeasureDefinition measure(String id, String category, Frequency frequency) {
    return MeasureDefinition.builder().id(id).name(id).valueType(ValueType.COUNT).unit("offences")
        .polarity(Polarity.LOWER_IS_BETTER).frequency(frequency)
        .dataSource(DataSource.of("Home Office")).addCrimeCategoryId(category).build();
  }

  /** Southampton with two recorded-crime measures; with or without a comparator group. */
  static Partnership southampton(boolean withGroup) {
    Partnership.Builder b = Partnership.builder().id("sscp").name("Safe City")
        .nation(Nation.ENGLAND).area(GeographyRef.of(GssCode.of("E22000120"), "Southampton"))
        .structure(LocalGovernmentStructure.UNITARY)
        .addMeasure(measure("burglary", "home-office/burglary-residential", Frequency.QUARTERLY))
        .addMeasure(measure("vehicles", "home-office/theft-of-motor-vehicle", Frequency.QUARTERLY))
        .addMeasure(measure("street-burglary", "police-uk/burglary", Frequency.MONTHLY))
        .addStrategy(Strategy.builder().id("plan").title("Plan").status(StrategyStatus.ACTIVE)
            .period(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 4, 1)))
            .addPriority(Priority.builder().id("safer").order(1).title("Safer").build())
            .addFocusArea(FocusArea.builder().id("theft").kind(FocusAreaKind.OBSESSION)
                .title("Theft").addPriorityId("safer")
                .addMeasuresOfSuccess(MeasureBinding.of("burglary"), MeasureBinding.of("vehicles"))
                .build())
            .build());
    if (withGroup) {
      b.addComparatorGroup(ComparatorGroup.builder().id("peers").name("Peers")
          .source(ComparatorSource.CUSTOM)
          .addMember(GeographyRef.of(GssCode.of("E22000120"), "Southampton"))
          .addMember(GeographyRef.of(GssCode.of("E22000118"), "Portsmouth")).build());
    }
    return b.build();
  }

  @Test
  void eachKindIsToldByItsHeaderAndAnUnknownFileIsNamed() throws IOException {
    assertThat(DataFiles.kindOf(EXCERPT)).isEqualTo(DataFileKind.HOME_OFFICE);
    assertThat(DataFiles.kindOf(STREET)).isEqualTo(DataFileKind.POLICE_UK);
    Path tidy = Files.writeString(dir.resolve("t.csv"), "\uFEFF# a comment\n\nmeasure,period,value\n");
    assertThat(DataFiles.kindOf(tidy)).isEqualTo(DataFileKind.TIDY);
    assertThat(DataFiles.kindOf(dir)).isEqualTo(DataFileKind.POLICE_UK);
    Path notes = Files.writeString(dir.resolve("notes.csv"), "when,what\n1,2\n");
    assertThatThrownBy(() -> DataFiles.kindOf(notes)).isInstanceOf(ImportException.class)
        .hasMessage(notes + ":1: unknown kind of data file: not a police.uk street file, a Home"
            + " Office CSP table or tidy CSV (measure,period,value); its header is 'when,what'");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    assertThatThrownBy(() -> DataFiles.kindOf(empty)).hasMessageContaining("it has no header line");
    assertThatThrownBy(() -> DataFiles.kindOf(dir.resolve("none.csv")))
        .hasMessageStartingWith(dir.resolve("none.csv") + ": no such file");
    assertThatThrownBy(() -> DataFiles.kindOf(dir.resolve("none.zip")))
        .hasMessageContaining("no such file");
  }

  @Test
  void aHomeOfficeTableFeedsMeasuresByCategoryAndItsPeersComeWithTheirCodes() {
    Partnership p = southampton(true);
    DataImport d = DataFiles.read(List.of(EXCERPT), DataRequest.forPartnership(p));
    FileImport f = d.imports().get(0);
    assertThat(f.kind()).isEqualTo(DataFileKind.HOME_OFFICE);
    assertThat(f.keys()).containsExactly("burglary_residential", "veh_theft_of_mv");
    assertThat(f.mapping()).isEqualTo(Map.of("burglary_residential", "burglary",
        "veh_theft_of_mv", "vehicles"));
    // Southampton's own rows and Portsmouth's; Thames Valley is a force-area row, skipped
    assertThat(d.observations()).hasSize(4 * 44);
    Observation own = d.observations().stream().filter(o -> o.measureId().equals("burglary")
        && o.geography().isEmpty() && o.period().equals(Quarter.parse("2024/25 Q1"))).findFirst()
        .orElseThrow();
    assertThat(own.value()).contains(BigDecimal.valueOf(213));
    assertThat(d.observations()).filteredOn(o -> o.geography().isPresent())
        .allMatch(o -> o.geography().get().equals(GssCode.of("E22000118")));
    assertThat(d.peerGroup()).isEmpty();
    assertThat(d.attributions()).singleElement().asString()
        .contains("Open Government Licence v3.0");
    // joined: the partnership's series and Portsmouth's
    Partnership joined = d.joinTo(p);
    assertThat(joined.ownSeries("burglary").observations()).hasSize(44);
    assertThat(joined.observations().series(SeriesKey.of("vehicles", GssCode.of("E22000118")))
        .observations()).hasSize(44);
    assertThat(d.joinTo(joined)).isSameAs(joined);
  }

  @Test
  void aKeyNamedExplicitlyWinsAndWithoutAComparatorGroupTheTableIsTheGroup() {
    Partnership p = southampton(false);
    DataImport d = DataFiles.read(List.of(EXCERPT), DataRequest.forPartnership(p)
        .withMeasures(Map.of("veh_theft_of_mv", "burglary", "burglary_residential", "vehicles")));
    assertThat(d.imports().get(0).mapping()).isEqualTo(Map.of("veh_theft_of_mv", "burglary",
        "burglary_residential", "vehicles"));
    ComparatorGroup group = d.peerGroup().orElseThrow();
    assertThat(group.members()).extracting(GeographyRef::name).containsExactly("Southampton",
        "Portsmouth");
    assertThat(group.members()).extracting(m -> m.code().orElseThrow().value())
        .containsExactly("E22000120", "E22000118");
    assertThat(group.provenance().citation()).hasValueSatisfying(c ->
        assertThat(c).contains("ho-csp-extract-excerpt.csv"));
    assertThat(d.joinTo(p).comparatorGroups()).containsExactly(group);
  }

  @Test
  void dataThatDoesNotFitThePartnershipIsRefusedWithThePath() throws IOException {
    Path tidy = Files.writeString(dir.resolve("t.csv"), "measure,period,value\nnope,2024-05,3\n"
        + "burglaries,2024-05,3\nburglaries,2024-06,4\nburglaries,2024-07,5\n");
    DataImport d = DataFiles.read(List.of(tidy), DataRequest.forPartnership(southampton(true)));
    assertThat(d.imports().get(0).keys()).containsExactly("burglaries", "nope");
    // one line a measure id, with its first row, how many more, and the nearest measure
    assertThatThrownBy(() -> d.joinTo(southampton(true)))
        .isInstanceOf(DataFitException.class)
        .hasMessage("the data does not fit the partnership: " + tidy + ":2: 'nope' is not a"
            + " measure of the partnership (and 1 more)")
        .satisfies(e -> assertThat(((DataFitException) e).details()).containsExactly(
            tidy + ":2: 'nope' is not a measure of the partnership",
            tidy + ":3 and 2 more rows: 'burglaries' is not a measure of the partnership"
                + " (nearest: burglary)"));
  }

  @Test
  void policeUkFilesAreReadTogetherAndPlacedThroughTheLookup() throws IOException {
    DataImport d = DataFiles.read(List.of(STREET), DataRequest.forPartnership(southampton(true)));
    FileImport f = d.imports().get(0);
    assertThat(f.kind()).isEqualTo(DataFileKind.POLICE_UK);
    assertThat(f.mapping()).containsEntry("police-uk/burglary", "street-burglary").hasSize(1);
    assertThat(f.summary().rowsUsed()).isPositive();
    assertThat(d.observations()).allMatch(o -> o.measureId().equals("street-burglary"));
    try (InputStream in = Files.newInputStream(EXCERPT)) {
      DataImport one = DataFiles.read(in, "excerpt.csv", DataRequest.forPartnership(southampton(true)));
      assertThat(one.observations()).hasSize(4 * 44);
      assertThat(one.imports().get(0).paths()).containsExactly("excerpt.csv");
    }
  }

  @Test
  void ingestCountsEveryCategoryAndEveryOffenceUnderItsOwnName() {
    DataImport street = DataFiles.countPoliceUk(List.of(STREET),
        io.github.sscp.data.policeuk.AreaSelection.localAuthority("Southampton"), ImportWatch.NONE);
    assertThat(street.observations()).extracting(Observation::measureId)
        .contains("police-uk/burglary", "police-uk/anti-social-behaviour");
    DataImport table = DataFiles.countHomeOffice(EXCERPT, "Portsmouth", ImportWatch.NONE);
    assertThat(table.observations()).extracting(Observation::measureId).containsOnly(
        "burglary-residential", "veh-theft-of-mv");
    assertThat(table.observations()).allMatch(o -> o.geography().equals(java.util.Optional.of(GssCode.of("E22000118"))));
    assertThatThrownBy(() -> DataFiles.countHomeOffice(STREET, "Portsmouth", ImportWatch.NONE))
        .hasMessageContaining("not a Home Office CSP table");
    assertThatThrownBy(() -> DataFiles.countPoliceUk(List.of(Path.of("nowhere.zip")),
        io.github.sscp.data.policeuk.AreaSelection.all(), ImportWatch.NONE))
        .hasMessageStartingWith("nowhere.zip: no such file");
  }

  /**
   * The files a partnership names are read from its folder, each with its own feeds and area: a
   * street file's burglaries feed another measure when the file says so, and a request's own
   * measures win over the file's feeds.
   */
  @Test
  void theFilesAPartnershipNamesAreReadFromItsFolderWithTheirOwnFeeds() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("data"));
    Files.copy(STREET, folder.resolve("street.csv"));
    Files.writeString(folder.resolve("tidy.csv"), "measure,period,value\nburglary,2024/25 Q1,70\n");
    Partnership p = southampton(true).withMeasures(java.util.stream.Stream.concat(
        southampton(true).measures().stream(),
        java.util.stream.Stream.of(measure("other-burglary", "local/other", Frequency.MONTHLY)))
        .toList()).withDataFiles(
        io.github.sscp.model.measure.DataFile.builder().path("street.csv")
            .putFeed("police-uk/burglary", "other-burglary").area("Southampton").build(),
        io.github.sscp.model.measure.DataFile.of("tidy.csv"));
    DataImport d = DataFiles.readNamed(p, folder, DataRequest.forPartnership(p), false);
    assertThat(d.imports()).extracting(FileImport::kind).containsExactly(DataFileKind.POLICE_UK,
        DataFileKind.TIDY);
    assertThat(d.imports().get(0).paths()).containsExactly(folder.resolve("street.csv").toString());
    assertThat(d.imports().get(0).mapping()).containsEntry("police-uk/burglary", "other-burglary");
    assertThat(d.observations()).anyMatch(o -> o.measureId().equals("other-burglary"))
        .noneMatch(o -> o.measureId().equals("street-burglary"));
    assertThat(d.observations()).filteredOn(o -> o.measureId().equals("burglary"))
        .singleElement().satisfies(o -> assertThat(o.value()).contains(new BigDecimal("70")));
    // the request's measures, from the command line, win over the file's feeds
    DataImport given = DataFiles.readNamed(p, folder, DataRequest.forPartnership(p)
        .withMeasures(Map.of("police-uk/burglary", "street-burglary")), false);
    assertThat(given.imports().get(0).mapping()).containsEntry("police-uk/burglary",
        "street-burglary");
    // tidy CSV names its measures itself: each feeds itself
    assertThat(d.imports().get(1).mapping()).containsExactly(Map.entry("burglary", "burglary"));
    assertThat(d.imports().get(1).keys()).containsExactly("burglary");
    // a file's area is the partnership's name in it, unless the request's was given explicitly
    Partnership elsewhere = p.withDataFiles(io.github.sscp.model.measure.DataFile.builder()
        .path("street.csv").area("Nowhere").build());
    assertThat(DataFiles.readNamed(elsewhere, folder, DataRequest.forPartnership(elsewhere), false)
        .observations()).isEmpty();
    assertThat(DataFiles.readNamed(elsewhere, folder, DataRequest.forPartnership(elsewhere)
        .withArea("Southampton"), true).observations()).isNotEmpty()
        .allMatch(o -> o.measureId().equals("street-burglary"));
    // no files named: nothing read
    DataImport none = DataFiles.readNamed(southampton(true), folder,
        DataRequest.forPartnership(southampton(true)), false);
    assertThat(none.imports()).isEmpty();
    assertThat(none.observations()).isEmpty();
    // a file that is not there is named with the partnership's words for it
    Partnership missing = p.withDataFiles(io.github.sscp.model.measure.DataFile.of("gone.csv"));
    assertThatThrownBy(() -> DataFiles.readNamed(missing, folder,
        DataRequest.forPartnership(missing), false)).isInstanceOf(ImportException.class)
        .hasMessageContaining("gone.csv: no such file: the partnership's dataFiles names"
            + " 'gone.csv', which is not there");
  }

  @Test
  void twoImportsCombineInOrderAndTheFirstPeerGroupStands() throws IOException {
    DataImport ho = DataFiles.read(List.of(EXCERPT), DataRequest.forPartnership(southampton(false)));
    DataImport street = DataFiles.read(List.of(STREET), DataRequest.forPartnership(
        southampton(false)));
    DataImport both = street.plus(ho);
    assertThat(both.imports()).extracting(FileImport::kind).containsExactly(DataFileKind.POLICE_UK,
        DataFileKind.HOME_OFFICE);
    assertThat(both.observations()).hasSize(street.observations().size()
        + ho.observations().size());
    assertThat(both.observations().get(0)).isEqualTo(street.observations().get(0));
    assertThat(both.peerGroup()).isEqualTo(ho.peerGroup()).isPresent();
    assertThat(ho.plus(street).peerGroup()).isEqualTo(ho.peerGroup());
    assertThat(both.attributions()).containsAll(ho.attributions()).containsAll(street.attributions());
    assertThat(both.origins()).hasSize(street.origins().size() + ho.origins().size());
  }

  /** Nearest names by edit distance: at most half the name's length away (2 for short names). */
  @Test
  void theNearestNamesAreTheCloseOnesClosestFirst() {
    assertThat(DataFiles.nearest("Southamptn", List.of("Portsmouth", "Southampton", "Reading")))
        .isEqualTo(" (nearest: Southampton)");
    // "ab": up to 2 edits; "abcd" is 2 away, "abcde" 3
    assertThat(DataFiles.nearest("ab", List.of("abcde", "abcd"))).isEqualTo(" (nearest: abcd)");
    // "abcdef": up to 3 edits, ties by name, at most three
    assertThat(DataFiles.nearest("abcdef", List.of("abcxyz", "abcdeX", "abcdXY", "Abcdef",
        "zzzzzz"))).isEqualTo(" (nearest: Abcdef, abcdeX, abcdXY)");
    assertThat(DataFiles.nearest("abcdef", List.of("uvwxyz"))).isEmpty();
    assertThat(DataFiles.nearest("abc", List.of("x".repeat(201)))).isEmpty();
    assertThat(DataFiles.nearest("kitten", List.of("sitting"))).isEqualTo(" (nearest: sitting)");
    assertThat(DataFiles.nearest("flaw", List.of("lawn"))).isEqualTo(" (nearest: lawn)");
    assertThat(DataFiles.nearest("", List.of("ab", "abc"))).isEqualTo(" (nearest: ab)");
  }
}
