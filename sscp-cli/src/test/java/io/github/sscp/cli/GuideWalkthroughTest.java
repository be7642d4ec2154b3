package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.compliance.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/GUIDE.md, done exactly as written: its {@code sscp} commands are run in order, its edits
 * (each a {@code <!-- walkthrough: replace "…" -->} comment before the YAML that takes the line's
 * place) and its files ({@code <!-- walkthrough: file "…" -->}) are applied, and what the guide
 * promises is checked. Then {@code init} for every country and structure, and the examples.
 */
class GuideWalkthroughTest {

  static final Path GUIDE = Path.of("../docs/GUIDE.md");

  @TempDir
  Path dir;

  /** A step of the guide: a command, an edit or a file. */
  record Step(String kind, String target, String text) {}

  static List<Step> steps(String guide) {
    List<Step> out = new ArrayList<>();
    Pattern block = Pattern.compile("(?:<!-- walkthrough: (replace|file) \"([^\"]+)\" -->\\n)?"
        + "```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    Matcher m = block.matcher(guide);
    while (m.find()) {
      if (m.group(1) != null) {
        out.add(new Step(m.group(1), m.group(2), m.group(4)));
      } else if (m.group(3).equals("sh")) {
        for (String line : m.group(4).split("\n")) {
          if (line.startsWith("sscp ")) {
            out.add(new Step("command", "", line));
          }
        }
      }
    }
    return out;
  }

  /** Splits a command line as a shell would for these commands: words, and double quotes. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }

  private String[] inFolder(List<String> words) {
    List<String> args = new ArrayList<>();
    for (String w : words.subList(1, words.size())) {
      args.add(w.matches("[\\w.-]+\\.(yaml|csv|html)") ? dir.resolve(w).toString() : w);
    }
    return args.toArray(String[]::new);
  }

  @Test
  void theGuideRunsAsWrittenFromNothingToAReportOfOnesOwnPartnership() throws IOException {
    List<Step> steps = steps(Files.readString(GUIDE, StandardCharsets.UTF_8));
    assertThat(steps).extracting(Step::kind).containsSubsequence("command", "replace", "replace",
        "replace", "file", "command", "command", "command");
    Path partnership = dir.resolve("exampleton.yaml");
    List<Run> runs = new ArrayList<>();
    for (Step s : steps) {
      switch (s.kind()) {
        case "command" -> {
          Run run = Run.of(inFolder(words(s.text())));
          assertThat(run.code()).as(s.text() + "\n" + run.err()).isZero();
          runs.add(run);
        }
        case "replace" -> {
          String text = Files.readString(partnership);
          assertThat(text).as("the file holds the line the guide says to find")
              .contains("\n" + s.target() + "\n");
          Files.writeString(partnership, text.replace("\n" + s.target() + "\n",
              "\n" + s.text()));
        }
        default -> Files.writeString(dir.resolve(s.target()), s.text());
      }
    }
    // init wrote the schema beside the file, and the file names it on its first line
    assertThat(Files.readString(partnership)).startsWith(
        "# yaml-language-server: $schema=sscp-partnership.schema.json\n");
    assertThat(dir.resolve(PartnershipTemplate.SCHEMA_FILE)).exists();
    // files written are readable by others, as a saved file is (a temporary file is private)
    assertThat(Files.getPosixFilePermissions(dir.resolve("exampleton-report.html")))
        .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    // validate says the file is valid; check finds none of the partnership's duties not met
    assertThat(runs.get(1).out()).contains("exampleton.yaml: valid — Exampleton Community"
        + " Safety Partnership").contains("1 data file named, each there");
    assertThat(runs.get(2).out()).doesNotContain("[NOT MET]");
    assertThat(runs.get(2).err()).contains("marked ILLUSTRATIVE");
    // the report read the file the partnership names, all 24 rows, and shows the measure
    Run report = runs.get(3);
    assertThat(report.err()).contains("exampleton-asb.csv: tidy observations, 1 file, 24 rows read, 24 used,"
        + " 0 skipped");
    String html = Files.readString(dir.resolve("exampleton-report.html"));
    assertThat(html).contains("Exampleton Community Safety Partnership")
        .contains("For the board's attention").contains("Anti-social behaviour incidents")
        .contains("Data to 31 March 2026");
  }

  @Test
  void theSchemaBesideTheFileValidatesItAndFindsAMisspeltField() throws IOException {
    Path file = dir.resolve("mine.yaml");
    assertThat(Run.of("init", "--name", "Mine", "--country", "wales", "--council", "Cardiff"
        + " Council", "--out", file.toString()).code()).isZero();
    String first = Files.readAllLines(file).get(0);
    String named = first.substring(first.indexOf("$schema=") + "$schema=".length());
    Path schemaFile = file.getParent().resolve(named);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(schemaFile), InputFormat.JSON);
    List<Error> errors = schema.validate(Files.readString(file), InputFormat.YAML);
    assertThat(errors).isEmpty();
    List<Error> misspelt = schema.validate(Files.readString(file).replace("  nation: WALES",
        "  nashun: WALES"), InputFormat.YAML);
    assertThat(misspelt).isNotEmpty();
    assertThat(Files.readString(schemaFile)).isEqualTo(SscpJson.schema(
        io.github.sscp.json.DocumentKind.PARTNERSHIP));
  }

  @Test
  void initForEveryCountryAndStructureIsValidAndMeetsEveryDutyItsSkeletonRecords()
      throws IOException {
    LocalDate today = Sscp.today();
    for (LocalGovernmentStructure s : LocalGovernmentStructure.values()) {
      boolean wales = s == LocalGovernmentStructure.WELSH_PRINCIPAL_AREA;
      Path file = dir.resolve(s.name().toLowerCase() + ".yaml");
      List<String> args = new ArrayList<>(List.of("init", "--name", "A " + s + " partnership",
          "--country", wales ? "wales" : "england", "--structure",
          s.name().toLowerCase().replace('_', '-'), "--council", "First Council", "--out",
          file.toString(), "--force"));
      if (s == LocalGovernmentStructure.TWO_TIER_DISTRICT) {
        args.addAll(List.of("--council", "Shire County Council"));
      }
      Run init = Run.of(args.toArray(String[]::new));
      assertThat(init.code()).as(s + ": " + init.err()).isZero();
      assertThat(Run.of("validate", file.toString()).code()).as(s.name()).isZero();
      Partnership p = Inputs.read(file);
      assertThat(p.structure()).isEqualTo(s);
      ComplianceReport law = Catalogue.statutory().evaluate(p, today);
      assertThat(law.findings()).as(s.name()).noneMatch(f -> f.outcome() == Outcome.NOT_MET);
      Run check = Run.of("check", file.toString());
      assertThat(check.code()).as(s + ": " + check.out()).isZero();
      // the authorities the law requires are in place, of the health body the nation has
      assertThat(Files.readString(file)).contains("responsibleAuthorityType: CHIEF_OFFICER_OF_POLICE",
          "responsibleAuthorityType: FIRE_AND_RESCUE_AUTHORITY",
          "responsibleAuthorityType: PROBATION_PROVIDER",
          wales ? "healthBodyKind: LOCAL_HEALTH_BOARD" : "healthBodyKind: INTEGRATED_CARE_BOARD");
      assertThat(Files.readString(file).contains("role: LOCAL_POLICING_BODY"))
          .as(s + ": an elected policing body, none in the City of London")
          .isEqualTo(s != LocalGovernmentStructure.CITY_OF_LONDON);
    }
  }

  @Test
  void initNamesWhatIsMissingAndNeverReplacesAFile() throws IOException {
    Run missing = Run.of("init", "--name", "X");
    assertThat(missing.code()).isEqualTo(Sscp.USAGE);
    assertThat(missing.err()).contains("init needs --country, --structure, --council, --out");
    Run wrong = Run.of("init", "--name", "X", "--country", "wales", "--structure", "unitary",
        "--council", "C", "--out", dir.resolve("x.yaml").toString());
    assertThat(wrong.code()).isEqualTo(Sscp.USAGE);
    assertThat(wrong.err()).contains("not a structure in Wales");
    Run twoTier = Run.of("init", "--name", "X", "--country", "england", "--structure",
        "two-tier-district", "--council", "District Council", "--out",
        dir.resolve("y.yaml").toString());
    assertThat(twoTier.err()).contains("give the district council, then the county council");
    Path mine = dir.resolve("mine.yaml");
    Files.writeString(mine, "my own notes\n");
    Run again = Run.of("init", "--name", "X", "--country", "wales", "--council", "C", "--out",
        mine.toString());
    assertThat(again.code()).isEqualTo(Sscp.USAGE);
    assertThat(again.err()).contains("already exists; give --force");
    assertThat(Files.readString(mine)).isEqualTo("my own notes\n");
  }

  @Test
  void initAsksForWhatIsMissingOneAnswerALine() throws IOException {
    Path file = dir.resolve("asked.yaml");
    // name, country, structure, district council, county council, then Enter for the four bodies
    Run run = Run.withInput("Riverside CSP\nengland\ntwo-tier-district\nRiverside District"
        + " Council\nMidshire County Council\nMidshire Police\n\n\n\n" + file + "\n", "init",
        "--ask");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("The district council: ").contains("The county council: ")
        .contains("The police force (Enter for a placeholder): ");
    Partnership p = Inputs.read(file);
    assertThat(p.name()).isEqualTo("Riverside CSP");
    assertThat(p.structure()).isEqualTo(LocalGovernmentStructure.TWO_TIER_DISTRICT);
    assertThat(p.organisations()).extracting(o -> o.name()).contains("Riverside District Council",
        "Midshire County Council", "Midshire Police");
    assertThat(p.organisations()).filteredOn(o -> o.id().equals("fire-and-rescue")).hasSize(1);
  }

  @Test
  void validateNamesADataFileThatIsNotThereAndAFeedOfNoMeasure() throws IOException {
    Path file = dir.resolve("southampton.yaml");
    assertThat(Run.of("example", "southampton", "--out", file.toString()).code()).isZero();
    assertThat(Run.of("validate", file.toString()).out()).contains("2 data files named");
    Files.delete(dir.resolve("southampton-police-uk-street.zip"));
    Files.writeString(file, Files.readString(file).replace("    path: ho-csp-extract-southampton"
        + "-and-peers.csv", "    path: ho-csp-extract-southampton-and-peers.csv\n    feeds:"
        + " {burglary_residential: burglaries}"));
    Run run = Run.of("validate", file.toString());
    assertThat(run.code()).isEqualTo(Sscp.INVALID);
    assertThat(run.out()).contains("2 problems with the data files it names")
        .containsPattern("/document/dataFiles/0/feeds/burglary_residential \\(line \\d+, column 1\\):"
            + " feeds 'burglaries', which is not a measure of the partnership")
        .containsPattern("/document/dataFiles/1/path \\(line \\d+, column 1\\): no such file: .*"
            + "southampton-police-uk-street.zip");
  }

  @Test
  void placeholdersAreMarkedIllustrativeWithWhatToPutThereAndGivenValuesAreNot()
      throws IOException {
    Path file = dir.resolve("p.yaml");
    Run.of("init", "--name", "P", "--country", "england", "--structure", "unitary", "--council",
        "P Council", "--police", "P Police", "--out", file.toString());
    String text = Files.readString(file);
    Partnership p = Inputs.read(file);
    assertThat(p.organisations()).filteredOn(o -> o.name().equals("P Police")).singleElement()
        .satisfies(o -> assertThat(o.provenance().isIllustrative()).isFalse());
    assertThat(p.organisations()).filteredOn(o -> o.id().equals("fire-and-rescue"))
        .singleElement().satisfies(o -> assertThat(o.provenance().isIllustrative()).isTrue());
    assertThat(text).contains("# TO DO: the name of the fire and rescue authority\n  - id:"
        + " fire-and-rescue");
    assertThat(p.strategies().get(0).statutoryStrands()).hasSize(5);
    assertThat(p.strategies().get(0).provenance().isIllustrative()).isTrue();
  }

  @Test
  void theExamplesAreListedAndEachWritesItsDataFilesBesideIt() throws IOException {
    Run list = Run.of("example", "--list");
    assertThat(list.out()).startsWith("southampton  ").contains("\npowys  Powys (Wales");
    Path powys = dir.resolve("powys.yaml");
    Run written = Run.of("example", "powys", "--out", powys.toString());
    assertThat(written.code()).as(written.err()).isZero();
    assertThat(dir.resolve("ho-csp-extract-powys-and-pembrokeshire.csv")).exists();
    Run report = Run.of("report", powys.toString(), "--as-of", "2026-07-01", "--format", "json");
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(report.err()).contains("ho-csp-extract-powys-and-pembrokeshire.csv: Home Office"
        + " recorded crime by partnership, 1 file, 176 rows read, 176 used, 0 skipped");
    assertThat(report.out()).contains("\"partnershipName\" : \"Powys Community Safety Partnership\"");
    Run law = Run.of("check", "--example", "powys", "--as-of", "2026-07-01");
    assertThat(law.out()).contains("(wales)").contains("WSI2007-PARTNERSHIP-PLAN")
        .doesNotContain("[NOT MET] WSI2007");
  }
}
