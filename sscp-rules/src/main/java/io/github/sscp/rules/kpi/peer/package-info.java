/**
 * An area's position among its peers (docs/KPI-METHODS.md §3): its rank (1 = best for the measure's
 * polarity), the peer mean of rates (unweighted, the area included, as Most Similar Group averages
 * are), the exact one-sample test of its count against the count expected at the peer mean rate,
 * its place on a funnel plot, and the ±1 standard deviation band as a descriptive figure only.
 * Without populations there are no rates, only the rank of each area's percentage change.
 */
@NullMarked
@SscpStyle
package io.github.sscp.rules.kpi.peer;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
