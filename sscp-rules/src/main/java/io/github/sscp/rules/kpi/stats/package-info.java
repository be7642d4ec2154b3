/**
 * Exact statistics for counts of crime, as docs/KPI-METHODS.md §2 defines them: the conditional test of
 * two Poisson counts with R's "minlike" two-sided p-value (including R's relative tolerance of
 * 1e-7), the Clopper–Pearson interval for their rate ratio, Garwood exact and Byar intervals for one
 * count, the one-sample test of an observed count against an expected one, and Wheeler's
 * square-root difference. Distributions come from Apache Commons Statistics.
 */
@NullMarked
package io.github.sscp.rules.kpi.stats;

import org.jspecify.annotations.NullMarked;
