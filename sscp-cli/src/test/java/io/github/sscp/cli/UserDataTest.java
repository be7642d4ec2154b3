package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own data and files as the command treats them: every data file's summary on stderr,
 * refused rows stop the command unless {@code --lenient}, a user's file is never overwritten,
 * text from files reaches the terminal escaped, and the spc command reads its input strictly.
 */
class UserDataTest {

  static final String STREET_ZIP = "../examples/southampton/"
      + "southampton-police-uk-street.zip";

  @TempDir
  Path dir;

  @Test
  void theReadmesKpiExampleWithPoliceUkDataFeedsAntiSocialBehaviour() {
    Run run = Run.of("kpi", "--example", "southampton", "--data", STREET_ZIP);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains(STREET_ZIP + ": police.uk street-level crime, 13 files,"
        + " 42,192 rows read, 42,192 used, 0 skipped")
        .contains("feeds: police-uk/anti-social-behaviour → asb-incidents");
    assertThat(run.out()).contains("asb-incidents: ");
  }

  @Test
  void refusedRowsStopTheCommandUnlessLenientAndEachIsListedByLine() throws IOException {
    Path tidy = Files.writeString(dir.resolve("asb.csv"), "measure,period,value\n"
        + "asb-incidents,2024-01,401\nasb-incidents,2024-02,4o2\nasb-incidents,2024-03,403\n");
    Run strict = Run.of("kpi", "--example", "southampton", "--data", tidy.toString());
    assertThat(strict.code()).isEqualTo(Sscp.INVALID);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).contains(tidy + ": tidy observations, 1 file, 3 rows read, 2 used,"
        + " 1 skipped").contains("asb.csv:3: bad value: '4o2'")
        .contains("sscp: 1 data row was refused (listed above); correct it, or give --lenient to"
            + " go on without it");
    Run lenient = Run.of("kpi", "--example", "southampton", "--data", tidy.toString(), "--lenient");
    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains("asb.csv:3: bad value: '4o2'");
  }

  @Test
  void anUnknownMeasureKeyIsAUsageErrorListingTheKeysInTheData() throws IOException {
    Path tidy = Files.writeString(dir.resolve("asb.csv"), "measure,period,value\n"
        + "asb-incidents,2024-01,401\n");
    Run run = Run.of("kpi", "--example", "southampton", "--data", tidy.toString(), "--measure",
        "asb=asb-incidents");
    assertThat(run.code()).isEqualTo(Sscp.USAGE);
    assertThat(run.err()).contains("--measure: no data file holds the key 'asb'; the keys in the"
        + " data are asb-incidents");
  }

  @Test
  void theReportNeverWritesOverAUsersFileOrAnInputAndLeavesNoTemporaryFile() throws IOException {
    Path mine = Files.writeString(dir.resolve("mine.html"), "the user's own file\n");
    Run refused = Run.of("report", "--example", "southampton", "--out", mine.toString());
    assertThat(refused.code()).isEqualTo(Sscp.USAGE);
    assertThat(refused.err()).contains(mine + ": already exists; give --force to replace it");
    assertThat(Files.readString(mine)).isEqualTo("the user's own file\n");
    Path data = Files.writeString(dir.resolve("data.csv"), "measure,period,value\n");
    Run onto = Run.of("report", "--example", "southampton", "--data", data.toString(), "--out",
        data.toString(), "--force");
    assertThat(onto.code()).isEqualTo(Sscp.USAGE);
    assertThat(onto.err()).contains("is one of the command's inputs");
    assertThat(Files.readString(data)).isEqualTo("measure,period,value\n");
    Run forced = Run.of("report", "--example", "southampton", "--out", mine.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(Files.readString(mine)).startsWith("<!DOCTYPE html>");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("mine.html", "data.csv");
    }
  }

  @Test
  void controlAndBidirectionalCharactersFromAFileAreShownEscaped() throws IOException {
    Path tidy = Files.writeString(dir.resolve("asb.csv"), "measure,period,value\n"
        + "asb-incidents,2024-01,4\u001B[2J\nasb-incidents\u202E,2024-02,1\n");
    Run run = Run.of("kpi", "--example", "southampton", "--data", tidy.toString());
    assertThat(run.err()).contains("'4\\u001B[2J'").contains("asb-incidents\\u202E")
        .doesNotContain("\u001B").doesNotContain("\u202E");
    assertThat(Terminal.escape("a\u0007b\u2066c\td\ne")).isEqualTo("a\\u0007b\\u2066c\td\ne");
  }

  @Test
  void spcReadsAHeaderAndRefusesLooseNumbersNamingTheLine() throws IOException {
    Path series = Files.writeString(dir.resolve("s.csv"), "period,value\n2024-01,12\n2024-02,0x1p3\n");
    assertThat(Run.of("spc", series.toString()).err())
        .contains(series + ":3: '0x1p3' is not a number (a plain decimal such as 12 or -3.5)");
    Path months = Files.writeString(dir.resolve("m.csv"), "month,count\n2024-01,12\n");
    assertThat(Run.of("spc", months.toString()).err()).contains(months + ":1: 'month,count' is not"
        + " a value");
    Run ok = Run.withInput("value\n3\n4\n5\n", "spc");
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("variation:");
    Path huge = Files.writeString(dir.resolve("h.csv"), "value\n1\n2000000000000\n");
    Run tooLarge = Run.of("spc", huge.toString());
    assertThat(tooLarge.code()).isEqualTo(Sscp.INVALID);
    assertThat(tooLarge.err()).contains(huge + ":3: 2000000000000 is larger than 10^12");
  }

  @Test
  void aDateOptionSaysTheFormItExpectsAndTyposGetSuggestions() {
    Run date = Run.of("check", "--example", "southampton", "--as-of", "1/7/2024");
    assertThat(date.code()).isEqualTo(Sscp.USAGE);
    assertThat(date.err()).contains("expected YYYY-MM-DD");
    assertThat(Run.of("valdate").err()).contains("Did you mean").contains("validate");
    for (String command : new String[] {"example", "schema", "redact", "ingest police-uk",
        "ingest ho-csp"}) {
      String[] words = (command + " --help").split(" ");
      assertThat(Run.of(words).out()).as(command).contains("--debug")
          .contains("Example: sscp " + command);
    }
  }

  @Test
  void aFileThatCannotBeReadIsAnIoErrorForEveryCommand() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
    for (String command : new String[] {"validate", "check", "kpi", "redact"}) {
      Run run = Run.of(command, folder.toString());
      assertThat(run.code()).as(command).isEqualTo(Sscp.USAGE);
      assertThat(run.err()).as(command).contains(folder + ": is a folder");
    }
    Path big = dir.resolve("big.yaml");
    try (var out = Files.newOutputStream(big)) {
      out.write(new byte[17 * 1024 * 1024]);
    }
    Run run = Run.of("validate", big.toString());
    assertThat(run.code()).isEqualTo(Sscp.USAGE);
    assertThat(run.err()).contains("larger than the limit of 16 MiB");
  }
}
