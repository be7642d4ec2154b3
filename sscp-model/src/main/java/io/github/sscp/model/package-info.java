/**
 * The sscp domain model: a Community Safety Partnership ({@link io.github.sscp.model.Partnership})
 * and everything it holds, as immutable values. This package holds the root, the shared Immutables
 * style, provenance and the model's exceptions; sub-packages hold time, geography, organisations,
 * strategy, measures, evidence, governance and funding, and the validator.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model;

import org.jspecify.annotations.NullMarked;
