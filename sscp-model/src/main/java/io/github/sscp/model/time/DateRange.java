package io.github.sscp.model.time;

import io.github.sscp.model.InvalidValueException;
import io.github.sscp.model.ValueParseException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A half-open range of dates {@code [start, endExclusive)}, at least one day long, e.g. a strategy's
 * period {@code 2022-04-01/2027-04-01}. Use {@link #ofClosed} to give the last day instead.
 *
 * @param start the first day, not null
 * @param endExclusive the day after the last day, after {@code start}, not null
 */
public record DateRange(LocalDate start, LocalDate endExclusive) implements ReportingPeriod {

  /**
   * Creates a range, checking that it is not empty.
   *
   * @param start the first day, not null
   * @param endExclusive the day after the last, not null
   */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    InvalidValueException.require(endExclusive.isAfter(start),
        "endExclusive: " + endExclusive + " must be after start " + start);
    Years.check("start", start.getYear());
    Years.check("endExclusive", endExclusive.getYear());
  }

  /**
   * Obtains a half-open range.
   *
   * @param startInclusive the first day, not null
   * @param endExclusive the day after the last day, not null
   * @return the range, not null
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
   */
  public static DateRange ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(endInclusive, "endInclusive");
    return new DateRange(startInclusive, endInclusive.plusDays(1));
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
   * Obtains a range from its canonical text {@code start/endExclusive}.
   *
   * @param text the text, e.g. "2024-04-01/2025-04-01", not null
   * @return the range, not null
   * @throws ValueParseException if the text is not a range
   */
  public static DateRange parse(CharSequence text) {
    var m = ReportingPeriod.Forms.RANGE.matcher(text);
    if (!m.matches()) {
      throw new ValueParseException("date range", text, "yyyy-MM-dd/yyyy-MM-dd (end exclusive)");
    }
    try {
      return of(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
    } catch (java.time.format.DateTimeParseException e) {
      throw new ValueParseException("date range", text, "real dates yyyy-MM-dd/yyyy-MM-dd");
    }
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

  @Override
  public DateRange previousEquivalent() {
    return new DateRange(start.minusDays(lengthInDays()), start);
  }

  @Override
  public DateRange sameLastYear() {
    return new DateRange(start.minusYears(1), endExclusive.minusYears(1));
  }

  @Override
  public String toString() {
    return start + "/" + endExclusive;
  }
}
