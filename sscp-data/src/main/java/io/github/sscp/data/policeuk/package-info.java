/**
 * police.uk street-level crime files ({@code YYYY-MM-<force>-street.csv}, docs/KPI-METHODS.md §6): the
 * current 12-column layout and the older one, told apart by their headers; rows selected by area
 * (LSOA codes, a local-authority name, or a community safety partnership through an
 * {@link io.github.sscp.data.lookup.AreaLookup}); counted by month and police.uk category (and
 * optionally outcome); single files, folders and zip archives of many months and forces.
 */
@NullMarked
@SscpStyle
package io.github.sscp.data.policeuk;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
