/**
 * What the law names that the model records: the statutory strands of a community safety strategy
 * (Crime and Disorder Act 1998 s6(1)(a)–(d)), which a strategy declares and an assessment covers.
 * Whether the records satisfy the law on a date is for the compliance engine.
 */
@NullMarked
package io.github.sscp.model.law;

import org.jspecify.annotations.NullMarked;
