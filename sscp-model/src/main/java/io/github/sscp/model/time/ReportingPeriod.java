package io.github.sscp.model.time;

import io.github.sscp.model.ValueParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period that figures are reported for: a {@link Month}, a financial-year {@link Quarter}, a
 * {@link FinancialYear} ("2024/25", April to March), a {@link FinancialYearToDate}, a {@link
 * Rolling12Months} window, a {@link CalendarYear} or any {@link DateRange}.
 *
 * <p>Every period is a half-open range of dates {@code [start, endExclusive)}. Each has one
 * canonical text that {@link #parse(CharSequence)} reads and {@code toString()} prints:
 *
 * <table>
 *   <caption>Canonical texts</caption>
 *   <tr><td>month</td><td>{@code 2024-05}</td></tr>
 *   <tr><td>quarter</td><td>{@code 2024/25 Q1}</td></tr>
 *   <tr><td>financial year</td><td>{@code 2024/25}</td></tr>
 *   <tr><td>financial year to date</td><td>{@code 2024/25 YTD 2024-11}</td></tr>
 *   <tr><td>rolling 12 months</td><td>{@code R12 2024-06} (the 12 months ending June 2024)</td></tr>
 *   <tr><td>calendar year</td><td>{@code 2024}</td></tr>
 *   <tr><td>date range</td><td>{@code 2024-04-01/2024-07-01} (end exclusive)</td></tr>
 * </table>
 *
 * <p>All implementations are immutable, thread-safe value types.
 */
public sealed interface ReportingPeriod
    permits Month, Quarter, FinancialYear, FinancialYearToDate, Rolling12Months, CalendarYear,
        DateRange {

  /**
   * Obtains the first day of the period.
   *
   * @return the start, inclusive, not null
   */
  LocalDate start();

  /**
   * Obtains the day after the last day of the period.
   *
   * @return the end, exclusive, not null
   */
  LocalDate endExclusive();

  /**
   * Obtains the last day of the period.
   *
   * @return the end, inclusive, not null
   */
  default LocalDate endInclusive() {
    return endExclusive().minusDays(1);
  }

  /**
   * Checks if the date falls in this period.
   *
   * @param date the date, not null
   * @return true if {@code start <= date < endExclusive}
   */
  default boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && date.isBefore(endExclusive());
  }

  /**
   * Checks if the other period lies wholly inside this one.
   *
   * @param other the other period, not null
   * @return true if this period encloses {@code other}
   */
  default boolean encloses(ReportingPeriod other) {
    return !other.start().isBefore(start()) && !other.endExclusive().isAfter(endExclusive());
  }

  /**
   * Obtains the number of days in the period.
   *
   * @return the length in days, at least one
   */
  default long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), endExclusive());
  }

  /**
   * Obtains the period of the same kind that comes immediately before this one: the previous month,
   * quarter, financial or calendar year; the 12 months before a rolling-12 window; for a financial
   * year to date, the same months of the previous financial year; for a date range, the range of
   * equal length ending where this one starts.
   *
   * @return the previous equivalent period, not null
   */
  ReportingPeriod previousEquivalent();

  /**
   * Obtains the same period one year earlier (e.g. May 2024 → May 2023; 2024/25 Q2 → 2023/24 Q2).
   *
   * @return the period a year before, not null
   */
  ReportingPeriod sameLastYear();

  /**
   * Checks if the period is made of whole calendar months.
   *
   * @return true for every kind except a date range that does not start and end on month bounds
   */
  default boolean isWholeMonths() {
    return start().getDayOfMonth() == 1 && endExclusive().getDayOfMonth() == 1;
  }

  /**
   * Obtains the calendar months that make up the period, in order.
   *
   * @return the months, not empty
   * @throws io.github.sscp.model.InvalidValueException if the period is not whole months
   */
  default List<YearMonth> months() {
    io.github.sscp.model.InvalidValueException.require(isWholeMonths(),
        "period " + this + " is not made of whole months");
    List<YearMonth> months = new ArrayList<>();
    YearMonth end = YearMonth.from(endExclusive());
    for (YearMonth m = YearMonth.from(start()); m.isBefore(end); m = m.plusMonths(1)) {
      months.add(m);
    }
    return List.copyOf(months);
  }

  /**
   * Obtains a period from its canonical text.
   *
   * @param text the text, e.g. "2024/25", "2024/25 Q3", "R12 2024-06", not null
   * @return the period, not null
   * @throws ValueParseException if the text is not a canonical period
   */
  static ReportingPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    try {
      ReportingPeriod p = parseCanonical(s);
      if (p != null) {
        return p;
      }
    } catch (ValueParseException e) {
      throw e;
    } catch (io.github.sscp.model.InvalidValueException e) {
      throw new ValueParseException("reporting period", text, e.getMessage());
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new ValueParseException("reporting period", text, "real dates and months: " + e.getMessage());
    }
    throw new ValueParseException("reporting period", text,
        "one of 2024-05, 2024/25 Q1, 2024/25, 2024/25 YTD 2024-11, R12 2024-06, 2024,"
            + " 2024-04-01/2024-07-01");
  }

  private static @org.jspecify.annotations.Nullable ReportingPeriod parseCanonical(String s) {
    Matcher m;
    if ((m = Forms.MONTH.matcher(s)).matches()) {
      return Month.of(YearMonth.parse(s));
    } else if ((m = Forms.QUARTER.matcher(s)).matches()) {
      return Quarter.of(FinancialYear.parse(m.group(1)), Integer.parseInt(m.group(2)));
    } else if (Forms.FINANCIAL_YEAR.matcher(s).matches()) {
      return FinancialYear.parse(s);
    } else if ((m = Forms.FYTD.matcher(s)).matches()) {
      return FinancialYearToDate.of(FinancialYear.parse(m.group(1)), YearMonth.parse(m.group(2)));
    } else if ((m = Forms.ROLLING.matcher(s)).matches()) {
      return Rolling12Months.endingWith(YearMonth.parse(m.group(1)));
    } else if (Forms.CALENDAR_YEAR.matcher(s).matches()) {
      return CalendarYear.of(Integer.parseInt(s));
    } else if ((m = Forms.RANGE.matcher(s)).matches()) {
      return DateRange.of(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
    }
    return null;
  }

  /** Regular expressions of the canonical texts. */
  final class Forms {
    static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    static final Pattern QUARTER = Pattern.compile("(\\d{4}/\\d{2}) Q(\\d)");
    static final Pattern FINANCIAL_YEAR = Pattern.compile("\\d{4}/\\d{2}");
    static final Pattern FYTD = Pattern.compile("(\\d{4}/\\d{2}) YTD (\\d{4}-\\d{2})");
    static final Pattern ROLLING = Pattern.compile("R12 (\\d{4}-\\d{2})");
    static final Pattern CALENDAR_YEAR = Pattern.compile("\\d{4}");
    static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    private Forms() {}
  }
}
