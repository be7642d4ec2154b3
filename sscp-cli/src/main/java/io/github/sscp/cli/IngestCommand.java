package io.github.sscp.cli;

import io.github.sscp.data.files.DataFiles;
import io.github.sscp.data.files.DataImport;
import io.github.sscp.data.files.FileImport;
import io.github.sscp.data.policeuk.AreaSelection;
import io.github.sscp.data.tidy.TidyCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    + " tidy observations (measure,period,value,…) on stdout, with the import's accounting on stderr.",
    subcommands = {IngestCommand.PoliceUk.class, IngestCommand.HomeOffice.class})
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
      return write(spec, options, DataFiles.countPoliceUk(files, selection,
          Progress.forTerminal(spec.commandLine().getErr())));
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
        throw new CliException(Sscp.INVALID, file + ": no rows for the partnership '" + csp + "'");
      }
      return write(spec, options, data);
    }
  }

  static Set<String> codes(Path file) {
    try {
      Set<String> codes = new LinkedHashSet<>();
      for (String line : Files.readAllLines(file)) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          codes.add(s);
        }
      }
      return codes;
    } catch (NoSuchFileException e) {
      throw new CliException(Sscp.USAGE, file + ": no such file");
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, file + ": cannot be read (" + e.getMessage() + ")");
    }
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
    data.imports().forEach(f -> spec.commandLine().getErr().print(f.summary().render()));
    spec.commandLine().getErr().flush();
    return data.imports().stream().anyMatch(FileImport::hasBadRows) ? Sscp.INVALID : Sscp.OK;
  }
}
