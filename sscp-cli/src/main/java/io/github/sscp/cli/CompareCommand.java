package io.github.sscp.cli;

import io.github.sscp.model.base.SscpException;
import io.github.sscp.cli.report.Wording;
import io.github.sscp.rules.kpi.stats.CountComparison;
import io.github.sscp.rules.kpi.stats.RateComparison;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp compare A B}. */
@Command(name = "compare", description = "Compare two counts (this period A against an earlier B):"
    + " change, the exact two-sided p-value and the rate-ratio interval.",
    footer = {"", "Example: sscp compare 933 863    (residential burglary, latest 12 months against"
        + " the 12 before)"})
final class CompareCommand implements Callable<Integer> {

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The current count.")
  long a;

  @Parameters(index = "1", paramLabel = "B", description = "The comparison count.")
  long b;

  @Option(names = "--exposure-a", paramLabel = "X", defaultValue = "1", description = "A's exposure (e.g. months or population); 1 by default.")
  double exposureA;

  @Option(names = "--exposure-b", paramLabel = "Y", defaultValue = "1", description = "B's exposure; 1 by default.")
  double exposureB;

  @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95", description = "The interval's confidence level (default 0.95).")
  double confidence;

  @Override
  public Integer call() {
    RateComparison c;
    try {
      c = RateComparison.of(a, exposureA, b, exposureB, confidence);
    } catch (IllegalArgumentException | SscpException e) {
      throw new CliException(Sscp.INVALID, String.valueOf(e.getMessage()));
    }
    var out = spec.commandLine().getOut();
    if (options.json()) {
      out.print(Json.document(CountComparison.of(c)));
      return Sscp.OK;
    }
    out.printf(Locale.ROOT, "A %d, B %d: change %+d%s%n", a, b, a - b,
        b == 0 ? "" : String.format(Locale.ROOT, " (%+.1f%%)", 100.0 * (a - b) / b));
    out.printf(Locale.ROOT, "rate ratio %.3f, %.0f%% interval %.3f to %s%n", c.rateRatio(),
        100 * c.confidence(), c.ratioLower(), Double.isInfinite(c.ratioUpper()) ? "infinity"
            : String.format(Locale.ROOT, "%.3f", c.ratioUpper()));
    out.printf(Locale.ROOT, "exact two-sided p = %.4g: %s%s%n", c.pValue(),
        Wording.significance(c.pValue()), c.pValue() < 0.05 ? "" : " (within normal variation)");
    return Sscp.OK;
  }

}
