/**
 * The statutory records a partnership keeps, as data for the compliance engine to judge: reviews
 * commissioned after a death (domestic homicide and domestic abuse related death reviews, offensive
 * weapons homicide reviews), ASB case review arrangements and their annual figures, county
 * community safety agreements, information sharing, the Serious Violence Duty partnership and a
 * combination agreement for a merged partnership.
 */
@NullMarked
@SscpStyle
package io.github.sscp.model.statutory;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
