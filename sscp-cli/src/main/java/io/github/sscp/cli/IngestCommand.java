package io.github.sscp.cli;

import io.github.sscp.data.files.DataFiles;
import io.github.sscp.data.files.DataImport;
import io.github.sscp.data.files.FileImport;
import io.github.sscp.data.lookup.AreaLookup;
import io.github.sscp.data.policeuk.AreaSelection;
import io.github.sscp.data.tidy.TidyCsv;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp ingest police-uk|ho-csp}: real files in, tidy observations out. */
@Command(name = "ingest", description = "Turn police.uk street files or a Home Office CSP table into"
    + " tidy observations (measure,period,value,area,…) on stdout, with the import's accounting on"
    + " stderr; kpi and report read the result back with --data.",
    subcommands = {IngestCommand.PoliceUk.class, IngestCommand.HomeOffice.class},
    footer = {"", "Example: sscp ingest police-uk download.zip --lsoa-prefix Southampton > counts.csv"})
final class IngestCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "name what to ingest: police-uk or ho-csp");
  }

  /** The area options of police-uk: one of them. */
  static final class Area {
    @Option(names = "--lsoa-prefix", paramLabel = "NAME", required = true,
        description = "Rows whose LSOA name starts with this local authority's name, e.g. Southampton.")
    String prefix;

    @Option(names = "--lsoa-codes", paramLabel = "FILE", required = true,
        description = "Rows in these LSOAs: a file of codes, one per line.")
    Path codes;
  }

  /** {@code sscp ingest police-uk FILES...}. */
  @Command(name = "police-uk", description = "Count police.uk street-level crime by month and"
      + " category for one area.",
      footer = {"", "Example: sscp ingest police-uk 2024-*-hampshire-street.csv --lsoa-prefix Southampton > counts.csv"})
  static final class PoliceUk implements Callable<Integer> {
    @Mixin
    Options options;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILES", arity = "1..*", description = "Street files, folders or zip archives.")
    List<Path> files;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Area area;

    @Override
    public Integer call() {
      AreaSelection selection = area.prefix != null ? AreaSelection.localAuthority(area.prefix)
          : AreaSelection.lsoaCodes(codes(area.codes));
      java.util.Optional<io.github.sscp.model.geography.GssCode> code = area.prefix == null
          ? java.util.Optional.empty() : AreaLookup.ons2019().areaOf(area.prefix);
      DataImport data = DataFiles.countPoliceUk(files, selection, code,
          Progress.forTerminal(spec.commandLine().getErr()));
      if (data.observations().isEmpty()) {
        printSummaries(spec, data);
        String other = DataFiles.nearest(area.prefix == null ? "" : area.prefix,
            data.imports().get(0).summary().otherAreas());
        throw new CliException(Sscp.INVALID, String.join(", ", files.stream().map(Path::toString)
            .toList()) + ": no row is in " + (area.prefix != null ? "'" + area.prefix + "'"
                : "the LSOAs listed") + other);
      }
      return write(spec, options, data);
    }
  }

  /** {@code sscp ingest ho-csp FILE}. */
  @Command(name = "ho-csp", description = "Read Home Office recorded crime by CSP: quarterly counts"
      + " per partnership and offence.",
      footer = {"", "Example: sscp ingest ho-csp prc-csp-open-data.csv --csp Southampton > southampton.csv"})
  static final class HomeOffice implements Callable<Integer> {
    @Mixin
    Options options;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The table (open-data or extract layout).")
    Path file;

    @Option(names = "--csp", paramLabel = "NAME", required = true, description = "The partnership's name in the table.")
    String csp;

    @Override
    public Integer call() {
      if (!Files.exists(file)) {
        throw new CliException(Sscp.USAGE, file + ": no such file");
      }
      DataImport data = DataFiles.countHomeOffice(file, csp,
          Progress.forTerminal(spec.commandLine().getErr()));
      if (data.observations().isEmpty()) {
        printSummaries(spec, data);
        throw new CliException(Sscp.INVALID, file + ": no row is for the partnership '" + csp + "'"
            + DataFiles.nearest(csp, data.imports().get(0).summary().otherAreas()));
      }
      return write(spec, options, data);
    }
  }

  static Set<String> codes(Path file) {
    Set<String> codes = new LinkedHashSet<>();
    List<String> lines = Inputs.lines(new java.io.ByteArrayInputStream(Inputs.bytes(file)),
        file.toString(), 200);
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        if (!s.matches("[EW]01\\d{6}")) {
          throw new CliException(Sscp.INVALID, file + ":" + (i + 1) + ": '" + s + "' is not an"
              + " LSOA code (E01 or W01 and six digits)");
        }
        codes.add(s);
      }
    }
    if (codes.isEmpty()) {
      throw new CliException(Sscp.INVALID, file + ": lists no LSOA code");
    }
    return codes;
  }

  static void printSummaries(CommandSpec spec, DataImport data) {
    data.imports().forEach(f -> spec.commandLine().getErr().print(f.summary().render()));
  }

  static int write(CommandSpec spec, Options options, DataImport data) {
    var out = spec.commandLine().getOut();
    if (options.json()) {
      out.print(Json.document(data));
    } else {
      StringWriter text = new StringWriter();
      TidyCsv.write(data.observations(), text);
      out.print(text);
    }
    printSummaries(spec, data);
    spec.commandLine().getErr().flush();
    return data.imports().stream().anyMatch(FileImport::hasBadRows) ? Sscp.INVALID : Sscp.OK;
  }
}
