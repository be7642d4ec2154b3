package io.github.sscp.cli.report;

import java.util.Locale;

/** How the command and the report put engine results into words for a board. */
public final class Wording {

  private Wording() {}

  /**
   * Writes an enum constant's name as words: {@code NOT_MET} → "not met".
   *
   * @param name the constant's name, not null
   * @return the words, not null
   */
  public static String words(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Writes a count with its noun, plural unless it is one: "1 measure", "3 charts".
   *
   * @param n the count
   * @param noun the noun in the singular, e.g. "measure", not null
   * @return the words, not null
   */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Says what an exact two-sided p-value means for a change.
   *
   * @param p the p-value
   * @return "very strong evidence of a real change" below 0.001, down to "no evidence of a real
   *     change" from 0.05, not null
   */
  public static String significance(double p) {
    if (p < 0.001) {
      return "very strong evidence of a real change";
    } else if (p < 0.01) {
      return "strong evidence of a real change";
    } else if (p < 0.05) {
      return "evidence of a real change";
    }
    return "no evidence of a real change";
  }
}
