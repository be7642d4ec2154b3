package io.github.sscp.rules.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A number, period or date the law sets, as data: the ASB case review's threshold of three
 * complaints, a 12-month scrutiny interval, the day police and crime commissioners took office.
 * Checks read parameters through their {@link Context}, and the compliance timeline takes its
 * candidate dates from them, so the law's numbers are written once, dated and cited.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param id the parameter's id, e.g. "asb-case-review.threshold", not null
 * @param words what it is, in words, not null
 * @param value its value: a whole number, a number of months ("12 months") or a date, not null
 * @param from the first day it has this value; empty when it is itself a date that always holds
 * @param citation the provision that sets it, not null
 * @param confidence how sure the law is, not null
 */
public record LawParameter(String id, String words, String value, Optional<LocalDate> from,
    String citation, Confidence confidence) {

  /**
   * Creates a parameter.
   *
   * @param id the id
   * @param words the words
   * @param value the value
   * @param from the first day
   * @param citation the citation
   * @param confidence the confidence
   */
  public LawParameter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(confidence, "confidence");
  }

  /**
   * Reads the value as a date.
   *
   * @return the date
   * @throws IllegalStateException if the value is not a date
   */
  public LocalDate date() {
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalStateException(id + " is not a date: " + value, e);
    }
  }

  /**
   * Reads the value as a number of months.
   *
   * @return the months
   * @throws IllegalStateException if the value is not "N months"
   */
  public int months() {
    if (!value.endsWith(" months") && !value.endsWith(" month")) {
      throw new IllegalStateException(id + " is not a number of months: " + value);
    }
    return Integer.parseInt(value.substring(0, value.indexOf(' ')));
  }

  /**
   * Reads the value as a whole number.
   *
   * @return the number
   * @throws IllegalStateException if the value is not a whole number
   */
  public int number() {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(id + " is not a number: " + value, e);
    }
  }
}
