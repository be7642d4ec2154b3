/**
 * Statistical process control as NHS England's "Making Data Count" does it, following
 * NHSRplotthedots v0.2.2 exactly (docs/KPI-METHODS.md §1): XmR limits at 2.66 average moving ranges with
 * one-pass screening of large moving ranges, the four special-cause rules with their priority,
 * point types against the improvement direction, variation and assurance icons, rebasing, limits
 * fixed after n points and short-group warnings. Options that other SPC tools offer (run and trend
 * lengths, the 2023 two-in-three variant, an inclusive assurance test) are off by default, so the
 * default equals the reference. One deliberate difference: a missing period breaks runs, trends and
 * two-in-three windows, and the result names it.
 */
@NullMarked
@SscpStyle
package io.github.sscp.rules.kpi.spc;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
