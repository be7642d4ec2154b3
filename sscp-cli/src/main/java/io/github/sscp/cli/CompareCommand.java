package io.github.sscp.cli;

import io.github.sscp.model.base.SscpException;
import io.github.sscp.cli.report.Wording;
import io.github.sscp.rules.kpi.stats.CountComparison;
import io.github.sscp.rules.kpi.stats.CountInterval;
import io.github.sscp.rules.kpi.stats.ObservedVersusExpected;
import io.github.sscp.rules.kpi.stats.RateComparison;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp compare A B}, {@code sscp compare A --interval METHOD}, {@code --expected E}. */
@Command(name = "compare", description = "Compare two counts (this period A against an earlier B):"
    + " change, the exact two-sided p-value and the rate-ratio interval. With one count: its"
    + " confidence interval (--interval), or the exact test against an expected count"
    + " (--expected).",
    footer = {"",
        "Example: sscp compare 933 863                (latest 12 months, 12 before)",
        "         sscp compare 933 863 --exposure-a 12 --exposure-b 11",
        "         sscp compare 7 --interval exact     (Garwood's exact interval)",
        "         sscp compare 65 --interval byar     (Byar's approximation)",
        "         sscp compare 65 --interval phe      (exact below 10, Byar from 10)",
        "         sscp compare 933 --expected 671.5   (against the count expected)"})
final class CompareCommand implements Callable<Integer> {

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The current count.")
  long a;

  @Parameters(index = "1", paramLabel = "B", arity = "0..1", description = "The comparison count;"
      + " leave it out with --interval or --expected.")
  @org.jspecify.annotations.Nullable Long b;

  @Option(names = "--interval", paramLabel = "exact|byar|phe", description = "A's confidence"
      + " interval: Garwood's exact, Byar's approximation, or the PHE rule (exact below 10, Byar"
      + " from 10).")
  @org.jspecify.annotations.Nullable String interval;

  @Option(names = "--expected", paramLabel = "E", description = "The count expected (positive):"
      + " the ratio A/E, the exact Poisson test and the ratio's interval.")
  @org.jspecify.annotations.Nullable Double expected;

  @Option(names = "--exposure-a", paramLabel = "X", defaultValue = "1", description = "A's exposure (e.g. months or population); 1 by default.")
  double exposureA;

  @Option(names = "--exposure-b", paramLabel = "Y", defaultValue = "1", description = "B's exposure; 1 by default.")
  double exposureB;

  @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95", description = "The interval's confidence level (default 0.95).")
  double confidence;

  @Override
  public Integer call() {
    int modes = (b != null ? 1 : 0) + (interval != null ? 1 : 0) + (expected != null ? 1 : 0);
    if (modes != 1) {
      throw new CliException(Sscp.USAGE, "give one of: a second count B, --interval or --expected;"
          + " e.g. sscp compare 933 863, sscp compare 7 --interval exact or sscp compare 933"
          + " --expected 671.5");
    }
    if (interval != null) {
      return interval();
    }
    if (expected != null) {
      return expected();
    }
    long b = java.util.Objects.requireNonNull(this.b);
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
    c.wheelerNotApplicable().ifPresentOrElse(r -> out.println("Wheeler's 2(√A − √B): not"
        + " applicable, the exposures differ"), () -> out.printf(Locale.ROOT,
        "Wheeler's 2(√A − √B) = %.2f (descriptive)%n", c.wheelerZ().orElseThrow()));
    return Sscp.OK;
  }

  private int interval() {
    CountInterval ci;
    try {
      ci = switch (java.util.Objects.requireNonNull(interval).strip().toLowerCase(Locale.ROOT)) {
        case "exact", "garwood" -> CountInterval.garwood(a, confidence);
        case "byar" -> CountInterval.byar(a, confidence);
        case "phe" -> CountInterval.of(a, confidence);
        default -> throw new CliException(Sscp.USAGE, "--interval takes exact, byar or phe, not '"
            + interval + "'");
      };
    } catch (IllegalArgumentException e) {
      throw new CliException(Sscp.INVALID, String.valueOf(e.getMessage()));
    }
    var out = spec.commandLine().getOut();
    if (options.json()) {
      out.print(Json.document(ci));
      return Sscp.OK;
    }
    out.printf(Locale.ROOT, "count %d: %.0f%% interval %.4f to %.4f%n", a, 100 * ci.confidence(),
        ci.lower(), ci.upper());
    out.println(ci.lowerMethod() == ci.method() ? "both limits by " + method(ci.method())
        : "the upper limit by " + method(ci.method()) + "; the lower by "
            + method(ci.lowerMethod()) + ", as Byar's formula has none here");
    return Sscp.OK;
  }

  private static String method(CountInterval.Method m) {
    return m == CountInterval.Method.BYAR ? "Byar's approximation" : "Garwood's exact method";
  }

  private int expected() {
    ObservedVersusExpected o;
    try {
      o = ObservedVersusExpected.of(a, java.util.Objects.requireNonNull(expected), confidence);
    } catch (IllegalArgumentException e) {
      throw new CliException(Sscp.INVALID, String.valueOf(e.getMessage()));
    }
    var out = spec.commandLine().getOut();
    if (options.json()) {
      out.print(Json.document(o));
      return Sscp.OK;
    }
    out.printf(Locale.ROOT, "observed %d, expected %s: ratio %.3f, %.0f%% interval %.3f to %.3f%n",
        a, SpcCommand.number(o.expected()), o.ratio(), 100 * o.confidence(), o.ratioLower(),
        o.ratioUpper());
    out.printf(Locale.ROOT, "exact two-sided p = %.4g: %s%s%n", o.pValue(),
        Wording.significance(o.pValue()), o.pValue() < 0.05 ? "" : " (within normal variation)");
    return Sscp.OK;
  }

}
