package io.github.sscp.model.measure;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reference value and period change is judged against, e.g. 2019/20 as a pre-pandemic baseline.
 * The value is held in canonical form ({@code 944.0} is {@code 944}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Baseline extends WithBaseline, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The baseline period. */
  ReportingPeriod period();

  /** The value in that period. */
  BigDecimal value();

  /** Why this baseline was chosen. */
  Optional<@NotBlankIfPresent String> rationale();

  /**
   * Normalises the value.
   *
   * @return this baseline, or its normalised copy
   */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals")  // on purpose: a different scale is what needs normalising
  default Baseline normalise() {
    BigDecimal v = Decimals.canonical("value", value());
    return v.equals(value()) ? this : builder().from(this).value(v).build();
  }

  /** Builder for {@link Baseline}. */
  class Builder extends ImmutableBaseline.Builder {}
}
