/**
 * Measures of success and their data: measure definitions (value type, unit, polarity, frequency,
 * data source, crime categories, rate base and series breaks), bindings of a measure to a focus
 * area with baseline, targets and tolerance policy, crime categories (police.uk and Home Office code
 * systems), and append-only observations read back as series.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.measure;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
