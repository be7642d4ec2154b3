package io.github.sscp.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the short profile of every benchmark and prints each figure beside its budget:
 *
 * <ul>
 *   <li>SPC of 120 points: at most 10 times the bare mean-and-moving-range loop;</li>
 *   <li>the rolling 12-month comparison with its exact test: microseconds, read as under 100 µs;</li>
 *   <li>the batch of 63,000 series: under 10 s on one thread, and two threads at least 1.5 times as
 *       fast as one;</li>
 *   <li>police.uk ingest: at least half the throughput of reading the same lines unparsed;</li>
 *   <li>twelve months of a whole force (1.5 million rows) ingested within a 64 MB heap;</li>
 *   <li>cold start ({@code benchmarks/run ColdStart}): {@code ./sscp check} at most twice a fresh
 *       JVM reading the same document with plain Jackson;</li>
 *   <li>reading and validating the Southampton JSON document: at least half the throughput of
 *       plain Jackson binding the same bytes to plain records; writing it: at least 0.8 times
 *       plain Jackson writing those records.</li>
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
    String include = args.length > 0 ? args[0] : ".*Benchmark";
    if (include.equals("ColdStart")) {
      coldStart();
      return;
    }
    boolean heapOnly = include.equals("HeapCheck");
    Collection<RunResult> results = heapOnly ? java.util.List.of()
        : new Runner(new OptionsBuilder().include("io.github.sscp.benchmarks." + include).build()).run();
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
    report(score, "ingest", "rawLines", (ingest, raw) -> {
      double megabytes = IngestBenchmark.bytes() / 1048576.0;
      line("police.uk ingest vs raw line read", String.format(Locale.ROOT,
          "%.1f ms vs %.1f ms: %.2fx the raw throughput, %,.0f rows/s, %.0f MB/s", ingest, raw,
          raw / ingest, IngestBenchmark.ROWS / (ingest / 1000), megabytes / (ingest / 1000)),
          ">= 0.5x", raw / ingest >= 0.5);
      if (score.containsKey("parseOnly")) {
        double parse = score.get("parseOnly");
        line("FastCSV parse alone vs raw line read", String.format(Locale.ROOT,
            "%.1f ms: %.2fx the raw throughput; ingest is %.2fx the parse alone", parse, raw / parse,
            parse / ingest), "(reference)", true);
      }
    });
    if (score.containsKey("southampton") && score.containsKey("largePartnership")) {
      double soton = score.get("southampton");
      double large = score.get("largePartnership");
      line("compliance: Southampton, one date", String.format(Locale.ROOT, "%.0f us, %,.0f ops/s",
          soton, 1e6 / soton), "(reported)", true);
      line("compliance: 50 members, 120 meetings", String.format(Locale.ROOT, "%.0f us, %,.0f ops/s",
          large, 1e6 / large), "(reported)", true);
    }
    if (score.containsKey("timeline15Years")) {
      double t = score.get("timeline15Years");
      line("compliance timeline over 15 years", String.format(Locale.ROOT, "%.1f ms", t),
          "< 1,000 ms", t < 1000);
    }
    report(score, "readSscp", "readPlainThenValidate", (sscp, plain) -> line(
        "read + validate Southampton JSON vs plain Jackson binding + the same validation",
        String.format(Locale.ROOT, "%.0f us vs %.0f us: %.2fx the baseline's throughput", sscp,
            plain, plain / sscp), ">= 0.7x", plain / sscp >= 0.7));
    report(score, "readSscp", "readPlain", (sscp, plain) -> line(
        "  against plain Jackson binding alone (no validation)", String.format(Locale.ROOT,
            "%.0f us vs %.0f us: %.2fx", sscp, plain, plain / sscp), "(reference)", true));
    report(score, "writeSscp", "writePlain", (sscp, plain) -> line(
        "write Southampton JSON vs plain Jackson writing", String.format(Locale.ROOT,
            "%.0f us vs %.0f us: %.2fx the baseline's throughput", sscp, plain, plain / sscp),
        ">= 0.8x", plain / sscp >= 0.8));
    report(score, "validateOnly", "readPlain", (validate, plain) -> line(
        "  of which the model's validation alone", String.format(Locale.ROOT,
            "%.0f us: %.1fx the whole baseline", validate, validate / plain), "(reference)", true));
    if (score.containsKey("readSscpYaml")) {
      line("read + validate Southampton YAML", String.format(Locale.ROOT, "%.0f us",
          score.get("readSscpYaml")), "(reported)", true);
    }
    report(score, "southamptonPack", "southamptonAssessments", (pack, kpi) -> line(
        "board pack, Southampton, vs its assessments", String.format(Locale.ROOT,
            "%.0f us vs %.0f us: %.2fx (%,.0f series/s)", pack, kpi, pack / kpi,
            5 / (pack / 1e6)), "< 2x", pack / kpi < 2));
    report(score, "everyPartnershipPacks", "everyPartnershipAssessments", (pack, kpi) -> line(
        "board packs, 6 partnerships, vs assessments", String.format(Locale.ROOT,
            "%.0f us vs %.0f us: %.2fx (%,.0f series/s)", pack, kpi, pack / kpi,
            30 / (pack / 1e6)), "< 2x", pack / kpi < 2));
    if (heapOnly || include.equals(".*Benchmark") || include.contains("Ingest")) {
      heapCheck();
    }
  }

  private static void coldStart() {
    Path root = Path.of("").toAbsolutePath().getParent();
    try {
      double[] m = ColdStart.measure(root);
      System.out.println();
      line("cold start: ./sscp check --example vs plain Jackson read", ColdStart.describe(m),
          "<= 2x", m[0] / m[1] <= 2);
    } catch (IOException e) {
      line("cold start", "could not start: " + e.getMessage(), "<= 2x", false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void heapCheck() {
    try {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx64m", "-cp", System.getProperty("java.class.path"), HeapCheck.class.getName())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int exit = p.waitFor();
      line("1.5M rows (12 months) in -Xmx64m", exit == 0 ? out : "failed: " + out, "finishes",
          exit == 0);
    } catch (IOException e) {
      line("1.5M rows (12 months) in -Xmx64m", "could not start: " + e.getMessage(), "finishes", false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
