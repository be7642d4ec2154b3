package io.github.sscp.model.measure;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a measure should achieve by a period. Absolute, percentage-change and peer-rank targets carry
 * a value (held in canonical form); the others do not.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Target extends WithTarget, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a direction-only target.
   *
   * @param by the period it applies to, not null
   * @return the target, not null
   */
  static Target directionOnly(ReportingPeriod by) {
    return builder().type(TargetType.DIRECTION_ONLY).by(by).build();
  }

  /** How the target is expressed. */
  TargetType type();

  /** The number, for types that need one. */
  Optional<BigDecimal> value();

  /** The period by which (or for which) it applies. */
  ReportingPeriod by();

  /**
   * Construction invariant: a value exactly when the type needs one; and normalisation of it.
   *
   * @return this target, or its normalised copy
   */
  @Value.Check
  default Target normalise() {
    InvalidValueException.require(type().needsValue() == value().isPresent(),
        "value: a " + type() + " target " + (type().needsValue() ? "needs" : "must not have")
            + " a value");
    Optional<BigDecimal> v = value().map(x -> Decimals.canonical("value", x));
    return v.equals(value()) ? this : builder().from(this).value(v).build();
  }

  /** Builder for {@link Target}. */
  class Builder extends ImmutableTarget.Builder {}
}
