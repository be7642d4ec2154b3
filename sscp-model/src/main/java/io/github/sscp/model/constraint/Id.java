package io.github.sscp.model.constraint;

import io.github.sscp.model.base.Ids;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The element is an sscp id ({@link Ids#PATTERN}). Violations carry the code {@code Id}. Use it on
 * an id attribute, and inside containers for references ({@code List<@Id String>}).
 */
@Documented
@Constraint(validatedBy = IdValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
public @interface Id {

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default Ids.MESSAGE;

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
