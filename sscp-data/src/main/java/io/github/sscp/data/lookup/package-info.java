/**
 * Area lookups: local authority district → community safety partnership → police force area, in
 * the ONS lookup layout, with the December 2019 vintage bundled. police.uk names each LSOA after its
 * district ("Southampton 001A"), which places street-level rows in a partnership.
 */
@NullMarked
@SscpStyle
package io.github.sscp.data.lookup;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
