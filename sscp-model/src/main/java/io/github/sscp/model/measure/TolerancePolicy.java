package io.github.sscp.model.measure;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a partnership turns "how far is this measure from its target" into red, amber or green, in the
 * usual meaning of a RAG rating. The shortfall is how much worse than the target the value is, read
 * through the measure's polarity (above a target is worse when lower is better); it is zero or
 * negative when the target is met.
 *
 * <ul>
 *   <li>shortfall ≤ 0 (met or better): GREEN</li>
 *   <li>0 &lt; shortfall ≤ {@link #tolerance()}: AMBER</li>
 *   <li>shortfall &gt; {@link #tolerance()}: RED</li>
 * </ul>
 *
 * <p>With {@link ToleranceMode#RELATIVE} the shortfall is a percentage of the target's size. The
 * KPI engine evaluates the policy; measures of success name it by id.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface TolerancePolicy extends WithTolerancePolicy {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a relative policy.
   *
   * @param id the policy's id, not null
   * @param tolerance the percentage shortfall within which a measure is amber, at least 0
   * @return the policy, not null
   */
  static TolerancePolicy relative(String id, BigDecimal tolerance) {
    return builder().id(id).mode(ToleranceMode.RELATIVE).tolerance(tolerance).build();
  }

  /** The policy's id. */
  @Id
  String id();

  /** A name for people, e.g. "Board default: amber when up to 10% short, red beyond". */
  Optional<@NotBlankIfPresent String> name();

  /** Whether the tolerances are absolute or a percentage of the target. */
  ToleranceMode mode();

  /**
   * The shortfall within which a measure that misses its target is amber rather than red, in the
   * measure's unit or, when relative, as a percentage of the target; 0 makes any shortfall red.
   */
  BigDecimal tolerance();

  /** Construction invariant: the tolerance is 0 or more, in canonical form. */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals")  // on purpose: a different scale is what needs normalising
  default TolerancePolicy normalise() {
    BigDecimal t = Decimals.canonical("tolerance", tolerance());
    InvalidValueException.require(t.signum() >= 0,
        "tolerance: tolerance policy " + id() + " has a negative tolerance " + t.toPlainString());
    return t.equals(tolerance()) ? this : builder().from(this).tolerance(t).build();
  }

  /** Builder for {@link TolerancePolicy}. */
  class Builder extends ImmutableTolerancePolicy.Builder {}
}
