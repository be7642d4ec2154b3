package io.github.sscp.rules.board;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The latest 12 months against the 12 before, with the exact test.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param current the latest 12 months
 * @param previous the 12 before
 * @param percentChange the change as a percentage of the 12 before; empty when they were 0
 * @param pValue the exact two-sided p-value, for counts
 * @param significant whether the test finds the change bigger than chance
 * @param better whether the change is in the better direction
 * @param worse whether the change is in the worse direction
 * @param words the change in words, e.g. "up 8.1% on the 12 months before (933 against 863, p = 0.10, within chance)", not null
 */
public record YearOnYear(double current, double previous, OptionalDouble percentChange,
    OptionalDouble pValue, boolean significant, boolean better, boolean worse, String words) {

  /**
   * Creates a value.
   *
   * @param current the latest 12 months
   * @param previous the 12 before
   * @param percentChange the change as a percentage of the 12 before
   * @param pValue the exact two-sided p-value, for counts
   * @param significant whether the test finds the change bigger than chance
   * @param better whether the change is in the better direction
   * @param worse whether the change is in the worse direction
   * @param words the change in words, e.g. "up 8.1% on the 12 months before (933 against 863, p = 0.10, within chance)"
   */
  public YearOnYear {
    Objects.requireNonNull(percentChange, "percentChange");
    Objects.requireNonNull(pValue, "pValue");
    Objects.requireNonNull(words, "words");
  }
}
