package io.github.sscp.model.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The 12 consecutive calendar months ending with a month, e.g. {@code "R12 2024-06"} is July 2023 to
 * June 2024: the window of a "rolling 12 months vs the previous 12" comparison.
 *
 * @param endMonth the last month of the window, not null
 */
public record Rolling12Months(YearMonth endMonth) implements ReportingPeriod {

  /**
   * Creates a rolling window, checking the year is in range.
   *
   * @param endMonth the last month, not null
   */
  public Rolling12Months {
    Objects.requireNonNull(endMonth, "endMonth");
    Years.check("endMonth", endMonth.getYear());
    Years.check("endMonth", endMonth.minusMonths(11).getYear());
  }

  /**
   * Obtains the 12 months ending with a month.
   *
   * @param endMonth the last month included, not null
   * @return the window, not null
   */
  public static Rolling12Months endingWith(YearMonth endMonth) {
    return new Rolling12Months(endMonth);
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
    return sameLastYear();
  }

  @Override
  public Rolling12Months sameLastYear() {
    return new Rolling12Months(endMonth.minusYears(1));
  }

  /**
   * Obtains the window moved by whole months; this one is unchanged.
   *
   * @param months the months to move, may be negative
   * @return the window, not null
   */
  public Rolling12Months plusMonths(long months) {
    return months == 0 ? this : new Rolling12Months(endMonth.plusMonths(months));
  }

  @Override
  public String toString() {
    return "R12 " + endMonth;
  }
}
