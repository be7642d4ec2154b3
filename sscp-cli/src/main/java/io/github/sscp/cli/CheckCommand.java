package io.github.sscp.cli;

import io.github.sscp.cli.report.Wording;
import io.github.sscp.model.Partnership;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.compliance.ComplianceTimeline;
import io.github.sscp.rules.compliance.TimelineEntry;
import io.github.sscp.rules.compliance.Verdict;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sscp check FILE}. */
@Command(name = "check", description = "Check a partnership against the statutory duties in force"
    + " on a date: each finding with who owes it, the evidence and the fix.",
    footer = {"", "Exit code 1 when one of the partnership's own duties (those the partnership and"
        + " its responsible authorities owe together) is not met; duties the council, the"
        + " policing body or others owe are reported but do not decide it unless --strict.", "",
        "Example: sscp check my-partnership.yaml --as-of 2024-07-01 --timeline 2022-04-01..2024-07-01"})
final class CheckCommand implements Callable<Integer> {

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Mixin
  PartnershipSource source;

  @Option(names = "--strict", description = "Exit 1 when any duty is not met, whoever owes it.")
  boolean strict;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date (YYYY-MM-DD); today by default.")
  LocalDate asOf;

  @Option(names = "--timeline", paramLabel = "FROM..TO",
      description = "Also list every change of outcome between two dates.")
  String timeline;

  @Override
  public Integer call() {
    Partnership p = source.read();
    LocalDate date = asOf == null ? Sscp.today() : asOf;
    Catalogue law = Catalogue.statutory();
    ComplianceReport report = law.evaluate(p, date);
    ComplianceTimeline changes = timeline == null ? null : timeline(law, p);
    long illustrative = illustrative(p);
    if (illustrative > 0) {
      spec.commandLine().getErr().println("note: " + illustrative + " record"
          + (illustrative == 1 ? " in the partnership is" : "s in the partnership are")
          + " marked ILLUSTRATIVE (placeholders or examples): a duty met on them is met only on"
          + " paper until you put your own records in their place");
    }
    var out = spec.commandLine().getOut();
    if (options.json()) {
      out.print(Json.document(changes == null ? report : changes));
    } else {
      out.println(report.render());
      if (changes != null) {
        out.println("Changes of outcome, " + timeline + " (" + changes.changes().size() + ")");
        for (TimelineEntry e : changes.changes()) {
          out.println("  " + e.date() + "  " + e.ruleId() + ": " + Wording.words(e.before().name())
              + " → " + Wording.words(e.after().name())
              + " (" + e.why() + ")");
        }
      }
    }
    Verdict verdict = strict ? report.verdictOnEveryHolder() : report.verdict();
    return verdict == Verdict.NOT_COMPLIANT ? Sscp.INVALID : Sscp.OK;
  }

  /** How many records carry ILLUSTRATIVE provenance, counted in the written document. */
  static long illustrative(Partnership p) {
    String json = io.github.sscp.json.SscpJson.standard().write(p, io.github.sscp.json.Format.JSON);
    return java.util.regex.Pattern.compile("\"kind\"\\s*:\\s*\"ILLUSTRATIVE\"").matcher(json)
        .results().count();
  }

  private ComplianceTimeline timeline(Catalogue law, Partnership p) {
    int dots = timeline.indexOf("..");
    try {
      if (dots > 0) {
        LocalDate from = LocalDate.parse(timeline.substring(0, dots).strip());
        LocalDate to = LocalDate.parse(timeline.substring(dots + 2).strip());
        if (to.isBefore(from)) {
          throw new CliException(Sscp.USAGE, "--timeline: " + to + " is before " + from);
        }
        return law.timelineOf(p, from, to);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new CliException(Sscp.USAGE, "--timeline takes FROM..TO, two dates such as"
        + " 2022-04-01..2024-07-01; got '" + timeline + "'");
  }
}
