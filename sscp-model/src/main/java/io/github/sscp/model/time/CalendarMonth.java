package io.github.sscp.model.time;

import io.github.sscp.model.base.ValueParseException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar month, e.g. {@code 2024-05}: the unit of police.uk street-level data. It is the period
 * counterpart of {@link YearMonth}, which it wraps.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param yearMonth the month, from 1000-01 to 9999-11, not null
 */
public record CalendarMonth(YearMonth yearMonth) implements ReportingPeriod, Comparable<CalendarMonth> {

  /**
   * Creates a month, checking the year is in range.
   *
   * @param yearMonth the month, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the month is outside 1000-01 to 9999-11
   */
  public CalendarMonth {
    Objects.requireNonNull(yearMonth, "yearMonth");
    Years.check("month", yearMonth, yearMonth.atDay(1), yearMonth.plusMonths(1).atDay(1));
  }

  /**
   * Obtains a month.
   *
   * @param yearMonth the month, not null
   * @return the month, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the month is out of range
   */
  public static CalendarMonth of(YearMonth yearMonth) {
    return new CalendarMonth(yearMonth);
  }

  /**
   * Obtains a month from a year and month number.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the month, not null
   * @throws java.time.DateTimeException if the month number is not 1 to 12
   * @throws io.github.sscp.model.base.InvalidValueException if the year is out of range
   */
  public static CalendarMonth of(int year, int month) {
    return new CalendarMonth(YearMonth.of(year, month));
  }

  /**
   * Obtains the month that holds a date.
   *
   * @param date the date, not null
   * @return the month, not null
   */
  public static CalendarMonth from(LocalDate date) {
    return new CalendarMonth(YearMonth.from(date));
  }

  /**
   * Obtains the current month from a clock.
   *
   * @param clock the clock, not null
   * @return the month holding today's date, not null
   */
  public static CalendarMonth now(Clock clock) {
    return from(LocalDate.now(clock));
  }

  /**
   * Obtains a month from its canonical text {@code yyyy-MM}, ignoring surrounding whitespace.
   *
   * @param text the text, e.g. "2024-05", not null
   * @return the month, not null
   * @throws ValueParseException if the text is not a month or the year is out of range
   */
  public static CalendarMonth parse(CharSequence text) {
    String s = Texts.strip(text);
    YearMonth ym = Texts.yearMonth("month", text, s);
    return Texts.build("month", text, () -> new CalendarMonth(ym));
  }

  @Override
  public LocalDate start() {
    return yearMonth.atDay(1);
  }

  @Override
  public LocalDate endExclusive() {
    return yearMonth.plusMonths(1).atDay(1);
  }

  @Override
  public CalendarMonth previousEquivalent() {
    return plusMonths(-1);
  }

  @Override
  public CalendarMonth sameLastYear() {
    return plusMonths(-12);
  }

  /**
   * Obtains a month later than this one; this one is unchanged.
   *
   * @param months the months to add, may be negative
   * @return the month, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the result is out of range
   */
  public CalendarMonth plusMonths(long months) {
    return months == 0 ? this : new CalendarMonth(yearMonth.plusMonths(months));
  }

  @Override
  public int compareTo(CalendarMonth other) {
    return yearMonth.compareTo(other.yearMonth);
  }

  @Override
  public String toString() {
    return yearMonth.toString();
  }
}
