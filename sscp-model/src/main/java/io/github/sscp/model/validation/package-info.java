/**
 * Validation: {@link io.github.sscp.model.validation.ModelValidator} reports every broken Jakarta
 * constraint and every dangling or duplicated id in one call, as {@link
 * io.github.sscp.model.validation.Violation}s with property paths.
 */
@NullMarked
package io.github.sscp.model.validation;

import org.jspecify.annotations.NullMarked;
