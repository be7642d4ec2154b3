package io.github.sscp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The account of an import: nothing dropped uncounted, problems listed up to a bound. */
class ImportLogTest {

  @Test
  void problemsBeyondTheListingBoundAreCountedNotKept() {
    ImportLog log = ImportLog.of(ImportMode.LENIENT, 2);
    for (int i = 1; i <= 5; i++) {
      log.read();
      log.problem(new RowProblem("f.csv", i, "bad month", "x"));
    }
    log.read();
    log.used("Southampton", "2024-06");
    log.read();
    log.skip("outside the selected area");
    log.flag("negative count kept");
    ImportSummary s = log.summary();
    assertThat(s.problems()).hasSize(2);
    assertThat(s.problemCount()).isEqualTo(5);
    assertThat(s.rowsRead()).isEqualTo(7).isEqualTo(s.rowsUsed() + s.rowsSkipped());
    assertThat(s.skipped()).containsEntry("bad month", 5L).containsEntry("outside the selected area", 1L);
    assertThat(s.render()).contains("7 rows read, 1 used, 6 skipped").contains("… and 3 more bad rows")
        .contains("flagged: negative count kept: 1").contains("areas: Southampton")
        .contains("periods: 2024-06 to 2024-06 (1)");
    assertThat(log.mode()).isEqualTo(ImportMode.LENIENT);
  }

  @Test
  void strictModeThrowsAtTheFirstProblem() {
    ImportLog log = ImportLog.strict();
    assertThatThrownBy(() -> log.problem(new RowProblem("f.csv", 9, "bad count", "'x'")))
        .isInstanceOf(ImportException.class).hasMessage("f.csv:9: bad count: 'x'");
    assertThatThrownBy(() -> log.fileProblem(new RowProblem("f.csv", 0, "unreadable", "")))
        .hasMessage("f.csv: unreadable");
    assertThatThrownBy(() -> ImportLog.of(ImportMode.LENIENT, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileIsNewOnlyOnce() {
    ImportLog log = ImportLog.lenient();
    assertThat(log.file("a.csv")).isTrue();
    assertThat(log.file("a.csv")).isFalse();
    assertThat(log.summary().files()).containsExactly("a.csv");
    assertThat(ImportLog.lenient().summary().render()).startsWith("0 files, 0 rows read");
  }

  @Test
  void aPublicationCitesItsFilesPublisherAndLicence() {
    assertThat(Publication.POLICE_UK.cite("a.csv")).isEqualTo("police.uk street-level crime (a.csv);"
        + " Home Office (data.police.uk); Contains public sector information licensed under the Open"
        + " Government Licence v3.0");
    assertThatThrownBy(() -> new Publication(" ", "x", "y")).isInstanceOf(IllegalArgumentException.class);
  }
}
