package io.github.sscp.model.time;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.ValueParseException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A quarter of a UK financial year: Q1 April–June, Q2 July–September, Q3 October–December, Q4
 * January–March. Canonical text {@code "2024/25 Q1"}. Home Office CSP recorded-crime tables are
 * published by these quarters.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param financialYear the financial year, not null
 * @param quarter the quarter number, 1 to 4
 */
public record Quarter(FinancialYear financialYear, int quarter)
    implements ReportingPeriod, Comparable<Quarter> {

  private static final Comparator<Quarter> ORDER =
      Comparator.comparing(Quarter::financialYear).thenComparingInt(Quarter::quarter);

  /**
   * Creates a quarter, checking the quarter number.
   *
   * @param financialYear the financial year, not null
   * @param quarter the quarter, 1 to 4
   * @throws InvalidValueException if the quarter is not 1 to 4
   */
  public Quarter {
    Objects.requireNonNull(financialYear, "financialYear");
    InvalidValueException.require(quarter >= 1 && quarter <= 4,
        () -> "quarter: must be 1 to 4 but was " + quarter);
  }

  /**
   * Obtains a quarter.
   *
   * @param financialYear the financial year, not null
   * @param quarter the quarter, 1 to 4
   * @return the quarter, not null
   * @throws InvalidValueException if the quarter is not 1 to 4
   */
  public static Quarter of(FinancialYear financialYear, int quarter) {
    return new Quarter(financialYear, quarter);
  }

  /**
   * Obtains the quarter that holds a date.
   *
   * @param date the date, not null
   * @return the quarter, not null
   */
  public static Quarter from(LocalDate date) {
    FinancialYear fy = FinancialYear.from(date);
    int monthsIn = (date.getMonthValue() + 8) % 12;  // April = 0
    return new Quarter(fy, monthsIn / 3 + 1);
  }

  /**
   * Obtains the current quarter from a clock.
   *
   * @param clock the clock, not null
   * @return the quarter holding today's date, not null
   */
  public static Quarter now(Clock clock) {
    return from(LocalDate.now(clock));
  }

  /**
   * Obtains a quarter from its canonical text, ignoring surrounding whitespace.
   *
   * @param text the text, e.g. "2024/25 Q1", not null
   * @return the quarter, not null
   * @throws ValueParseException if the text is not a quarter
   */
  public static Quarter parse(CharSequence text) {
    String s = Texts.strip(text);
    if (!Texts.shaped(s, ReportingPeriod.Forms.QUARTER_SHAPE)) {
      throw new ValueParseException("quarter", text, "expected yyyy/yy Qn, e.g. 2024/25 Q1");
    }
    FinancialYear fy = FinancialYear.parse(s.substring(0, 7));
    int q = s.charAt(9) - '0';
    return Texts.build("quarter", text, () -> new Quarter(fy, q));
  }

  @Override
  public LocalDate start() {
    return financialYear.start().plusMonths(3L * (quarter - 1));
  }

  @Override
  public LocalDate endExclusive() {
    return start().plusMonths(3);
  }

  @Override
  public Quarter previousEquivalent() {
    return plusQuarters(-1);
  }

  @Override
  public Quarter sameLastYear() {
    return new Quarter(financialYear.minusYears(1), quarter);
  }

  /**
   * Obtains a quarter later than this one; this one is unchanged.
   *
   * @param quarters the number of quarters to add, may be negative
   * @return the quarter, not null
   * @throws InvalidValueException if the result is out of range
   */
  public Quarter plusQuarters(long quarters) {
    if (quarters == 0) {
      return this;
    }
    long index = financialYear.startYear() * 4L + (quarter - 1) + quarters;
    return new Quarter(FinancialYear.of(Math.toIntExact(Math.floorDiv(index, 4))),
        Math.floorMod(index, 4) + 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return financialYear + " Q" + quarter;
  }
}
