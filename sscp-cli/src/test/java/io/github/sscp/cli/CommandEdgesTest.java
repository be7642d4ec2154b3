package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's edges in one process: data files named by the partnership and given on the
 * command line, options that do not parse, files at their size and line limits, outputs that
 * would overwrite an input, and {@code init}'s schema beside the file.
 */
class CommandEdgesTest {

  static final String HO = "../examples/southampton/ho-csp-extract-southampton-and-peers.csv";

  @TempDir
  Path dir;

  private Path southampton() {
    Path file = dir.resolve("southampton.yaml");
    assertThat(Run.of("example", "southampton", "--out", file.toString()).code()).isZero();
    return file;
  }

  @Test
  void aDataFileGivenOnTheCommandLineTakesThePlaceOfTheNamedOneOfItsName() {
    Run run = Run.of("kpi", "--example", "southampton", "--data", HO);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains(HO + ": Home Office recorded crime by partnership")
        .contains("the example's southampton-police-uk-street.zip: police.uk street-level crime")
        .doesNotContain("the example's ho-csp-extract");
    Run named = Run.of("kpi", "--example", "southampton");
    assertThat(named.err()).contains("the example's ho-csp-extract-southampton-and-peers.csv:")
        .contains("the example's southampton-police-uk-street.zip:");
  }

  @Test
  void theFilesAPartnershipNamesAreReadFromItsFolderAndNeverWrittenOver() throws IOException {
    Path file = southampton();
    Run kpi = Run.of("kpi", file.toString());
    assertThat(kpi.code()).as(kpi.err()).isZero();
    assertThat(kpi.err()).contains(dir.resolve("ho-csp-extract-southampton-and-peers.csv")
        + ": Home Office recorded crime by partnership, 1 file, 528 rows read, 528 used");
    Path named = dir.resolve("southampton-police-uk-street.zip");
    long size = Files.size(named);
    Run over = Run.of("report", file.toString(), "--out", named.toString(), "--force");
    assertThat(over.code()).isEqualTo(Sscp.USAGE);
    assertThat(over.err()).contains("is one of the command's inputs");
    assertThat(Files.size(named)).isEqualTo(size);
    Files.delete(named);
    Run missing = Run.of("kpi", file.toString());
    assertThat(missing.code()).isEqualTo(Sscp.INVALID);
    assertThat(missing.err()).contains("no such file: the partnership's dataFiles names"
        + " 'southampton-police-uk-street.zip'");
  }

  @Test
  void aFeedOfNoMeasureAndMeasureOptionsThatDoNotParseAreRefused() throws IOException {
    Path file = southampton();
    Files.writeString(file, Files.readString(file).replace("    path: southampton-police-uk-street.zip",
        "    path: southampton-police-uk-street.zip\n    feeds: {police-uk/burglary: burglaries}"));
    Run feed = Run.of("kpi", file.toString());
    assertThat(feed.code()).isEqualTo(Sscp.INVALID);
    assertThat(feed.err()).contains("dataFiles[1].feeds: 'police-uk/burglary' feeds 'burglaries',"
        + " which is not a measure of the partnership; its measures are");
    for (String bad : new String[] {"=residential-burglary", "police-uk/burglary=", "nothing"}) {
      Run r = Run.of("kpi", "--example", "southampton", "--measure", bad);
      assertThat(r.code()).as(bad).isEqualTo(Sscp.USAGE);
      assertThat(r.err()).as(bad).contains("--measure takes KEY=MEASURE");
    }
    Run unknown = Run.of("kpi", "--example", "southampton", "--measure",
        "police-uk/burglary=burglaries");
    assertThat(unknown.code()).isEqualTo(Sscp.USAGE);
    assertThat(unknown.err()).contains("--measure: the partnership has no measure 'burglaries';"
        + " its measures are");
    Run single = Run.of("kpi", "--example", "southampton", "--measure", "k=v");
    assertThat(single.err()).contains("no measure 'v'");
  }

  @Test
  void manyFiguresForMeasuresThePartnershipLacksAreListedAndCounted() throws IOException {
    StringBuilder csv = new StringBuilder("measure,period,value\n");
    for (int i = 0; i < 23; i++) {
      csv.append("unknown-").append(i).append(",2025-01,3\n");
    }
    Path data = Files.writeString(dir.resolve("many.csv"), csv);
    Run run = Run.of("kpi", "--example", "southampton", "--data", data.toString());
    assertThat(run.code()).isEqualTo(Sscp.INVALID);
    assertThat(run.err()).contains("sscp: the data does not fit the partnership:\n  " + data
        + ":2: 'unknown-0' is not a measure of the partnership").contains("  … and 3 more\n");
  }

  @Test
  void aFileIsReadUpToTheLimitAndRefusedBeyondIt() throws IOException {
    Path exactly = dir.resolve("exactly.yaml");
    byte[] blank = new byte[(int) Inputs.MAX_FILE_BYTES];
    java.util.Arrays.fill(blank, (byte) ' ');
    Files.write(exactly, blank);
    Run read = Run.of("validate", exactly.toString());
    assertThat(read.out() + read.err()).contains("the document is empty")
        .doesNotContain("larger than the limit");
    Path over = dir.resolve("over.yaml");
    Files.write(over, java.util.Arrays.copyOf(blank, blank.length + 1));
    Run big = Run.of("validate", over.toString());
    assertThat(big.code()).isEqualTo(Sscp.USAGE);
    assertThat(big.err()).contains("larger than the limit of 16 MiB");
    assertThat(Inputs.bytes(exactly)).hasSize(blank.length);
  }

