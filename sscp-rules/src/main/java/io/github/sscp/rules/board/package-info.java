/**
 * The board pack: everything a community safety partnership's strategic board reads before it
 * meets, as one value. {@link io.github.sscp.rules.board.PackPreparation} assesses every measure of
 * success as of one date (with rates per 1,000 residents and peers ranked on rate where
 * populations are known), reconciles SPC, the year-on-year test and the target in one sentence,
 * ranks what needs the board's attention, splits the law by who owes each duty, and lists actions,
 * funding, risks and law coming; {@link io.github.sscp.rules.board.Changes} says what changed since
 * the last board. {@link io.github.sscp.rules.board.Words} writes figures and results for people.
 */
@NullMarked
@SscpStyle
package io.github.sscp.rules.board;

import io.github.sscp.model.base.SscpStyle;
import org.jspecify.annotations.NullMarked;
