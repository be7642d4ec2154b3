package io.github.sscp.cli;

import io.github.sscp.cli.report.Wording;
import io.github.sscp.cli.report.BoardReport;
import io.github.sscp.cli.report.ReportView;
import io.github.sscp.data.population.CensusPopulations;
import io.github.sscp.model.Partnership;
import io.github.sscp.rules.board.BoardPack;
import io.github.sscp.rules.board.PackPreparation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sscp report}: the board pack. */
@Command(name = "report", description = "Write the board report: one self-contained HTML page that"
    + " opens with what needs the board's attention and the measures at a glance, then the"
    + " strategy with each focus area's measures (SPC chart, reading, target, peers) and actions,"
    + " partners, funding, risks, changes since the last board, the law by holder and the annex;"
    + " or, with --format json, the board pack it reads.",
    footer = {"", "Data files and --measure work as for the kpi command. The data are cut at the"
        + " end of the latest complete period before the report's date; rates per 1,000 use ONS"
        + " Census 2021 populations.", "",
        "Example: sscp report --example southampton --out southampton-report.html"})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  DebugOption debug;

  @Mixin
  PartnershipSource source;

  @Mixin
  DataOptions data;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The report's date (YYYY-MM-DD): the law on that day and data up to it; today by default.")
  LocalDate asOf;

  @Option(names = "--out", paramLabel = "FILE",
      description = "The file to write; with --format json, stdout when absent.")
  @org.jspecify.annotations.Nullable Path out;

  @Option(names = "--force", description = "Replace the --out file if it exists.")
  boolean force;

  @Option(names = "--format", paramLabel = "html|json", defaultValue = "html",
      description = "html: the board report as one page; json: the board pack as a document.")
  String format;

  @Option(names = "--since", paramLabel = "FILE", description = "The partnership as recorded for"
      + " the last board: the pack says what changed since.")
  @org.jspecify.annotations.Nullable Path since;

  @Option(names = "--since-date", paramLabel = "DATE", description = "The last board's date"
      + " (YYYY-MM-DD); three months before the report's date by default.")
  @org.jspecify.annotations.Nullable LocalDate sinceDate;

  @Override
  public Integer call() {
    if (!format.equals("html") && !format.equals("json")) {
      throw new CliException(Sscp.USAGE, "--format takes html or json, not '" + format + "'");
    }
    boolean json = format.equals("json");
    Path target = out;
    if (target == null && !json) {
      throw new CliException(Sscp.USAGE, "--out: name the HTML file to write, e.g. --out"
          + " report.html");
    }
    List<Path> inputs = new java.util.ArrayList<>(data.files);
    if (source.file != null) {
      inputs.add(source.file);
    }
    if (since != null) {
      inputs.add(since);
    }
    if (target != null) {
      Outputs.check(target, force, inputs);
    }
    Board board = Board.load(source, data, spec.commandLine().getErr());
    LocalDate date = asOf == null ? Sscp.today() : asOf;
    BoardPack pack = pack(board, date);
    if (json) {
      String doc = Json.document(pack);
      if (target == null) {
        Terminal.raw(spec.commandLine().getOut()).println(doc);
      } else {
        Outputs.write(target, doc.getBytes(StandardCharsets.UTF_8), force, board.inputs());
        spec.commandLine().getErr().println("wrote " + target + " (a board pack: "
            + Wording.count(pack.rows().size(), "measure") + ", " + pack.attention().size()
            + " items for attention)");
      }
      return Sscp.OK;
    }
    ReportView view = BoardReport.view(pack);
    String html = BoardReport.render(view);
    Outputs.write(java.util.Objects.requireNonNull(target), html.getBytes(StandardCharsets.UTF_8),
        force, board.inputs());
    spec.commandLine().getErr().println("wrote " + target + " (" + html.length() / 1024 + " KB: "
        + Wording.count(pack.attention().size(), "item") + " for attention, "
        + Wording.count(pack.rows().size(), "measure") + ", "
        + Wording.count(view.charts(), "chart") + ")");
    return Sscp.OK;
  }

  /** The board pack for the partnership with its data, with changes when a previous version is named. */
  private BoardPack pack(Board board, LocalDate date) {
    PackPreparation preparation = PackPreparation.of(board.partnership(), date)
        .withPopulations(CensusPopulations.bundled()::partnership, CensusPopulations.ATTRIBUTION)
        .withSources(board.data().attributions());
    Optional<Partnership> previous = since != null
        ? Optional.of(Inputs.partnership(since, null))
        : Example.SOUTHAMPTON.key().equals(source.example)
            ? Optional.of(Inputs.examplePrevious()) : Optional.empty();
    if (previous.isEmpty()) {
      return preparation.prepare();
    }
    LocalDate then = sinceDate != null ? sinceDate : date.minusMonths(3);
    if (!then.isBefore(date)) {
      throw new CliException(Sscp.USAGE, "--since-date: " + then + " is not before the report's"
          + " date, " + date);
    }
    return preparation.prepareSince(previous.get(), then);
  }

}
