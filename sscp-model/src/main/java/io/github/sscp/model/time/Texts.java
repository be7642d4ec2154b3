package io.github.sscp.model.time;

import io.github.sscp.model.base.ValueParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reading the parts of canonical period texts with messages that name the text and the problem in
 * plain words. Every period parser ignores leading and trailing whitespace and nothing else.
 */
final class Texts {

  private Texts() {}

  /** Strips leading and trailing whitespace, the one leniency every parser allows. */
  static String strip(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return text.toString().strip();
  }

  /**
   * Builds a value from parsed parts, turning a broken invariant (a year out of range, a month
   * outside its financial year) into a parse failure that quotes the text.
   */
  static <T> T build(String what, CharSequence whole, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ValueParseException e) {
      throw e;
    } catch (io.github.sscp.model.base.InvalidValueException e) {
      throw new ValueParseException(what, whole, String.valueOf(e.getMessage()));
    }
  }

  /** Reads {@code yyyy-MM} from a part of {@code whole}, for the named kind of period. */
  /**
   * Checks a text against a shape in which {@code d} is an ASCII digit and every other character
   * stands for itself: what the regular expression with {@code \\d} in its place matches, without
   * compiling one (every period and date a document holds is read through here).
   */
  static boolean shaped(String s, String shape) {
    if (s.length() != shape.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = shape.charAt(i);
      char x = s.charAt(i);
      if (c == 'd' ? x < '0' || x > '9' : x != c) {
        return false;
      }
    }
    return true;
  }

  static YearMonth yearMonth(String what, CharSequence whole, String part) {
    if (!shaped(part, "dddd-dd")) {
      throw new ValueParseException(what, whole, "expected a month yyyy-MM, e.g. 2024-05");
    }
    int month = Integer.parseInt(part.substring(5));
    if (month < 1 || month > 12) {
      throw new ValueParseException(what, whole, "month " + part.substring(5)
          + " is not between 01 and 12");
    }
    return YearMonth.of(Integer.parseInt(part.substring(0, 4)), month);
  }

  /** Reads {@code yyyy-MM-dd} from a part of {@code whole}, for the named kind of period. */
  static LocalDate date(String what, CharSequence whole, String part) {
    if (!shaped(part, "dddd-dd-dd")) {
      throw new ValueParseException(what, whole, "expected a date yyyy-MM-dd, e.g. 2024-04-01");
    }
    YearMonth month = yearMonth(what, whole, part.substring(0, 7));
    int day = Integer.parseInt(part.substring(8));
    if (day < 1 || day > month.lengthOfMonth()) {
      throw new ValueParseException(what, whole, "day " + part.substring(8) + " does not exist in "
          + month);
    }
    return month.atDay(day);
  }
}
