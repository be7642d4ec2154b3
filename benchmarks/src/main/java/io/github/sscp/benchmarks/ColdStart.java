package io.github.sscp.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whole-process start-up: {@code ./sscp check} on the Southampton example in a fresh JVM against a
 * fresh JVM that only reads the same document with plain Jackson, each run 7 times alternately;
 * the medians are compared. Run by {@code benchmarks/run ColdStart}.
 */
final class ColdStart {

  static final int RUNS = 7;

  private ColdStart() {}

  /**
   * Measures both and returns the medians in milliseconds: sscp, then the baseline.
   *
   * @param root the repository's root
   * @return the two medians
   * @throws IOException if a process cannot start
   * @throws InterruptedException if interrupted
   */
  static double[] measure(Path root) throws IOException, InterruptedException {
    Path json = root.resolve("examples/southampton/southampton-safe-city-partnership.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> sscp = List.of(root.resolve("sscp").toString(), "check", "--example",
        "southampton", "--as-of", "2024-07-01");
    List<String> plain = List.of(java, "-cp", System.getProperty("java.class.path"),
        PlainJsonRead.class.getName(), json.toString());
    time(sscp, root);  // builds the jar and its class-data archive if needed
    time(plain, root);
    double[] a = new double[RUNS];
    double[] b = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      a[i] = time(sscp, root);
      b[i] = time(plain, root);
    }
    return new double[] {median(a), median(b)};
  }

  private static double time(List<String> command, Path root) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.waitFor();
    return (System.nanoTime() - t0) / 1e6;
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  static String describe(double[] m) {
    return String.format(Locale.ROOT, "%.0f ms vs %.0f ms (medians of %d): %.2fx", m[0], m[1], RUNS,
        m[0] / m[1]);
  }
}
