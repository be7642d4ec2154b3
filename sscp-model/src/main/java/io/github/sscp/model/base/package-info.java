/**
 * The model's base types, which every other package of the model uses and which use none of them:
 * {@link io.github.sscp.model.base.Provenance} (where a value comes from, and whether it is
 * illustrative), the shared Immutables style, the id syntax, the {@link
 * io.github.sscp.model.base.PersonalData} marker and the exceptions, all under {@link
 * io.github.sscp.model.base.SscpException}.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.base;

import org.jspecify.annotations.NullMarked;
