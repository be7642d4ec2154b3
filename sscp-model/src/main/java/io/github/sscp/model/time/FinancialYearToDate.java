package io.github.sscp.model.time;

import io.github.sscp.model.InvalidValueException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A financial year to date: from 1 April to the end of a month in the same financial year.
 * Canonical text {@code "2024/25 YTD 2024-11"} (April to November 2024).
 *
 * @param financialYear the financial year, not null
 * @param through the last month included, inside the financial year, not null
 */
public record FinancialYearToDate(FinancialYear financialYear, YearMonth through)
    implements ReportingPeriod {

  /**
   * Creates a year-to-date period, checking the month lies in the year.
   *
   * @param financialYear the financial year, not null
   * @param through the last month included, not null
   */
  public FinancialYearToDate {
    Objects.requireNonNull(financialYear, "financialYear");
    Objects.requireNonNull(through, "through");
    InvalidValueException.require(financialYear.contains(through.atDay(1)),
        "through: month " + through + " is not in financial year " + financialYear);
  }

  /**
   * Obtains a year-to-date period.
   *
   * @param financialYear the financial year, not null
   * @param through the last month included, not null
   * @return the period, not null
   */
  public static FinancialYearToDate of(FinancialYear financialYear, YearMonth through) {
    return new FinancialYearToDate(financialYear, through);
  }

  /**
   * Obtains the year-to-date period ending with a month.
   *
   * @param through the last month included, not null
   * @return the period from the April before (or of) that month, not null
   */
  public static FinancialYearToDate through(YearMonth through) {
    return new FinancialYearToDate(FinancialYear.from(through.atDay(1)), through);
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
  public String toString() {
    return financialYear + " YTD " + through;
  }
}
