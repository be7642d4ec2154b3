package io.github.sscp.model.time;

import io.github.sscp.model.ValueParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar month, e.g. {@code 2024-05}: the unit of police.uk street-level data.
 *
 * @param yearMonth the month, not null
 */
public record Month(YearMonth yearMonth) implements ReportingPeriod {

  /**
   * Creates a month, checking the year is in range.
   *
   * @param yearMonth the month, not null
   */
  public Month {
    Objects.requireNonNull(yearMonth, "yearMonth");
    Years.check("month", yearMonth.getYear());
  }

  /**
   * Obtains a month.
   *
   * @param yearMonth the month, not null
   * @return the month, not null
   */
  public static Month of(YearMonth yearMonth) {
    return new Month(yearMonth);
  }

  /**
   * Obtains a month from a year and month number.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the month, not null
   */
  public static Month of(int year, int month) {
    return new Month(YearMonth.of(year, month));
  }

  /**
   * Obtains a month from its canonical text {@code yyyy-MM}.
   *
   * @param text the text, not null
   * @return the month, not null
   * @throws ValueParseException if the text is not a month
   */
  public static Month parse(CharSequence text) {
    try {
      return new Month(YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      throw new ValueParseException("month", text, "yyyy-MM, e.g. 2024-05");
    }
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
  public Month previousEquivalent() {
    return new Month(yearMonth.minusMonths(1));
  }

  @Override
  public Month sameLastYear() {
    return new Month(yearMonth.minusYears(1));
  }

  @Override
  public String toString() {
    return yearMonth.toString();
  }
}
