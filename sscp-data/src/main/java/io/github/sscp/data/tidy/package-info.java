/**
 * Tidy CSV, in and out: one observation per row, {@code measure,period,value} with optional
 * {@code area}, {@code status} and {@code source}, so that any other measure (survey results, ASB
 * incidents from a council system) can be brought in, and observations taken out to a spreadsheet.
 */
@NullMarked
@SscpStyle
package io.github.sscp.data.tidy;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
