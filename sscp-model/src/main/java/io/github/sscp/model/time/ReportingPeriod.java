package io.github.sscp.model.time;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.ValueParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A period that figures are reported for: a {@link CalendarMonth}, a financial-year {@link Quarter},
 * a {@link FinancialYear} ("2024/25", April to March), a {@link FinancialYearToDate}, a {@link
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
 *   <tr><td>date range</td><td>{@code 2024-04-01/2024-07-01} (end exclusive; {@code ..} for an
 *     open end)</td></tr>
 * </table>
 *
 * <p>Parsers ignore leading and trailing whitespace and nothing else. Periods of one kind are
 * {@link Comparable} with each other. Bounded periods lie in the years 1000 to 9999.
 *
 * <p>All implementations are immutable, thread-safe value types.
 */
public sealed interface ReportingPeriod
    permits CalendarMonth, Quarter, FinancialYear, FinancialYearToDate, Rolling12Months,
        CalendarYear, DateRange {

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
   * Checks if this period covers exactly the same days as another, whatever their kinds.
   *
   * @param other the other period, not null
   * @return true if the starts and ends are equal
   */
  default boolean coversSameDaysAs(ReportingPeriod other) {
    return start().equals(other.start()) && endExclusive().equals(other.endExclusive());
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
   * @throws InvalidValueException if the period is not whole months
   */
  default List<YearMonth> months() {
    InvalidValueException.require(isWholeMonths(),
        () -> "period " + this + " is not made of whole months");
    List<YearMonth> months = new ArrayList<>();
    YearMonth end = YearMonth.from(endExclusive());
    for (YearMonth m = YearMonth.from(start()); m.isBefore(end); m = m.plusMonths(1)) {
      months.add(m);
    }
    return List.copyOf(months);
  }

  /**
   * Obtains the standard kind that covers exactly the same days as a period: a date range that is
   * exactly a calendar month, a quarter, a financial year or a calendar year becomes that kind;
   * every other period is returned as it is.
   *
   * @param period the period, not null
   * @return the period in its standard kind, not null
   */
  static ReportingPeriod standardised(ReportingPeriod period) {
    if (!(period instanceof DateRange range) || !range.isWholeMonths()) {
      return period;
    }
    LocalDate start = range.start();
    YearMonth first = YearMonth.from(start);
    long months = ChronoUnit.MONTHS.between(first, YearMonth.from(range.endExclusive()));
    if (months == 1) {
      return CalendarMonth.of(first);
    } else if (months == 3 && Quarter.from(start).start().equals(start)) {
      return Quarter.from(start);
    } else if (months == 12 && start.getMonthValue() == 4) {
      return FinancialYear.from(start);
    } else if (months == 12 && start.getMonthValue() == 1) {
      return CalendarYear.of(start.getYear());
    }
    return period;
  }

  /**
   * Obtains a period from its canonical text, ignoring surrounding whitespace.
   *
   * @param text the text, e.g. "2024/25", "2024/25 Q3", "R12 2024-06", not null
   * @return the period, not null
   * @throws ValueParseException if the text is not a canonical period or names one that cannot exist
   */
  static ReportingPeriod parse(CharSequence text) {
    String s = Texts.strip(text);
    if (Texts.shaped(s, Forms.MONTH_SHAPE)) {
      return CalendarMonth.parse(text);
    } else if (Texts.shaped(s, Forms.QUARTER_SHAPE)) {
      return Quarter.parse(text);
    } else if (Texts.shaped(s, Forms.FINANCIAL_YEAR_SHAPE)) {
      return FinancialYear.parse(text);
    } else if (Forms.FYTD.matcher(s).matches()) {
      return FinancialYearToDate.parse(text);
    } else if (Forms.ROLLING.matcher(s).matches()) {
      return Rolling12Months.parse(text);
    } else if (Forms.CALENDAR_YEAR.matcher(s).matches()) {
      return CalendarYear.parse(text);
    } else if (Forms.RANGE.matcher(s).matches()) {
      return DateRange.parse(text);
    }
    throw new ValueParseException("reporting period", text,
        "expected one of 2024-05, 2024/25 Q1, 2024/25, 2024/25 YTD 2024-11, R12 2024-06, 2024,"
            + " 2024-04-01/2024-07-01");
  }

  /** Regular expressions of the canonical texts. */
  final class Forms {
    /** A month, as {@link Texts#shaped}: {@code \\d{4}-\\d{2}}. */
    static final String MONTH_SHAPE = "dddd-dd";
    /** A quarter, as {@link Texts#shaped}: {@code \\d{4}/\\d{2} Q\\d}. */
    static final String QUARTER_SHAPE = "dddd/dd Qd";
    /** A financial year, as {@link Texts#shaped}: {@code \\d{4}/\\d{2}}. */
    static final String FINANCIAL_YEAR_SHAPE = "dddd/dd";
    static final Pattern FYTD = Pattern.compile("(\\d{4}/\\d{2}) YTD (\\d{4}-\\d{2})");
    static final Pattern ROLLING = Pattern.compile("R12 (\\d{4}-\\d{2})");
    static final Pattern CALENDAR_YEAR = Pattern.compile("\\d{4}");
    static final Pattern RANGE =
        Pattern.compile("(\\d{4}-\\d{2}-\\d{2}|\\.\\.)/(\\d{4}-\\d{2}-\\d{2}|\\.\\.)");

    private Forms() {}
  }
}
