package io.github.sscp.cli;

import io.github.sscp.cli.report.Wording;
import io.github.sscp.model.base.SscpException;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.window.WindowComparison;
import io.github.sscp.rules.kpi.window.WindowOptions;
import io.github.sscp.rules.kpi.window.Windows;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp rolling [FILE]}: the latest 12 months of a series against the 12 before. */
@Command(name = "rolling", description = "The latest 12 months of a monthly (or quarterly) series"
    + " against the 12 months before: the two sums, the change and, for counts, the exact test."
    + " No partnership file is needed.",
    footer = {"", "The series is period,value per line (2024-05, or \"2024/25 Q1\" for quarters),"
        + " with an optional header \"period,value\"; the 24 months ending at the latest period"
        + " must all be there.", "",
        "Example: sscp rolling monthly-asb.csv"})
final class RollingCommand implements Callable<Integer> {

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The series; stdin when absent or -.")
  @Nullable String file;

  @Option(names = "--not-counts", description = "The values are not counts (rates, percentages):"
      + " each window is their mean, with no exact test.")
  boolean notCounts;

  private static String figure(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) d)
        : SpcCommand.number(d);
  }

  @Override
  public Integer call() {
    List<SeriesPoint> points = SpcCommand.read(file);
    if (points.get(0).period().isEmpty()) {
      throw new CliException(Sscp.INVALID, (file == null ? "stdin" : file) + ": a rolling"
          + " comparison needs a period on every line (period,value)");
    }
    WindowComparison w;
    try {
      CheckedSeries series = CheckedSeries.of(points, !notCounts);
      w = Windows.rolling12(series, notCounts
          ? WindowOptions.builder().aggregation(io.github.sscp.rules.kpi.window.Aggregation.MEAN)
              .build() : WindowOptions.DEFAULT);
    } catch (IllegalArgumentException | SscpException e) {
      throw new CliException(Sscp.INVALID, String.valueOf(e.getMessage()));
    }
    var out = spec.commandLine().getOut();
    if (options.json()) {
      out.print(Json.document(w));
      return Sscp.OK;
    }
    out.printf(Locale.ROOT, "latest 12 months (%s to %s): %s%n", w.current().start(),
        w.current().endExclusive().minusDays(1), figure(w.currentValue()));
    out.printf(Locale.ROOT, "12 months before (%s to %s): %s%n", w.comparison().start(),
        w.comparison().endExclusive().minusDays(1), figure(w.comparisonValue()));
    out.printf(Locale.ROOT, "change %s%s%n", figure(w.absoluteChange()),
        w.percentChange().isPresent() ? String.format(Locale.ROOT, " (%+.1f%%)",
            w.percentChange().getAsDouble()) : "");
    w.test().ifPresent(t -> out.printf(Locale.ROOT, "exact two-sided p = %.4g: %s%s%n",
        t.pValue(), Wording.significance(t.pValue()), t.pValue() < 0.05 ? ""
            : " (within normal variation)"));
    w.warnings().forEach(x -> out.println("warning: " + x));
    return Sscp.OK;
  }
}
