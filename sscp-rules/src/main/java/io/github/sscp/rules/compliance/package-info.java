/**
 * The statutory compliance engine: the law on community safety partnerships in England and Wales
 * as dated, cited rules (docs/LAW.md's ids), each a small check that receives the law as it stood on
 * the date asked about. A {@link io.github.sscp.rules.compliance.Catalogue} evaluates a partnership
 * on a date into a {@link io.github.sscp.rules.compliance.ComplianceReport} of findings — who owes
 * the duty, what the evidence shows, where it is in the model, and what would satisfy the rule —
 * and computes a timeline of the dates on which any finding changes. Unverified law is advisory:
 * it never yields "not met".
 */
@NullMarked
package io.github.sscp.rules.compliance;

import org.jspecify.annotations.NullMarked;
