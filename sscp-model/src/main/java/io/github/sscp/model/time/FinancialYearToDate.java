package io.github.sscp.model.time;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.ValueParseException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * A financial year to date: from 1 April to the end of a month in the same financial year.
 * Canonical text {@code "2024/25 YTD 2024-11"} (April to November 2024).
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param financialYear the financial year, not null
 * @param through the last month included, inside the financial year, not null
 */
public record FinancialYearToDate(FinancialYear financialYear, YearMonth through)
    implements ReportingPeriod, Comparable<FinancialYearToDate> {

  /**
   * Creates a year-to-date period, checking the month lies in the year.
   *
   * @param financialYear the financial year, not null
   * @param through the last month included, not null
   * @throws InvalidValueException if the month is not in the financial year
   */
  public FinancialYearToDate {
    Objects.requireNonNull(financialYear, "financialYear");
    Objects.requireNonNull(through, "through");
    InvalidValueException.require(financialYear.contains(through.atDay(1)),
        () -> "through: month " + through + " is not in financial year " + financialYear);
  }

  /**
   * Obtains a year-to-date period.
   *
   * @param financialYear the financial year, not null
   * @param through the last month included, not null
   * @return the period, not null
   * @throws InvalidValueException if the month is not in the financial year
   */
  public static FinancialYearToDate of(FinancialYear financialYear, YearMonth through) {
    return new FinancialYearToDate(financialYear, through);
  }

  /**
   * Obtains the year-to-date period ending with a month.
   *
   * @param through the last month included, not null
   * @return the period from the April before (or of) that month, not null
   * @throws InvalidValueException if the year is out of range
   */
  public static FinancialYearToDate through(YearMonth through) {
    return new FinancialYearToDate(FinancialYear.from(through.atDay(1)), through);
  }

  /**
   * Obtains the year to date through the current month.
   *
   * @param clock the clock, not null
   * @return the period from April to the month holding today's date, not null
   */
  public static FinancialYearToDate now(Clock clock) {
    return through(YearMonth.now(clock));
  }

  /**
   * Obtains a year-to-date period from its canonical text, ignoring surrounding whitespace.
   *
   * @param text the text, e.g. "2024/25 YTD 2024-11", not null
   * @return the period, not null
   * @throws ValueParseException if the text is not a year to date, or its month is outside its year
   */
  public static FinancialYearToDate parse(CharSequence text) {
    String s = Texts.strip(text);
    Matcher m = ReportingPeriod.Forms.FYTD.matcher(s);
    if (!m.matches()) {
      throw new ValueParseException("financial year to date", text,
          "expected yyyy/yy YTD yyyy-MM, e.g. 2024/25 YTD 2024-11");
    }
    FinancialYear fy = FinancialYear.parse(m.group(1));
    YearMonth through = Texts.yearMonth("financial year to date", text, m.group(2));
    return Texts.build("financial year to date", text, () -> new FinancialYearToDate(fy, through));
  }

  @Override
  public LocalDate start() {
    return financialYear.start();
  }

  @Override
  public LocalDate endExclusive() {
    return through.plusMonths(1).atDay(1);
  }

  /** The same months of the previous financial year, as year-to-date figures are compared. */
  @Override
  public FinancialYearToDate previousEquivalent() {
    return sameLastYear();
  }

  @Override
  public FinancialYearToDate sameLastYear() {
    return new FinancialYearToDate(financialYear.minusYears(1), through.minusYears(1));
  }

  @Override
  public int compareTo(FinancialYearToDate other) {
    return through.compareTo(other.through);
  }

  @Override
  public String toString() {
    return financialYear + " YTD " + through;
  }
}
