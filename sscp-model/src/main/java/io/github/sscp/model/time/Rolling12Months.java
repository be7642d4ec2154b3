package io.github.sscp.model.time;

import io.github.sscp.model.base.ValueParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * The 12 consecutive calendar months ending with a month, e.g. {@code "R12 2024-06"} is July 2023 to
 * June 2024: the window of a "rolling 12 months vs the previous 12" comparison.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param endMonth the last month of the window, from 1000-12 to 9999-11, not null
 */
public record Rolling12Months(YearMonth endMonth)
    implements ReportingPeriod, Comparable<Rolling12Months> {

  /**
   * Creates a rolling window, checking the years are in range.
   *
   * @param endMonth the last month, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the window leaves the years 1000 to 9999
   */
  public Rolling12Months {
    Objects.requireNonNull(endMonth, "endMonth");
    Years.check("rolling 12 months ending", endMonth, endMonth.minusMonths(11).atDay(1),
        endMonth.plusMonths(1).atDay(1));
  }

  /**
   * Obtains the 12 months ending with a month.
   *
   * @param endMonth the last month included, not null
   * @return the window, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the window leaves the years 1000 to 9999
   */
  public static Rolling12Months endingWith(YearMonth endMonth) {
    return new Rolling12Months(endMonth);
  }

  /**
   * Obtains a window from its canonical text, ignoring surrounding whitespace.
   *
   * @param text the text, e.g. "R12 2024-06", not null
   * @return the window, not null
   * @throws ValueParseException if the text is not a rolling window or is out of range
   */
  public static Rolling12Months parse(CharSequence text) {
    String s = Texts.strip(text);
    Matcher m = ReportingPeriod.Forms.ROLLING.matcher(s);
    if (!m.matches()) {
      throw new ValueParseException("rolling 12 months", text, "expected R12 yyyy-MM, e.g. R12 2024-06");
    }
    YearMonth end = Texts.yearMonth("rolling 12 months", text, m.group(1));
    return Texts.build("rolling 12 months", text, () -> new Rolling12Months(end));
  }

  /**
   * Obtains the first month of the window.
   *
   * @return the month eleven months before the end month, not null
   */
  public YearMonth startMonth() {
    return endMonth.minusMonths(11);
  }

  @Override
  public LocalDate start() {
    return startMonth().atDay(1);
  }

  @Override
  public LocalDate endExclusive() {
    return endMonth.plusMonths(1).atDay(1);
  }

  /** The 12 months immediately before this window. */
  @Override
  public Rolling12Months previousEquivalent() {
    return plusMonths(-12);
  }

  @Override
  public Rolling12Months sameLastYear() {
    return plusMonths(-12);
  }

  /**
   * Obtains the window moved by whole months; this one is unchanged.
   *
   * @param months the months to move, may be negative
   * @return the window, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the result is out of range
   */
  public Rolling12Months plusMonths(long months) {
    return months == 0 ? this : new Rolling12Months(endMonth.plusMonths(months));
  }

  @Override
  public int compareTo(Rolling12Months other) {
    return endMonth.compareTo(other.endMonth);
  }

  @Override
  public String toString() {
    return "R12 " + endMonth;
  }
}
