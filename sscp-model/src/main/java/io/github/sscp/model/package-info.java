/**
 * The sscp domain model: a Community Safety Partnership ({@link io.github.sscp.model.Partnership})
 * and everything it holds, as immutable values. This package holds the root alone; sub-packages hold
 * the base types and exceptions, constraints, time, geography, organisations, strategy, measures,
 * evidence, governance, funding, statutory records, the model's shape, and the validator.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
