package io.github.sscp.cli;

import static io.github.sscp.cli.report.Wording.words;

import org.jspecify.annotations.Nullable;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.base.ValueParseException;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.MeasureAssessments;
import io.github.sscp.rules.kpi.PartnershipAssessment;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin
  PartnershipSource source;

  @Mixin
  DataOptions data;

  @Option(names = "--as-of", paramLabel = "PERIOD",
      description = "The last period to include, e.g. 2025-03 or \"2024/25 Q4\".")
  String asOf;

  @Override
  public Integer call() {
    Board board = Board.load(source, data, spec.commandLine().getErr());
    PartnershipAssessment assessment = PartnershipAssessment.of(board.partnership());
    Optional<ReportingPeriod> last = period(asOf);
    if (last.isPresent()) {
      assessment = assessment.asOf(last.get().endExclusive().minusDays(1));
    }
    MeasureAssessments result = assessment.assess();
    List<KpiAssessment> assessed = result.assessments();
    var out = spec.commandLine().getOut();
    if (options.json()) {
      out.print(Json.document(result));
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
}
