/**
 * Real crime data into sscp observations, streamed and fully accounted for. Every reader reports
 * what it read into an {@link io.github.sscp.data.ImportLog}: rows read and used, rows skipped by
 * reason, every bad row with its file and line, the areas and periods seen. In
 * {@link io.github.sscp.data.ImportMode#STRICT} mode the first bad row stops the import with an
 * {@link io.github.sscp.data.ImportException}. Nothing is dropped without being counted.
 */
@NullMarked
@SscpStyle
package io.github.sscp.data;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
