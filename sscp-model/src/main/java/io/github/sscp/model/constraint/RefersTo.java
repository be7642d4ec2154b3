package io.github.sscp.model.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an attribute holds the id (or ids) of another model value, e.g. {@code
 * @RefersTo(Organisation.class) String ownerOrganisationId()}. {@link io.github.sscp.model.validation.ModelValidator} resolves
 * every such attribute it meets anywhere in a partnership, so a reference declared here cannot be
 * left unchecked.
 *
 * <p>The target's ids are looked up within the nearest enclosing value of type {@link #within()}
 * (the whole partnership by default): a focus area's {@code priorityIds} name priorities of its own
 * strategy.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RefersTo {

  /**
   * The kind of value referred to.
   *
   * @return the model type whose ids are valid here
   */
  Class<?> value();

  /**
   * Where the target's ids are looked up.
   *
   * @return the enclosing model type, or {@link Object} for the whole partnership
   */
  Class<?> within() default Object.class;
}
