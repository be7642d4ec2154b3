package io.github.sscp.model.time;

import io.github.sscp.model.base.InvalidValueException;
import java.time.LocalDate;

/**
 * The bounds every bounded period keeps: its {@code start} and {@code endExclusive} both fall in the
 * years 1000 to 9999, so that every canonical text has four-digit years. The one rule gives each
 * kind its own last value: calendar year 9998, month 9999-11, financial year 9998/99 (whose end,
 * 1 April 9999, is inside the bound).
 */
final class Years {
  static final int MIN = 1000;
  static final int MAX = 9999;

  private Years() {}

  /**
   * Checks that a period's start and end lie in the years {@link #MIN} to {@link #MAX}.
   *
   * @param kind the kind of period, for the message
   * @param value the period's value, for the message
   * @param start the start
   * @param endExclusive the end
   * @throws InvalidValueException if either year is out of range
   */
  static void check(String kind, Object value, LocalDate start, LocalDate endExclusive) {
    InvalidValueException.require(start.getYear() >= MIN && endExclusive.getYear() <= MAX
            && endExclusive.getYear() >= MIN,
        () -> kind + " " + value + ": runs " + start + " to " + endExclusive + ", outside the years " + MIN + " to "
            + MAX + " that periods may use");
  }
}
