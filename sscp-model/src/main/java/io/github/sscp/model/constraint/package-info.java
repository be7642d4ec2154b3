/**
 * The constraints the model declares beside its attributes: {@link
 * io.github.sscp.model.constraint.Id} (an id's syntax), {@link
 * io.github.sscp.model.constraint.RefersTo} (a reference to another value by id), {@link
 * io.github.sscp.model.constraint.IdScope} (where ids must be unique) and {@link
 * io.github.sscp.model.constraint.NotBlankIfPresent}. They are checked by {@link
 * io.github.sscp.model.validation.ModelValidator}; this package depends on no other of the model
 * but its base.
 */
@NullMarked
package io.github.sscp.model.constraint;

import org.jspecify.annotations.NullMarked;
