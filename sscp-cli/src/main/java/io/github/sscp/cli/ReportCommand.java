package io.github.sscp.cli;

import io.github.sscp.cli.report.BoardReport;
import io.github.sscp.cli.report.ReportView;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.PartnershipAssessment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sscp report}: the board pack. */
@Command(name = "report", description = "Write the board report: one self-contained HTML page with"
    + " the compliance findings, each measure's verdict and SPC chart, the latest 12 months against"
    + " the 12 before, and the position among peers.",
    footer = {"", "Data files and --measure work as for the kpi command.", "",
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

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The HTML file to write.")
  Path out;

  @Option(names = "--force", description = "Replace the --out file if it exists.")
  boolean force;

  @Override
  public Integer call() {
    List<java.nio.file.Path> inputs = new java.util.ArrayList<>(data.files);
    if (source.file != null) {
      inputs.add(source.file);
    }
    Outputs.check(out, force, inputs);
    Board board = Board.load(source, data, spec.commandLine().getErr());
    LocalDate date = asOf == null ? Sscp.today() : asOf;
    ComplianceReport law = Catalogue.statutory().evaluate(board.partnership(), date);
    List<KpiAssessment> assessed = PartnershipAssessment.of(board.partnership()).asOf(date)
        .assess().assessments();
    Set<String> attributions = new LinkedHashSet<>(board.data().attributions());
    board.partnership().observations().entries().forEach(o -> o.provenance().citation()
        .ifPresent(attributions::add));
    String peerNote = board.example() ? "the peer panel (Portsmouth, Plymouth, Reading, Southend-on-Sea and Stoke-on-Trent: unitary"
        + " city partnerships outside London) was chosen for illustration; it is not the partnership's"
        + " own comparator group" : "";
    ReportView view = BoardReport.view(board.partnership(), law, assessed, peerNote, attributions);
    String html = BoardReport.render(view);
    Outputs.write(out, html.getBytes(StandardCharsets.UTF_8), force, board.inputs());
    spec.commandLine().getErr().println("wrote " + out + " (" + html.length() / 1024 + " KB: "
        + law.findings().size() + " findings, " + assessed.size() + " measures, "
        + view.measures().stream().filter(m -> !m.chartSvg().isEmpty()).count() + " charts)");
    return Sscp.OK;
  }
}
