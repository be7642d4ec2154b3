package io.github.sscp.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the short profile of every benchmark and prints each figure beside its budget:
 *
 * <ul>
 *   <li>SPC of 120 points: at most 10 times the bare mean-and-moving-range loop;</li>
 *   <li>the rolling 12-month comparison with its exact test: microseconds, read as under 100 µs;</li>
 *   <li>the batch of 63,000 series: under 10 s on one thread, and two threads at least 1.5 times as
 *       fast as one.</li>
 * </ul>
 */
public final class BudgetReport {

  private BudgetReport() {}

  /**
   * Runs the benchmarks and prints the figures.
   *
   * @param args an optional regular expression to run a subset
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(args.length > 0 ? args[0] : "io.github.sscp.benchmarks.*Benchmark")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> score = new HashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      score.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
    }
    System.out.println();
    System.out.println("sscp benchmark figures (short profile) against their budgets");
    report(score, "spc120", "bareLoop120", (spc, bare) -> line("SPC of 120 points vs bare loop",
        String.format(Locale.ROOT, "%.0f ns vs %.0f ns = %.1fx", spc, bare, spc / bare), "<= 10x",
        spc / bare <= 10));
    report(score, "rolling12", "bareWindowSums", (rolling, bare) -> line(
        "rolling 12 months with exact test", String.format(Locale.ROOT, "%.0f ns (bare sums %.0f ns, %.0fx)",
            rolling, bare, rolling / bare), "< 100,000 ns", rolling < 100_000));
    report(score, "oneThread", "twoThreads", (one, two) -> {
      double perSecondOne = BatchBenchmark.SERIES / (one / 1000);
      double perSecondTwo = BatchBenchmark.SERIES / (two / 1000);
      line("63,000 series, one thread", String.format(Locale.ROOT, "%.1f s, %,.0f series/s", one / 1000,
          perSecondOne), "< 10 s", one < 10_000);
      line("63,000 series, two threads", String.format(Locale.ROOT, "%.1f s, %,.0f series/s, %.2fx one thread",
          two / 1000, perSecondTwo, one / two), ">= 1.5x", one / two >= 1.5);
    });
  }

  private interface Pair {
    void accept(double a, double b);
  }

  private static void report(Map<String, Double> score, String a, String b, Pair pair) {
    if (score.containsKey(a) && score.containsKey(b)) {
      pair.accept(score.get(a), score.get(b));
    }
  }

  private static void line(String what, String figure, String budget, boolean met) {
    System.out.printf(Locale.ROOT, "  %-36s %-48s budget %-12s %s%n", what, figure, budget,
        met ? "met" : "NOT MET");
  }
}
