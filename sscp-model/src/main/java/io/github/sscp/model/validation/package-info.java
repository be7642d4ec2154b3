/**
 * Validation: {@link io.github.sscp.model.validation.ModelValidator} reports every broken Jakarta
 * constraint, every dangling or duplicated id and every inconsistency between values in one call,
 * as {@link io.github.sscp.model.validation.Violation}s with property paths. {@link
 * io.github.sscp.model.constraint.Id}, {@link io.github.sscp.model.constraint.RefersTo} and {@link
 * io.github.sscp.model.constraint.IdScope} declare ids and references beside the attributes that
 * hold them.
 */
@NullMarked
package io.github.sscp.model.validation;

import org.jspecify.annotations.NullMarked;
