/**
 * Governance: the bodies that run and oversee the partnership (strategic board, Cabinet, scrutiny),
 * their meetings (a board workshop, a scheduled Cabinet consideration) and decisions, and the risks
 * the partnership manages.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.governance;

import io.github.sscp.model.SscpStyle;
import org.jspecify.annotations.NullMarked;
