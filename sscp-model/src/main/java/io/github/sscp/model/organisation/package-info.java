/**
 * Who is in the partnership: organisations, their memberships (responsible authorities by type,
 * co-operating and participating bodies, non-statutory partners by category), people and the
 * offices they hold (chair, lead Cabinet Member, partnership manager), and the managing team.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.organisation;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
