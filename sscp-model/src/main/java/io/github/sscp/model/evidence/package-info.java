/**
 * The evidence base: annual strategic assessments (e.g. the Safe City Strategic Assessment 2022-23,
 * published on the Southampton Data Observatory) and public surveys.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.evidence;

import io.github.sscp.model.SscpStyle;
import org.jspecify.annotations.NullMarked;
