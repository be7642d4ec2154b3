/**
 * Funding: money without floating point, core budget allocations from partners (Southampton has
 * none) and funding bids and awards (about £1.1m from the Home Office, OPCC and others).
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.funding;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
