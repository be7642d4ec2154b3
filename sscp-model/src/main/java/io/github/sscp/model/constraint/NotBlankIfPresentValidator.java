package io.github.sscp.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NotBlankIfPresent}: the element is null or holds a character other than
 * space, tab, line feed, vertical tab, form feed or carriage return (the regular expression
 * {@code \S}). Hibernate Validator creates it; there is no need to use it directly.
 */
public final class NotBlankIfPresentValidator implements ConstraintValidator<NotBlankIfPresent, CharSequence> {

  /** Creates the validator. */
  public NotBlankIfPresentValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || hasNonWhitespace(value);
  }

  private static boolean hasNonWhitespace(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }
}
