/**
 * Geography: ONS GSS codes ({@code E22…} partnerships, {@code E23…} police force areas, local
 * authorities), named geography references (with or without a known code), nations, local
 * government structures and comparator groups.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.geography;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
