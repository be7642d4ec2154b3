package io.github.sscp.data.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.data.CsvSource;
import io.github.sscp.model.Partnership;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edges of reading a user's files: field lengths, bad rows, and a later file's bad figure. */
class DataEdgesTest {

  @TempDir
  Path dir;

  @Test
  void aFieldOfTheLimitIsReadAndOneLongerIsABadRow() throws IOException {
    Partnership p = DataFilesTest.southampton(false);
    Path ok = Files.writeString(dir.resolve("ok.csv"), "measure,period,value,source\n"
        + "burglary,2024/25 Q1,5," + "s".repeat(CsvSource.MAX_FIELD_LENGTH) + "\n");
    DataImport read = DataFiles.read(List.of(ok), DataRequest.forPartnership(p));
    assertThat(read.imports().get(0).hasBadRows()).isFalse();
    assertThat(read.observations()).hasSize(1);
    Path longer = Files.writeString(dir.resolve("long.csv"), "measure,period,value,source\n"
        + "burglary,2024/25 Q1,5," + "s".repeat(CsvSource.MAX_FIELD_LENGTH + 1) + "\n");
    DataImport bad = DataFiles.read(List.of(longer), DataRequest.forPartnership(p));
    assertThat(bad.imports().get(0).hasBadRows()).isTrue();
    assertThat(bad.refusals()).containsExactly(longer + ": none of its 1 rows was usable",
        "long.csv:2: malformed row: a field of 4097 characters, longer than 4096");
  }

  /**
   * The same period read from two files joins as a revision; a revision that does not fit is
   * placed at the later file's line, not the first's.
   */
  @Test
  void aBadFigureInALaterFileIsNamedAtThatFile() throws IOException {
    Partnership p = DataFilesTest.southampton(false);
    Path first = Files.writeString(dir.resolve("first.csv"),
        "measure,period,value\nburglary,2024/25 Q1,5\n");
    Path later = Files.writeString(dir.resolve("later.csv"),
        "measure,period,value\nvehicles,2024/25 Q1,1\nburglary,2024/25 Q1,-3\n");
    DataRequest r = DataRequest.forPartnership(p);
    DataImport both = DataFiles.read(List.of(first), r).plus(DataFiles.read(List.of(later), r));
    assertThat(both.origins()).containsEntry("burglary/own/2024-25-q1", first + ":2")
        .containsEntry("burglary/own/2024-25-q1 (read again)", later + ":3");
    assertThatThrownBy(() -> both.joinTo(p)).isInstanceOfSatisfying(DataFitException.class,
        e -> assertThat(e.details()).singleElement().satisfies(d -> assertThat(d)
            .startsWith(later + ":3: ")));
    // the same figure twice is left out, not a revision
    Path same = Files.writeString(dir.resolve("same.csv"),
        "measure,period,value\nburglary,2024/25 Q1,5\n");
    Partnership joined = DataFiles.read(List.of(first), r).plus(DataFiles.read(List.of(same), r))
        .joinTo(p);
    assertThat(joined.observations().entries()).hasSize(1);
  }

  @Test
  void anUnknownHeaderIsShownUpTo120Characters() throws IOException {
    String exactly = "x".repeat(120);
    Path a = Files.writeString(dir.resolve("a.csv"), exactly + "\n1\n");
    assertThatThrownBy(() -> DataFiles.kindOf(a)).hasMessageEndingWith("its header is '" + exactly
        + "'");
    Path b = Files.writeString(dir.resolve("b.csv"), exactly + "y\n1\n");
    assertThatThrownBy(() -> DataFiles.kindOf(b)).hasMessageEndingWith("its header is '" + exactly
        + "…'");
  }

  @Test
  void policeUkFiguresSayWhereTheyCameFromOrWhyNoneFed() {
    Partnership p = DataFilesTest.southampton(false);
    DataImport d = DataFiles.read(List.of(DataFilesTest.STREET), DataRequest.forPartnership(p));
    assertThat(d.origins()).isNotEmpty().allSatisfy((id, where) -> assertThat(where)
        .isEqualTo(DataFilesTest.STREET + " (police-uk/burglary)"));
    assertThat(d.notes()).isEmpty();
    Partnership noStreetMeasure = p.withMeasures(p.measures().stream()
        .filter(m -> !m.id().equals("street-burglary")).toList()).withStrategies(List.of());
    DataImport none = DataFiles.read(List.of(DataFilesTest.STREET),
        DataRequest.forPartnership(noStreetMeasure));
    assertThat(none.observations()).isEmpty();
    assertThat(none.notes()).singleElement().satisfies(n -> assertThat(n)
        .startsWith(DataFilesTest.STREET + ": no crime type in it feeds a measure of the"
            + " partnership. It holds ").contains("police-uk/burglary"));
  }
}
