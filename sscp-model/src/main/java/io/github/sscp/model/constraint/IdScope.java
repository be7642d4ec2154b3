package io.github.sscp.model.constraint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares where a model type's ids must be unique: within the nearest enclosing value of the
 * given type. Types without it have ids unique across the whole partnership.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IdScope {

  /**
   * The enclosing model type within which ids are unique.
   *
   * @return the type, e.g. {@code Strategy.class} for priorities
   */
  Class<?> value();
}
