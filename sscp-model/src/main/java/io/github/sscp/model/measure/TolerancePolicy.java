package io.github.sscp.model.measure;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a partnership turns "how far is this measure from its target" into red, amber or green, in the
 * style of Pentana's red and amber variances. The shortfall is how much worse than the target the
 * value is, read through the measure's polarity (above a target is worse when lower is better); it
 * is zero or negative when the target is met.
 *
 * <ul>
 *   <li>shortfall ≤ {@link #amberBeyond()}: GREEN</li>
 *   <li>{@link #amberBeyond()} &lt; shortfall ≤ {@link #redBeyond()}: AMBER</li>
 *   <li>shortfall &gt; {@link #redBeyond()}: RED</li>
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
   * @param amberBeyond the percentage shortfall beyond which a measure is amber, at least 0
   * @param redBeyond the percentage shortfall beyond which it is red, at least {@code amberBeyond}
   * @return the policy, not null
   */
  static TolerancePolicy relative(String id, BigDecimal amberBeyond, BigDecimal redBeyond) {
    return builder().id(id).mode(ToleranceMode.RELATIVE).amberBeyond(amberBeyond)
        .redBeyond(redBeyond).build();
  }

  /** The policy's id. */
  @Id
  String id();

  /** A name for people, e.g. "Board default: amber beyond 5%, red beyond 10%". */
  Optional<@NotBlankIfPresent String> name();

  /** Whether the tolerances are absolute or a percentage of the target. */
  ToleranceMode mode();

  /** The shortfall beyond which a measure is amber rather than green; 0 makes any shortfall amber. */
  BigDecimal amberBeyond();

  /** The shortfall beyond which a measure is red rather than amber. */
  BigDecimal redBeyond();

  /** Construction invariant: 0 ≤ amberBeyond ≤ redBeyond, both in canonical form. */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals")  // on purpose: a different scale is what needs normalising
  default TolerancePolicy normalise() {
    BigDecimal amber = Decimals.canonical("amberBeyond", amberBeyond());
    BigDecimal red = Decimals.canonical("redBeyond", redBeyond());
    InvalidValueException.require(amber.signum() >= 0,
        "amberBeyond: tolerance policy " + id() + " has a negative amber tolerance " + amber);
    InvalidValueException.require(red.compareTo(amber) >= 0,
        "redBeyond: tolerance policy " + id() + " turns red at " + red.toPlainString()
            + ", before it turns amber at " + amber.toPlainString());
    if (amber.equals(amberBeyond()) && red.equals(redBeyond())) {
      return this;
    }
    return builder().from(this).amberBeyond(amber).redBeyond(red).build();
  }

  /** Builder for {@link TolerancePolicy}. */
  class Builder extends ImmutableTolerancePolicy.Builder {}
}
