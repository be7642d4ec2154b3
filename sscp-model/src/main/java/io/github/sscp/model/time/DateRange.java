package io.github.sscp.model.time;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.ValueParseException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A half-open range of dates {@code [start, endExclusive)}, at least one day long, e.g. a strategy's
 * period {@code 2022-04-01/2027-04-01}. Either end may be unbounded: {@link LocalDate#MIN} as the
 * start and {@link LocalDate#MAX} as the end stand for "no limit", written {@code ..} in the
 * canonical text ({@code 2024-04-01/..} is "from 1 April 2024 on"). This is the model's one
 * convention for validity: memberships, terms of office and dated records all use it.
 *
 * <p>Use {@link #ofClosed} to give the last day instead of the day after it. A bounded end lies in
 * the years 1000 to 9999.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param start the first day, or {@link LocalDate#MIN} for no start, not null
 * @param endExclusive the day after the last day, or {@link LocalDate#MAX} for no end, not null
 */
public record DateRange(LocalDate start, LocalDate endExclusive)
    implements ReportingPeriod, Comparable<DateRange> {

  private static final DateRange ALL = new DateRange(LocalDate.MIN, LocalDate.MAX);
  private static final Comparator<DateRange> ORDER =
      Comparator.comparing(DateRange::start).thenComparing(DateRange::endExclusive);

  /**
   * Creates a range, checking that it is not empty and that bounded ends are in range.
   *
   * @param start the first day, not null
   * @param endExclusive the day after the last, not null
   * @throws InvalidValueException if the range is empty or a bounded end is out of range
   */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    InvalidValueException.require(endExclusive.isAfter(start),
        () -> "endExclusive: " + endExclusive + " must be after start " + start);
    InvalidValueException.require(start.equals(LocalDate.MIN)
            || (start.getYear() >= Years.MIN && start.getYear() <= Years.MAX),
        () -> "start: " + start + " is outside the years " + Years.MIN + " to " + Years.MAX);
    InvalidValueException.require(endExclusive.equals(LocalDate.MAX)
            || (endExclusive.getYear() >= Years.MIN && endExclusive.getYear() <= Years.MAX),
        () -> "endExclusive: " + endExclusive + " is outside the years " + Years.MIN + " to "
            + Years.MAX);
  }

  /**
   * Obtains a half-open range.
   *
   * @param startInclusive the first day, not null
   * @param endExclusive the day after the last day, after the start, not null
   * @return the range, not null
   * @throws InvalidValueException if the range is empty or out of range
   */
  public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
    return new DateRange(startInclusive, endExclusive);
  }

  /**
   * Obtains a range from its first and last days.
   *
   * @param startInclusive the first day, not null
   * @param endInclusive the last day, not before the first, not null
   * @return the range, not null
   * @throws InvalidValueException if the last day is before the first or out of range
   */
  public static DateRange ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    InvalidValueException.require(!endInclusive.isBefore(startInclusive),
        () -> "endInclusive: " + endInclusive + " is before start " + startInclusive);
    return new DateRange(startInclusive, endInclusive.plusDays(1));
  }

  /**
   * Obtains the range of every day from a start on, with no end.
   *
   * @param startInclusive the first day, not null
   * @return the range, not null
   */
  public static DateRange ofUnboundedEnd(LocalDate startInclusive) {
    return new DateRange(startInclusive, LocalDate.MAX);
  }

  /**
   * Obtains the range of every day before an end, with no start.
   *
   * @param endExclusive the day after the last day, not null
   * @return the range, not null
   */
  public static DateRange ofUnboundedStart(LocalDate endExclusive) {
    return new DateRange(LocalDate.MIN, endExclusive);
  }

  /**
   * Obtains the range of all days: the validity of something with no known dates.
   *
   * @return the unbounded range, not null
   */
  public static DateRange all() {
    return ALL;
  }

  /**
   * Obtains the range that covers any period.
   *
   * @param period the period, not null
   * @return the same days as a range, not null
   */
  public static DateRange from(ReportingPeriod period) {
    return period instanceof DateRange r ? r : new DateRange(period.start(), period.endExclusive());
  }

  /**
   * Obtains a range from its canonical text {@code start/endExclusive}, where either end may be
   * {@code ..} for no limit, ignoring surrounding whitespace.
   *
   * @param text the text, e.g. "2024-04-01/2025-04-01" or "2024-04-01/..", not null
   * @return the range, not null
   * @throws ValueParseException if the text is not a range, a date does not exist, or the range is
   *     empty
   */
  public static DateRange parse(CharSequence text) {
    String s = Texts.strip(text);
    Matcher m = ReportingPeriod.Forms.RANGE.matcher(s);
    if (!m.matches()) {
      throw new ValueParseException("date range", text,
          "expected yyyy-MM-dd/yyyy-MM-dd (end exclusive), with .. for an open end");
    }
    LocalDate start = m.group(1).equals("..") ? LocalDate.MIN
        : Texts.date("date range", text, m.group(1));
    LocalDate end = m.group(2).equals("..") ? LocalDate.MAX
        : Texts.date("date range", text, m.group(2));
    return Texts.build("date range", text, () -> new DateRange(start, end));
  }

  /**
   * Obtains a date from its ISO text {@code yyyy-MM-dd}, four-digit years only, as every date in a
   * document is written; surrounding whitespace is ignored.
   *
   * @param text the text, e.g. "2024-07-01", not null
   * @return the date, not null
   * @throws ValueParseException if the text is not such a date or the day does not exist
   */
  public static LocalDate parseDate(CharSequence text) {
    return Texts.date("date", text, Texts.strip(text));
  }

  /**
   * Checks if the range has no start.
   *
   * @return true if every day before the end is in the range
   */
  public boolean isUnboundedStart() {
    return start.equals(LocalDate.MIN);
  }

  /**
   * Checks if the range has no end.
   *
   * @return true if every day from the start on is in the range
   */
  public boolean isUnboundedEnd() {
    return endExclusive.equals(LocalDate.MAX);
  }

  /**
   * Checks if both ends are bounded.
   *
   * @return true if the range has a start and an end
   */
  public boolean isBounded() {
    return !isUnboundedStart() && !isUnboundedEnd();
  }

  /**
   * Obtains the last day; {@link LocalDate#MAX} when the range has no end.
   *
   * @return the last day, not null
   */
  @Override
  public LocalDate endInclusive() {
    return isUnboundedEnd() ? LocalDate.MAX : endExclusive.minusDays(1);
  }

  /**
   * Checks if this range shares at least one day with another period.
   *
   * @param other the other period, not null
   * @return true if they overlap
   */
  public boolean overlaps(ReportingPeriod other) {
    return start.isBefore(other.endExclusive()) && other.start().isBefore(endExclusive);
  }

  /**
   * Checks if this range and another meet with no gap and no overlap.
   *
   * @param other the other range, not null
   * @return true if one ends on the day the other starts
   */
  public boolean abuts(DateRange other) {
    return endExclusive.equals(other.start) || other.endExclusive.equals(start);
  }

  /**
   * Obtains the days this range shares with another.
   *
   * @param other the other range, not null
   * @return the shared days, or empty if the ranges do not overlap
   */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = endExclusive.isBefore(other.endExclusive) ? endExclusive : other.endExclusive;
    return Optional.of(new DateRange(s, e));
  }

  /**
   * Obtains the smallest range holding this range and another.
   *
   * @param other the other range, not null
   * @return the span, from the earlier start to the later end, not null
   */
  public DateRange span(DateRange other) {
    return new DateRange(start.isBefore(other.start) ? start : other.start,
        endExclusive.isAfter(other.endExclusive) ? endExclusive : other.endExclusive);
  }

  /**
   * Obtains the number of days in the range.
   *
   * @return the length in days
   * @throws InvalidValueException if the range is unbounded
   */
  @Override
  public long lengthInDays() {
    requireBounded("lengthInDays");
    return ReportingPeriod.super.lengthInDays();
  }

  @Override
  public boolean isWholeMonths() {
    return isBounded() && ReportingPeriod.super.isWholeMonths();
  }

  /**
   * Obtains the range of equal length that ends where this one starts.
   *
   * @return the previous range, not null
   * @throws InvalidValueException if the range is unbounded
   */
  @Override
  public DateRange previousEquivalent() {
    requireBounded("previousEquivalent");
    return new DateRange(start.minusDays(lengthInDays()), start);
  }

  /**
   * Obtains the same days one year earlier. The start moves back a year (29 February becomes
   * 28 February); so does the last day, except that a last day at the end of its month maps to the
   * end of the same month a year earlier, so that a range ending 28 February 2025 maps to one
   * ending 29 February 2024 and no day of a whole month is lost.
   *
   * @return the range a year before, not null
   * @throws InvalidValueException if the range is unbounded
   */
  @Override
  public DateRange sameLastYear() {
    requireBounded("sameLastYear");
    LocalDate last = endInclusive();
    LocalDate lastBefore = last.minusYears(1);
    if (last.equals(last.with(TemporalAdjusters.lastDayOfMonth()))) {
      lastBefore = lastBefore.with(TemporalAdjusters.lastDayOfMonth());
    }
    return new DateRange(start.minusYears(1), lastBefore.plusDays(1));
  }

  private void requireBounded(String operation) {
    InvalidValueException.require(isBounded(),
        operation + ": range " + this + " is unbounded and has no " + operation);
  }

  @Override
  public int compareTo(DateRange other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return (isUnboundedStart() ? ".." : start.toString()) + "/"
        + (isUnboundedEnd() ? ".." : endExclusive.toString());
  }
}
