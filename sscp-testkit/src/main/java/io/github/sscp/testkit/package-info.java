/**
 * The sscp testkit: valid, varied, shrinkable values of every sscp model type and realistic
 * crime-count series. {@link io.github.sscp.testkit.SscpGen} gives QuickTheories generators; {@link
 * io.github.sscp.testkit.SscpSamples} gives the same values from a plain {@code long} seed, for any
 * other property-testing library or a {@code @ParameterizedTest}. Both run one set of recipes
 * written against {@link io.github.sscp.testkit.Draws}.
 */
@NullMarked
package io.github.sscp.testkit;

import org.jspecify.annotations.NullMarked;
