package io.github.sscp.model.funding;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.ValueParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in pounds sterling, to the penny at most, held as a {@link BigDecimal} so that no binary
 * floating point ever touches it. Canonical text {@code "GBP 1100000.00"}; amounts compare equal
 * whatever their scale ({@code 1}, {@code 1.0} and {@code 1.00} are the same money). Amounts are
 * below one thousand trillion pounds (15 digits before the point), so no amount read from text can
 * cost more than a few digits of work.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param amount the amount in pounds, with at most two decimal places, not null
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  /** The only currency sscp handles. */
  public static final String CURRENCY = "GBP";

  /** The most digits before the point. */
  public static final int MAX_POUND_DIGITS = 15;

  /** Zero pounds. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1," + MAX_POUND_DIGITS + "}(\\.\\d{1,2})?");

  /**
   * Creates money, normalising the scale to two places.
   *
   * @param amount the amount in pounds, not null
   * @throws InvalidValueException if it has fractions of a penny or is too large
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    InvalidValueException.require(amount.abs().compareTo(BigDecimal.TEN.pow(MAX_POUND_DIGITS)) < 0,
        "amount: " + abbreviate(amount) + " has more than " + MAX_POUND_DIGITS
            + " digits of pounds");
    InvalidValueException.require(amount.stripTrailingZeros().scale() <= 2,
        "amount: " + abbreviate(amount) + " has fractions of a penny");
    amount = amount.setScale(2);
  }

  private static String abbreviate(BigDecimal amount) {
    String s = amount.toString();
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /**
   * Obtains money from an amount in pounds.
   *
   * @param amount the amount, at most two decimal places, not null
   * @return the money, not null
   * @throws InvalidValueException if it has fractions of a penny or is too large
   */
  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  /**
   * Obtains money from whole pounds.
   *
   * @param pounds the whole pounds
   * @return the money, not null
   * @throws InvalidValueException if the amount is too large
   */
  public static Money ofPounds(long pounds) {
    return new Money(BigDecimal.valueOf(pounds));
  }

  /**
   * Obtains money from its canonical text {@code "GBP 12.34"} or a plain decimal {@code "12.34"},
   * ignoring surrounding whitespace. Exponents ({@code 1e5}), grouping commas and more than two
   * decimal places are refused.
   *
   * @param text the text, not null
   * @return the money, not null
   * @throws ValueParseException if the text is not an amount in pounds
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    String number = s.startsWith(CURRENCY + " ") ? s.substring(CURRENCY.length() + 1) : s;
    if (!DECIMAL.matcher(number).matches()) {
      throw new ValueParseException("money", text, "expected GBP and a decimal amount with up to "
          + MAX_POUND_DIGITS + " digits of pounds and 2 of pence, e.g. GBP 1100000.00");
    }
    return new Money(new BigDecimal(number));
  }

  /**
   * Obtains the sum of this and another amount; this one is unchanged.
   *
   * @param other the other amount, not null
   * @return the sum, not null
   * @throws InvalidValueException if the sum is too large
   */
  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  /**
   * Checks if the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Formats the amount as people write it: {@code £1,100,000}, or {@code £12.50} when there are
   * pence.
   *
   * @return the formatted amount, not null
   */
  public String formatted() {
    DecimalFormat f = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
        DecimalFormatSymbols.getInstance(Locale.UK));
    return (isNegative() ? "-£" : "£") + f.format(amount.abs());
  }

  /**
   * Formats the amount briefly, as in a board paper: {@code £1.1m}, {@code £250k}, {@code £950}.
   * Millions and thousands keep at most one decimal place, rounded half up.
   *
   * @return the abbreviated amount, not null
   */
  public String abbreviated() {
    BigDecimal a = amount.abs();
    String sign = isNegative() ? "-£" : "£";
    BigDecimal thousands = a.movePointLeft(3).setScale(1, RoundingMode.HALF_UP);
    if (thousands.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
      return sign + a.movePointLeft(6).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
          .toPlainString() + "m";
    } else if (a.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
      return sign + thousands.stripTrailingZeros().toPlainString() + "k";
    }
    return formatted();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return CURRENCY + " " + amount.toPlainString();
  }
}
