/**
 * Home Office police recorded crime by community safety partnership: the open-data layout
 * (Financial Year, Financial Quarter, Force Name, CSP Name, Offence Description, Offence Group,
 * Offence Subgroup, Offence Code, Number of Offences) and the re-keyed extract layout sscp's
 * examples use; quarterly counts per partnership and offence grouping. Negative counts (recording
 * corrections) are kept and flagged, never dropped; the April 2017 reclassification of burglary is
 * a structured {@link io.github.sscp.model.measure.SeriesBreak}.
 */
@NullMarked
@SscpStyle
package io.github.sscp.data.homeoffice;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
