/**
 * Governance: the bodies that run and oversee the partnership (strategic board, steering and
 * executive groups, Cabinet, crime and disorder scrutiny) with their seats, public access, cadence,
 * statutory functions and reporting lines; their meetings (a board workshop, a scheduled Cabinet
 * consideration, a scrutiny review) and decisions; and the risks the partnership manages.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.governance;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
