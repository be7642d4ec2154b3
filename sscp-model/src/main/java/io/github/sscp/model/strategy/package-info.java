/**
 * The strategy: its kind, owners, period, status and revisions, the statutory strands it declares
 * (dated by revision), overarching priorities (with aliases), key crime issues and their
 * sub-issues, focus areas (Southampton's "obsessions") with data summary, what needs to be done,
 * actions and measures of success, tactical programmes, planning documents, the performance
 * framework, scheduled reviews, alignments with other plans, annexes and the communications plan.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.strategy;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
