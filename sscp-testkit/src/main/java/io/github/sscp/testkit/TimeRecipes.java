package io.github.sscp.testkit;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.CalendarYear;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.FinancialYearToDate;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.time.Rolling12Months;
import java.time.LocalDate;
import java.util.List;

/**
 * Recipes for the {@code time} package: every kind of reporting period and validity range. Dates
 * lean toward 28 and 29 February and the ends of months, where period arithmetic is most often
 * wrong.
 */
public final class TimeRecipes {

  private TimeRecipes() {}

  /**
   * Obtains dates from April 2015 for 15 years, a third of them on a leap-day or month edge.
   *
   * @return the recipe, not null
   */
  public static Recipe<LocalDate> date() {
    return Parts::date;
  }

  /**
   * Obtains months from April 2015 for 15 years.
   *
   * @return the recipe, not null
   */
  public static Recipe<CalendarMonth> month() {
    return d -> CalendarMonth.of(Parts.yearMonth(d));
  }

  /**
   * Obtains financial years 2015/16 to 2030/31.
   *
   * @return the recipe, not null
   */
  public static Recipe<FinancialYear> financialYear() {
    return d -> FinancialYear.of(d.intBetween(2015, 2030));
  }

  /**
   * Obtains quarters of financial years 2015/16 to 2030/31.
   *
   * @return the recipe, not null
   */
  public static Recipe<Quarter> quarter() {
    return d -> Quarter.of(financialYear().make(d), d.intBetween(1, 4));
  }

  /**
   * Obtains financial years to date.
   *
   * @return the recipe, not null
   */
  public static Recipe<FinancialYearToDate> financialYearToDate() {
    return d -> FinancialYearToDate.through(Parts.yearMonth(d));
  }

  /**
   * Obtains rolling 12-month windows.
   *
   * @return the recipe, not null
   */
  public static Recipe<Rolling12Months> rolling12Months() {
    return d -> Rolling12Months.endingWith(Parts.yearMonth(d));
  }

  /**
   * Obtains calendar years 2015 to 2030.
   *
   * @return the recipe, not null
   */
  public static Recipe<CalendarYear> calendarYear() {
    return d -> CalendarYear.of(d.intBetween(2015, 2030));
  }

  /**
   * Obtains bounded date ranges of 1 day to 6 years, starting and ending on leap-day and month
   * edges often.
   *
   * @return the recipe, not null
   */
  public static Recipe<DateRange> dateRange() {
    return d -> {
      LocalDate start = Parts.date(d);
      if (d.chance(30)) {
        LocalDate last = Parts.date(d);
        return last.isBefore(start) ? DateRange.ofClosed(last, start) : DateRange.ofClosed(start, last);
      }
      return DateRange.of(start, start.plusDays(d.between(1, 6 * 366)));
    };
  }

  /**
   * Obtains validity ranges: all days, an open end, an open start, or a bounded range.
   *
   * @return the recipe, not null
   */
  public static Recipe<DateRange> validity() {
    return d -> switch (d.intBetween(0, 3)) {
      case 0 -> DateRange.all();
      case 1 -> DateRange.ofUnboundedEnd(Parts.date(d));
      case 2 -> DateRange.ofUnboundedStart(Parts.date(d));
      default -> dateRange().make(d);
    };
  }

  /**
   * Obtains reporting periods of every kind, all bounded.
   *
   * @return the recipe, not null
   */
  public static Recipe<ReportingPeriod> reportingPeriod() {
    List<Recipe<? extends ReportingPeriod>> kinds = List.of(financialYear(), quarter(), month(),
        rolling12Months(), financialYearToDate(), calendarYear(), dateRange());
    return d -> d.pick(kinds).make(d);
  }
}
