package io.github.sscp.cli;

import io.github.sscp.json.DocumentKind;
import io.github.sscp.json.SscpJson;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sscp init}: a new partnership file to start from. */
@Command(name = "init", description = "Write a new partnership file to start from: the"
    + " responsible authorities the law requires for your country and structure, a board and a"
    + " strategy skeleton, with every value you did not give marked ILLUSTRATIVE. At a terminal it"
    + " asks for what is missing.",
    footer = {"", "Example: sscp init --name \"Exampleton Community Safety Partnership\""
        + " --country england --structure unitary --council \"Exampleton Council\""
        + " --police \"Exampleshire Constabulary\" --out exampleton.yaml"})
final class InitCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  DebugOption debug;

  @Option(names = "--name", paramLabel = "NAME", description = "The partnership's name.")
  @Nullable String name;

  @Option(names = "--country", paramLabel = "COUNTRY", description = "england or wales.")
  @Nullable String country;

  @Option(names = "--structure", paramLabel = "STRUCTURE", description = "How local government is"
      + " organised: unitary, two-tier-district, county, london-borough, metropolitan-district,"
      + " city-of-london (England) or welsh-principal-area (Wales, the default there).")
  @Nullable String structure;

  @Option(names = "--council", paramLabel = "NAME", description = "A council, each a responsible"
      + " authority; in a two-tier area the district council, then the county council.")
  List<String> councils = new ArrayList<>();

  @Option(names = "--police", paramLabel = "NAME", description = "The police force.")
  @Nullable String police;

  @Option(names = "--fire", paramLabel = "NAME", description = "The fire and rescue authority.")
  @Nullable String fire;

  @Option(names = "--health", paramLabel = "NAME", description = "The integrated care board"
      + " (England) or Local Health Board (Wales).")
  @Nullable String health;

  @Option(names = "--probation", paramLabel = "NAME", description = "The Probation Service"
      + " region.")
  @Nullable String probation;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write; "
      + PartnershipTemplate.SCHEMA_FILE + " is written beside it for editors.")
  @Nullable Path out;

  @Option(names = "--force", description = "Replace the files if they exist.")
  boolean force;

  @Option(names = "--ask", description = "Ask for what is missing, one answer a line on standard"
      + " input, even when it is not a terminal (at a terminal init always asks).")
  boolean ask;

  @Override
  public Integer call() {
    if (ask) {
      ask(new BufferedReader(new java.io.InputStreamReader(Sscp.stdin(), StandardCharsets.UTF_8)));
    } else if (System.console() != null) {
      ask(new BufferedReader(System.console().reader()));
    }
    List<String> missing = new ArrayList<>();
    if (blank(name)) {
      missing.add("--name");
    }
    if (blank(country)) {
      missing.add("--country");
    }
    Nation nation = nation();
    if (blank(structure) && nation == Nation.ENGLAND) {
      missing.add("--structure");
    }
    LocalGovernmentStructure s = structure(nation);
    if (councils.isEmpty()) {
      missing.add("--council");
    }
    if (out == null) {
      missing.add("--out");
    }
    if (!missing.isEmpty()) {
      throw new CliException(Sscp.USAGE, "init needs " + String.join(", ", missing)
          + "; e.g. " + spec.usageMessage().footer()[1].substring("Example: ".length()));
    }
    if (s == LocalGovernmentStructure.TWO_TIER_DISTRICT && councils.size() < 2) {
      throw new CliException(Sscp.USAGE, "--council: a two-tier district has two councils that"
          + " are responsible authorities; give the district council, then the county council");
    }
    Path file = java.util.Objects.requireNonNull(out);
    Path schema = Inputs.folderOf(file).resolve(PartnershipTemplate.SCHEMA_FILE);
    Outputs.check(file, force, List.of());
    byte[] schemaBytes = SscpJson.schema(DocumentKind.PARTNERSHIP)
        .getBytes(StandardCharsets.UTF_8);
    boolean sameSchema = sameBytes(schema, schemaBytes);
    if (!sameSchema) {
      Outputs.check(schema, force, List.of());
    }
    PartnershipTemplate template = new PartnershipTemplate(java.util.Objects.requireNonNull(name)
        .strip(), nation, s, councils,
        given(police), given(fire), given(health), given(probation), Sscp.today());
    Outputs.write(file, template.yaml().getBytes(StandardCharsets.UTF_8), force, List.of());
    if (!sameSchema) {
      Outputs.write(schema, schemaBytes, true, List.of(file));
    }
    spec.commandLine().getErr().println("wrote " + out + " and " + PartnershipTemplate.SCHEMA_FILE
        + " beside it; next: replace the TO DO values, then sscp validate " + out);
    return Sscp.OK;
  }

  private static boolean sameBytes(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<String> given(@Nullable String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private Nation nation() {
    String c = country;
    if (c == null || c.isBlank()) {
      return Nation.ENGLAND;
    }
    return switch (c.strip().toLowerCase(Locale.ROOT)) {
      case "england" -> Nation.ENGLAND;
      case "wales", "cymru" -> Nation.WALES;
      default -> throw new CliException(Sscp.USAGE, "--country takes england or wales, not '"
          + country + "'");
    };
  }

  private LocalGovernmentStructure structure(Nation nation) {
    String given = structure;
    if (given == null || given.isBlank()) {
      return nation == Nation.WALES ? LocalGovernmentStructure.WELSH_PRINCIPAL_AREA
          : LocalGovernmentStructure.UNITARY;
    }
    String key = given.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    LocalGovernmentStructure s;
    try {
      s = LocalGovernmentStructure.valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new CliException(Sscp.USAGE, "--structure takes " + structures() + ", not '"
          + structure + "'");
    }
    if ((nation == Nation.WALES) != (s == LocalGovernmentStructure.WELSH_PRINCIPAL_AREA)) {
      throw new CliException(Sscp.USAGE, "--structure: " + words(s) + " is not a structure in "
          + (nation == Nation.WALES ? "Wales, where every council is a principal area"
              : "England"));
    }
    return s;
  }

  private static String structures() {
    return String.join(", ", Arrays.stream(LocalGovernmentStructure.values())
        .map(InitCommand::words).toList());
  }

  private static String words(LocalGovernmentStructure s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private boolean askedCouncils;

  /** Asks at the terminal for each option not given; an empty answer leaves a placeholder. */
  private void ask(BufferedReader in) {
    var err = spec.commandLine().getErr();
    name = ask(in, err, name, "The partnership's name");
    country = ask(in, err, country, "Country (england or wales)");
    if (blank(structure) && !"wales".equalsIgnoreCase(String.valueOf(country).strip())) {
      structure = ask(in, err, structure, "Structure (" + structures() + ")");
    }
    boolean twoTier = "two-tier-district".equalsIgnoreCase(String.valueOf(structure).strip());
    while ((councils.isEmpty() || askedCouncils) && !(twoTier && councils.size() == 2)) {
      askedCouncils = true;
      String c = ask(in, err, null, councils.isEmpty() ? (twoTier ? "The district council"
          : "The council") : twoTier && councils.size() == 1 ? "The county council"
          : "Another council, if the partnership covers several (Enter when done)");
      if (c == null || c.isBlank()) {
        break;
      }
      councils.add(c.strip());
    }
    police = ask(in, err, police, "The police force (Enter for a placeholder)");
    fire = ask(in, err, fire, "The fire and rescue authority (Enter for a placeholder)");
    health = ask(in, err, health, "The health body (Enter for a placeholder)");
    probation = ask(in, err, probation, "The Probation Service region (Enter for a placeholder)");
    if (out == null) {
      String o = ask(in, err, null, "The file to write");
      out = o == null || o.isBlank() ? null : Path.of(o.strip());
    }
  }

  private static @Nullable String ask(BufferedReader in, java.io.PrintWriter err,
      @Nullable String current, String prompt) {
    if (!blank(current)) {
      return current;
    }
    err.print(prompt + ": ");
    err.flush();
    try {
      String line = in.readLine();
      return line == null ? null : line.strip();
    } catch (IOException e) {
      return null;
    }
  }
}
