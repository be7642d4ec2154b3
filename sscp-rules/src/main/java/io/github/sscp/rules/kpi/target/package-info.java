/**
 * Red, amber and green against a target, with the partnership's tolerance policy, read through the
 * measure's polarity: absolute targets, percentage change from a baseline, direction only, the
 * previous year's outturn and peer targets. No value gives "no data"; a target that cannot be
 * judged (no baseline, no better direction) gives "not rated", each with its reason.
 */
@NullMarked
@SscpStyle
package io.github.sscp.rules.kpi.target;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
