/**
 * The HTML board report: {@link io.github.sscp.cli.report.BoardReport} gathers what the board
 * sees, a precompiled jte template lays it out, and {@link io.github.sscp.cli.report.SvgChart}
 * draws each measure's SPC chart as inline SVG.
 */
@NullMarked
package io.github.sscp.cli.report;

import org.jspecify.annotations.NullMarked;
