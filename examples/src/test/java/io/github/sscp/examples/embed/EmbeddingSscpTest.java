package io.github.sscp.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.json.DocumentKind;
import io.github.sscp.json.SscpJson;
import io.github.sscp.rules.board.BoardPack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedder's program runs on the example file with the library alone (the examples module has
 * no dependency on the command, and ArchUnit keeps it so): it prints one line per measure and the
 * attention list, and writes a board pack that reads back as one.
 */
class EmbeddingSscpTest {

  @TempDir
  Path dir;

  @Test
  void theFortyLineProgramAssessesEveryMeasureAndWritesTheReport() throws Exception {
    Path report = dir.resolve("law.json");
    PrintStream saved = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      EmbeddingSscp.main(new String[] {
          "southampton/southampton-safe-city-partnership.yaml", report.toString()});
    } finally {
      System.setOut(saved);
    }
    String lines = printed.toString(StandardCharsets.UTF_8);
    assertThat(lines).contains("Residential burglary offences: Below its average since 2017/18 Q1")
        .contains("Anti-social behaviour incidents: Within its usual range since 2017-03")
        .contains("1. Residential burglary offences is worse than its peers by more than chance")
        .contains("3. A duty not met — strategy to prevent and reduce serious violence: Safe City"
            + " Strategy 2022-27 lists strands (a), (b) and (c).");
    BoardPack back = SscpJson.standard().read(Files.readString(report),
        io.github.sscp.json.Format.JSON, DocumentKind.BOARD_PACK);
    assertThat(back.lawAsOf()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(back.dataTo()).contains(LocalDate.of(2026, 3, 31));
    assertThat(back.partnershipName()).isEqualTo("Southampton Safe City Partnership");
    assertThat(back.rows()).hasSize(5);
    assertThat(back.row("asb-incidents").orElseThrow().latest().orElseThrow().value())
        .isEqualTo(412);
    assertThat(Thread.currentThread().getContextClassLoader().getResource(
        "io/github/sscp/cli/Sscp.class")).as("no class of the command on the class path").isNull();
  }
}
