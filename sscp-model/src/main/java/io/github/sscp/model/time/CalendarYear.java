package io.github.sscp.model.time;

import java.time.LocalDate;

/**
 * A calendar year, January to December, e.g. {@code "2024"}.
 *
 * @param year the year
 */
public record CalendarYear(int year) implements ReportingPeriod {

  /**
   * Creates a calendar year, checking the year is in range.
   *
   * @param year the year
   */
  public CalendarYear {
    Years.check("calendarYear", year);
  }

  /**
   * Obtains a calendar year.
   *
   * @param year the year
   * @return the calendar year, not null
   */
  public static CalendarYear of(int year) {
    return new CalendarYear(year);
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(year, 1, 1);
  }

  @Override
  public LocalDate endExclusive() {
    return LocalDate.of(year + 1, 1, 1);
  }

  @Override
  public CalendarYear previousEquivalent() {
    return new CalendarYear(year - 1);
  }

  @Override
  public CalendarYear sameLastYear() {
    return new CalendarYear(year - 1);
  }

  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
