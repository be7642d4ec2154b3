package io.github.sscp.model.time;

import io.github.sscp.model.base.ValueParseException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A calendar year, January to December, e.g. {@code "2024"}.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param year the year, 1000 to 9998
 */
public record CalendarYear(int year) implements ReportingPeriod, Comparable<CalendarYear> {

  /**
   * Creates a calendar year, checking the year is in range.
   *
   * @param year the year
   * @throws io.github.sscp.model.base.InvalidValueException if the year is outside 1000 to 9998
   */
  public CalendarYear {
    Years.check("calendar year", year, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /**
   * Obtains a calendar year.
   *
   * @param year the year, 1000 to 9998
   * @return the calendar year, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the year is out of range
   */
  public static CalendarYear of(int year) {
    return new CalendarYear(year);
  }

  /**
   * Obtains the current calendar year from a clock.
   *
   * @param clock the clock, not null
   * @return the year holding today's date, not null
   */
  public static CalendarYear now(Clock clock) {
    return new CalendarYear(LocalDate.now(clock).getYear());
  }

  /**
   * Obtains a calendar year from its four digits, ignoring surrounding whitespace.
   *
   * @param text the text, e.g. "2024", not null
   * @return the calendar year, not null
   * @throws ValueParseException if the text is not four digits or the year is out of range
   */
  public static CalendarYear parse(CharSequence text) {
    String s = Texts.strip(text);
    if (!ReportingPeriod.Forms.CALENDAR_YEAR.matcher(s).matches()) {
      throw new ValueParseException("calendar year", text, "expected four digits yyyy, e.g. 2024");
    }
    return Texts.build("calendar year", text, () -> new CalendarYear(Integer.parseInt(s)));
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
  public int compareTo(CalendarYear other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
