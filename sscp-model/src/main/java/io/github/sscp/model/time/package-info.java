/**
 * Reporting periods and validity: calendar months, financial-year quarters, financial years
 * ("2024/25"), financial years to date, rolling 12-month windows, calendar years and date ranges,
 * each a half-open range of dates with one canonical text, {@code previousEquivalent()}, {@code
 * sameLastYear()} and {@code contains(date)}. {@link io.github.sscp.model.time.DateRange}, with its
 * optional unbounded ends, is also the model's one convention for what is valid when.
 */
@NullMarked
package io.github.sscp.model.time;

import org.jspecify.annotations.NullMarked;
