package io.github.sscp.testkit;

/**
 * How many examples a property runs: its usual count scaled by the system property {@code
 * sscp.examples.percent} (100 unless set). Mutation testing sets it low, since PIT reruns the
 * properties for every mutant; an explicit {@code withExamples} would otherwise override
 * QuickTheories' own {@code QT_EXAMPLES}.
 */
public final class Examples {

  private static final int PERCENT = Integer.getInteger("sscp.examples.percent", 100);

  private Examples() {}

  /**
   * Checks if properties run their usual counts (not scaled down for mutation testing).
   *
   * @return true in an ordinary test run
   */
  public static boolean full() {
    return PERCENT >= 100;
  }

  /**
   * Scales a property's example count.
   *
   * @param usual the count in an ordinary test run
   * @return the count for this run, at least 1
   */
  public static int scaled(int usual) {
    return Math.max(1, usual * PERCENT / 100);
  }
}
