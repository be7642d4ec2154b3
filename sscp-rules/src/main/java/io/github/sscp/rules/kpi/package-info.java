/**
 * The KPI engine: one honest verdict per measure. {@link io.github.sscp.rules.kpi.KpiEngine} runs
 * the parts a {@link io.github.sscp.rules.kpi.KpiPolicy} asks for — Making Data Count SPC, the
 * rolling 12-month and year-to-date comparisons with their exact tests, the baseline comparison, the
 * target rating and the peer position — and gives a {@link io.github.sscp.rules.kpi.KpiAssessment}
 * with a headline status, the signal that decided it and why, and every part's result. Each part
 * is also usable alone from its own package.
 */
@NullMarked
@SscpStyle
package io.github.sscp.rules.kpi;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
