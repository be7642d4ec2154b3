package io.github.sscp.model.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The element, when present, must hold a non-whitespace character. Use it inside {@code Optional}
 * ({@code Optional<@NotBlankIfPresent String>}): Jakarta's {@code @NotBlank} would reject an empty
 * optional, which Hibernate Validator unwraps to null.
 */
@Documented
@Constraint(validatedBy = NotBlankIfPresentValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
public @interface NotBlankIfPresent {

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default "must not be blank";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
