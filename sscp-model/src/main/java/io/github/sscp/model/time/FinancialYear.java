package io.github.sscp.model.time;

import io.github.sscp.model.base.ValueParseException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A UK financial year, 1 April to 31 March, labelled {@code "2024/25"}.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param startYear the calendar year in which the financial year starts, 1000 to 9998
 */
public record FinancialYear(int startYear) implements ReportingPeriod, Comparable<FinancialYear> {

  /**
   * Creates a financial year, checking the year is in range.
   *
   * @param startYear the calendar year in which it starts
   * @throws io.github.sscp.model.base.InvalidValueException if the year is outside 1000 to 9998
   */
  public FinancialYear {
    Years.check("financial year starting", startYear, LocalDate.of(startYear, Month.APRIL, 1),
        LocalDate.of(startYear + 1, Month.APRIL, 1));
  }

  /**
   * Obtains the financial year that starts in April of the given year.
   *
   * @param startYear the calendar year in which it starts, e.g. 2024 for 2024/25
   * @return the financial year, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the year is outside 1000 to 9998
   */
  public static FinancialYear of(int startYear) {
    return new FinancialYear(startYear);
  }

  /**
   * Obtains the financial year that holds a date (e.g. 3 Feb 2025 → 2024/25).
   *
   * @param date the date, not null
   * @return the financial year, not null
   */
  public static FinancialYear from(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new FinancialYear(
        date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Obtains the current financial year from a clock.
   *
   * @param clock the clock, not null
   * @return the financial year holding today's date, not null
   */
  public static FinancialYear now(Clock clock) {
    return from(LocalDate.now(clock));
  }

  /**
   * Obtains a financial year from its label {@code yyyy/yy}, where the second part is the next year,
   * ignoring surrounding whitespace.
   *
   * @param text the label, e.g. "2024/25", not null
   * @return the financial year, not null
   * @throws ValueParseException if the text is not a label, the years are not consecutive or the
   *     year is out of range
   */
  public static FinancialYear parse(CharSequence text) {
    String s = Texts.strip(text);
    if (!Texts.shaped(s, ReportingPeriod.Forms.FINANCIAL_YEAR_SHAPE)) {
      throw new ValueParseException("financial year", text, "expected yyyy/yy, e.g. 2024/25");
    }
    int start = Integer.parseInt(s.substring(0, 4));
    int endTwoDigits = Integer.parseInt(s.substring(5));
    if ((start + 1) % 100 != endTwoDigits) {
      throw new ValueParseException("financial year", text, "the years are not consecutive;"
          + " expected " + start + "/" + String.format("%02d", (start + 1) % 100));
    }
    return Texts.build("financial year", text, () -> new FinancialYear(start));
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  @Override
  public LocalDate endExclusive() {
    return LocalDate.of(startYear + 1, Month.APRIL, 1);
  }

  @Override
  public FinancialYear previousEquivalent() {
    return minusYears(1);
  }

  @Override
  public FinancialYear sameLastYear() {
    return minusYears(1);
  }

  /**
   * Obtains a financial year later than this one; this one is unchanged.
   *
   * @param years the number of years to add, may be negative
   * @return the financial year, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the result is out of range
   */
  public FinancialYear plusYears(int years) {
    return years == 0 ? this : new FinancialYear(startYear + years);
  }

  /**
   * Obtains a financial year earlier than this one; this one is unchanged.
   *
   * @param years the number of years to subtract, may be negative
   * @return the financial year, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the result is out of range
   */
  public FinancialYear minusYears(int years) {
    return plusYears(-years);
  }

  /**
   * Obtains one of this year's quarters (Q1 is April to June).
   *
   * @param quarter the quarter, 1 to 4
   * @return the quarter, not null
   * @throws io.github.sscp.model.base.InvalidValueException if the quarter is not 1 to 4
   */
  public Quarter atQuarter(int quarter) {
    return Quarter.of(this, quarter);
  }

  /**
   * Obtains the four quarters that tile this year, in order.
   *
   * @return the quarters Q1 to Q4, not null
   */
  public List<Quarter> quarters() {
    return IntStream.rangeClosed(1, 4).mapToObj(this::atQuarter).toList();
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    int end = (startYear + 1) % 100;
    return startYear + (end < 10 ? "/0" : "/") + end;
  }
}
