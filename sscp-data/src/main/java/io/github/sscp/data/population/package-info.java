/**
 * Populations for rates: the ONS Census 2011 and 2021 usual-resident counts of every local authority
 * district of England and Wales, bundled, and each community safety partnership's population summed
 * over its districts through the ONS district lookup.
 */
@NullMarked
@SscpStyle
package io.github.sscp.data.population;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
