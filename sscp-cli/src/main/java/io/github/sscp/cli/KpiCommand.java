package io.github.sscp.cli;

import org.jspecify.annotations.Nullable;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.ValueParseException;
import io.github.sscp.rules.kpi.KpiAssessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp kpi FILE}. */
@Command(name = "kpi", description = "Assess each measure of success: one verdict per measure,"
    + " with the signal that decided it and the reasons.",
    footer = {"", "Data files are police.uk street files (a file, folder or zip), a Home Office CSP"
        + " table or tidy CSV (measure,period,value), told apart by their header. --measure maps"
        + " a police.uk category or Home Office offence key to a measure of the partnership;"
        + " other partnerships in a Home Office table become the peer panel.", "",
        "Example: sscp kpi my-partnership.yaml --data ho-csp.csv"
            + " --measure burglary_residential=residential-burglary --as-of \"2025/26 Q4\""})
final class KpiCommand implements Callable<Integer> {

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The partnership, JSON or YAML.")
  Path file;

  @Option(names = "--example", paramLabel = "NAME", description = "Use a bundled example: southampton.")
  String example;

  @Option(names = "--data", paramLabel = "FILE", arity = "1..*", description = "Data files to add.")
  List<Path> data = new ArrayList<>();

  @Option(names = "--measure", paramLabel = "KEY=MEASURE", description = "Which measure a data key feeds.")
  List<String> measures = new ArrayList<>();

  @Option(names = "--area", paramLabel = "NAME",
      description = "The partnership's name in the data; its area's name by default.")
  String area;

  @Option(names = "--as-of", paramLabel = "PERIOD",
      description = "The last period to include, e.g. 2025-03 or \"2024/25 Q4\".")
  String asOf;

  @Override
  public Integer call() {
    Board board = Board.load(file, example, data, measures, area,
        Progress.forTerminal(spec.commandLine().getErr()));
    List<KpiAssessment> assessed = Assessments.of(board.partnership(), board.loaded().peers(),
        board.area(), period(asOf).map(x -> x.endExclusive().minusDays(1)));
    var out = spec.commandLine().getOut();
    if (options.json()) {
      out.print(Json.documents(assessed));
    } else {
      for (KpiAssessment a : assessed) {
        out.println(a.measureId() + ": " + words(a.status().name()) + " (decided by "
            + words(a.decidedBy().name()) + ")");
        a.reasons().forEach(r -> out.println("  " + r));
        a.notRun().forEach((part, why) -> out.println("  not run: " + words(part.name()) + " — " + why));
      }
      if (assessed.isEmpty()) {
        out.println(board.partnership().name() + " has no measures of success to assess");
      }
    }
    return Sscp.OK;
  }

  static Optional<ReportingPeriod> period(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ReportingPeriod.parse(text));
    } catch (ValueParseException e) {
      throw new CliException(Sscp.USAGE, "--as-of: " + e.getMessage());
    }
  }

  static String words(String enumName) {
    return enumName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** A partnership with its data joined, as the kpi and report commands read it. */
  record Board(Partnership partnership, DataFiles.Loaded loaded, String area, boolean example) {

    static Board load(@Nullable Path file, @Nullable String example, List<Path> data,
        List<String> measures, @Nullable String area, Progress progress) {
      Partnership p = Inputs.partnership(file, example);
      String name = area != null ? area : example != null ? Inputs.EXAMPLE_AREA : p.area().name();
      DataFiles.Loaded loaded = DataFiles.load(data, name, DataFiles.measures(measures), progress);
      if (example != null && data.isEmpty()) {
        var counts = DataFiles.exampleHomeOffice();
        loaded = new DataFiles.Loaded(List.of(), DataFiles.peers(counts, name,
            Inputs.EXAMPLE_MEASURES), java.util.Set.of(io.github.sscp.data.Publication
                .HOME_OFFICE_CSP.cite("ho-csp-extract-southampton-and-peers.csv")), List.of());
      }
      Partnership joined = loaded.joinedTo(p);
      if (joined != p) {
        List<io.github.sscp.model.validation.Violation> problems =
            io.github.sscp.model.validation.ModelValidator.shared().validate(joined);
        if (!problems.isEmpty()) {
          throw new CliException(Sscp.INVALID, "the data does not fit the partnership: "
              + problems.get(0).path() + ": " + problems.get(0).message()
              + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
      }
      return new Board(joined, loaded, name, example != null);
    }
  }
}
