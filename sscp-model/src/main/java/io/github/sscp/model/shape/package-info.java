/**
 * The model's shape, described once: for each value type (an Immutables value or a record) its
 * attributes — name, declared type, whether a document must give it, how to read it, how to build
 * the value, its Jakarta constraints, whether it refers to another value ({@link
 * io.github.sscp.model.constraint.RefersTo}), holds personal data ({@link
 * io.github.sscp.model.base.PersonalData}) or holds dates. The reference check, the validator, the
 * compliance engine's date walk and the JSON format all read the model through {@link
 * io.github.sscp.model.shape.ValueShape}, so a new attribute is handled everywhere as soon as it is
 * declared. This is the only package of sscp that uses reflection.
 */
@NullMarked
package io.github.sscp.model.shape;

import org.jspecify.annotations.NullMarked;