  @Test
  void aSeriesLineIsReadUpToItsLengthAndATrailingLineEndIsNotALine() {
    String ok = "x".repeat(0) + "1\n2\n3\n";
    Run three = Run.withInput(ok, "spc");
    assertThat(three.code()).as(three.err()).isZero();
    assertThat(three.out()).contains("#3 ").doesNotContain("#4 ");
    String longLine = "1\n" + " ".repeat(199) + "2\n" + " ".repeat(200) + "3\n";
    Run tooLong = Run.withInput(longLine, "spc");
    assertThat(tooLong.code()).isEqualTo(Sscp.INVALID);
    assertThat(tooLong.err()).contains("stdin:3: the line is longer than 200 characters");
    assertThat(Inputs.lines(new java.io.ByteArrayInputStream("a\r\nb".getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), "t", 10)).containsExactly("a", "b");
    assertThat(Inputs.lines(new java.io.ByteArrayInputStream("\uFEFFa\n\n".getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), "t", 10)).containsExactly("a", "");
  }

  @Test
  void anOutputNamedAnotherWayIsStillTheInput() throws IOException {
    Path file = southampton();
    Path sameFile = dir.resolve(".").resolve("southampton.yaml");
    Run r = Run.of("report", file.toString(), "--out", sameFile.toString(), "--force");
    assertThat(r.code()).isEqualTo(Sscp.USAGE);
    assertThat(r.err()).contains("is one of the command's inputs");
    Path nested = dir.resolve("new/folder/report.html");
    Run made = Run.of("report", file.toString(), "--as-of", "2026-07-01", "--out",
        nested.toString());
    assertThat(made.code()).as(made.err()).isZero();
    assertThat(nested).exists();
    assertThat(dir.resolve("new/folder").toFile().list()).containsExactly("report.html");
  }

  @Test
  void initWritesTheSchemaOnceAndNeverOverAnotherFile() throws IOException {
    Path first = dir.resolve("a.yaml");
    Run one = Run.of("init", "--name", "A", "--country", "wales", "--council", "C", "--out",
        first.toString());
    assertThat(one.err()).contains("wrote " + first + " and sscp-partnership.schema.json beside it");
    Path schema = dir.resolve(PartnershipTemplate.SCHEMA_FILE);
    // a second file beside the first: the same schema is left as it is
    Run two = Run.of("init", "--name", "B", "--country", "wales", "--council", "C", "--out",
        dir.resolve("b.yaml").toString());
    assertThat(two.code()).as(two.err()).isZero();
    Files.writeString(schema, "{\"mine\": true}");
    Run three = Run.of("init", "--name", "C", "--country", "wales", "--council", "C", "--out",
        dir.resolve("c.yaml").toString());
    assertThat(three.code()).isEqualTo(Sscp.USAGE);
    assertThat(three.err()).contains("sscp-partnership.schema.json: already exists");
    assertThat(Files.readString(schema)).isEqualTo("{\"mine\": true}");
    assertThat(dir.resolve("c.yaml")).doesNotExist();
    Run wrong = Run.of("init", "--name", "X", "--country", "england", "--structure",
        "welsh-principal-area", "--council", "C", "--out", dir.resolve("x.yaml").toString());
    assertThat(wrong.err()).contains("welsh-principal-area is not a structure in England");
    Run unknown = Run.of("init", "--name", "X", "--country", "england", "--structure", "shire",
        "--council", "C", "--out", dir.resolve("x.yaml").toString());
    assertThat(unknown.err()).contains("--structure takes unitary, two-tier-district, county,"
        + " london-borough, metropolitan-district, welsh-principal-area, city-of-london, not"
        + " 'shire'");
    Run country = Run.of("init", "--name", "X", "--country", "scotland", "--council", "C",
        "--out", dir.resolve("x.yaml").toString());
    assertThat(country.err()).contains("--country takes england or wales, not 'scotland'");
  }

  @Test
  void policeUkRowsAreCountedForTheLsoasAFileLists() throws IOException {
    String zip = "../examples/southampton/southampton-police-uk-street.zip";
    // two LSOAs of Southampton 001 (codes from the file itself), with a comment and a blank line
    Path codes = Files.writeString(dir.resolve("codes.txt"), "# two LSOAs\n\nE01017144\n"
        + " E01017145 \n");
    Run run = Run.of("ingest", "police-uk", zip, "--lsoa-codes", codes.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("measure,period,value,area,status,source\n")
        .contains("\npolice-uk/burglary,2022-02,2,,final,police.uk street-level crime\n")
        .contains("\npolice-uk/violent-crime,2022-02,6,,final,police.uk street-level crime\n");
    Path bad = Files.writeString(dir.resolve("bad.txt"), "E01017144\n\nE0101714\n");
    Run wrong = Run.of("ingest", "police-uk", zip, "--lsoa-codes", bad.toString());
    assertThat(wrong.code()).isEqualTo(Sscp.INVALID);
    assertThat(wrong.err()).contains(bad + ":3: 'E0101714' is not an LSOA code (E01 or W01 and six"
        + " digits)");
    Path none = Files.writeString(dir.resolve("none.txt"), "# nothing yet\n\n");
    assertThat(Run.of("ingest", "police-uk", zip, "--lsoa-codes", none.toString()).err())
        .contains(none + ": lists no LSOA code");
    Path welsh = Files.writeString(dir.resolve("welsh.txt"), "W01000001\n");
    Run noRows = Run.of("ingest", "police-uk", zip, "--lsoa-codes", welsh.toString());
    assertThat(noRows.code()).isEqualTo(Sscp.INVALID);
  }
}
