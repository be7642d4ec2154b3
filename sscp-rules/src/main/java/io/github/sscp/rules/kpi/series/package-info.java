/**
 * Series as the KPI calculators read them: points of (period, value), checked once for the faults
 * that would give a silently wrong number — values that are not finite, negative counts, periods
 * given twice, periods of different kinds — and with the missing months or quarters found, so that
 * each calculator can refuse, warn or stop a run at a gap.
 */
@NullMarked
package io.github.sscp.rules.kpi.series;

import org.jspecify.annotations.NullMarked;
