package io.github.sscp.model.funding;

import io.github.sscp.model.InvalidValueException;
import io.github.sscp.model.ValueParseException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in pounds sterling, to the penny at most, held as a {@link BigDecimal} so that no binary
 * floating point ever touches it. Canonical text {@code "GBP 1100000.00"}; amounts compare equal
 * whatever their scale ({@code 1.5} and {@code 1.50} are the same money).
 *
 * @param amount the amount in pounds, with at most two decimal places, not null
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

  /** The only currency sscp handles. */
  public static final String CURRENCY = "GBP";

  /** Zero pounds. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  /**
   * Creates money, normalising the scale to two places.
   *
   * @param amount the amount in pounds, not null
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    InvalidValueException.require(amount.stripTrailingZeros().scale() <= 2,
        "amount: " + amount.toPlainString() + " has fractions of a penny");
    amount = amount.setScale(2);
  }

  /**
   * Obtains money from an amount in pounds.
   *
   * @param amount the amount, at most two decimal places, not null
   * @return the money, not null
   */
  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  /**
   * Obtains money from whole pounds.
   *
   * @param pounds the whole pounds
   * @return the money, not null
   */
  public static Money ofPounds(long pounds) {
    return new Money(BigDecimal.valueOf(pounds));
  }

  /**
   * Obtains money from its canonical text {@code "GBP 12.34"} or a plain decimal {@code "12.34"}.
   *
   * @param text the text, not null
   * @return the money, not null
   * @throws ValueParseException if the text is not an amount in pounds
   */
  public static Money parse(CharSequence text) {
    String s = text.toString().trim();
    String number = s.startsWith(CURRENCY + " ") ? s.substring(4) : s;
    try {
      return new Money(new BigDecimal(number));
    } catch (NumberFormatException e) {
      throw new ValueParseException("money", text, "GBP and a decimal amount, e.g. GBP 1100000.00");
    }
  }

  /**
   * Obtains the sum of this and another amount; this one is unchanged.
   *
   * @param other the other amount, not null
   * @return the sum, not null
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

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return CURRENCY + " " + amount.toPlainString();
  }
}
