/**
 * Two-window comparisons of a monthly or quarterly series, as a board's "Annex 2" table makes
 * them: the latest 12 months against the 12 before, the financial year to date against the same
 * months a year earlier, and the latest period against a baseline. Each gives the absolute and
 * percentage change, the exact test of the two counts (docs/KPI-METHODS.md §2), a caution when the
 * counts are small and a warning when the windows straddle a recording break.
 */
@NullMarked
@SscpStyle
package io.github.sscp.rules.kpi.window;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
