/**
 * The evidence base: strategic assessments (annual, refreshed or topic; a district's feeding the
 * county's; Serious Violence Duty needs assessments), public surveys and records of community
 * engagement.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.evidence;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
