package io.github.sscp.model.measure;

import io.github.sscp.model.base.InvalidValueException;
import java.math.BigDecimal;

/**
 * The one form every measured number takes in the model: no trailing zeros and no exponent, so
 * that {@code 1}, {@code 1.0} and {@code 1.00} are one value and compare equal; at most 18 digits
 * before the point and 10 after it.
 */
final class Decimals {
  static final int MAX_INTEGER_DIGITS = 18;
  static final int MAX_FRACTION_DIGITS = 10;

  private Decimals() {}

  /**
   * Obtains the canonical form of a number, checking its size.
   *
   * @param field the attribute, for the message
   * @param value the number
   * @return the same number without trailing zeros or a negative scale
   * @throws InvalidValueException if it has too many digits
   */
  static BigDecimal canonical(String field, BigDecimal value) {
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    InvalidValueException.require(v.precision() - v.scale() <= MAX_INTEGER_DIGITS,
        field + ": " + abbreviate(value) + " has more than " + MAX_INTEGER_DIGITS
            + " digits before the point");
    InvalidValueException.require(v.scale() <= MAX_FRACTION_DIGITS,
        field + ": " + abbreviate(value) + " has more than " + MAX_FRACTION_DIGITS
            + " digits after the point");
    return v.setScale(Math.max(0, v.scale()));
  }

  private static String abbreviate(BigDecimal value) {
    String s = value.toString();
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
