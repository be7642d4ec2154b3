package io.github.sscp.model.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type or accessor whose values are personal data under UK GDPR (e.g. a named officer's
 * telephone number). Public views and redaction drop anything so marked; it is retained at run time
 * so that serialisers and reports can find it by reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
public @interface PersonalData {}
