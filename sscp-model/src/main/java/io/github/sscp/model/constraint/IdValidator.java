package io.github.sscp.model.constraint;

import io.github.sscp.model.base.Ids;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Id}: the element is null or {@link Ids#isId an id}. Hibernate Validator creates it; there is no need to use it directly.
 */
public final class IdValidator implements ConstraintValidator<Id, CharSequence> {

  /** Creates the validator. */
  public IdValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Ids.isId(value);
  }
}
