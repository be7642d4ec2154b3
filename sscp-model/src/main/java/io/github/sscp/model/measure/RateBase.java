package io.github.sscp.model.measure;

import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rate measure is per: e.g. offences per 1,000 residents, with the population estimate
 * taken from the ONS mid-2023 estimates.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface RateBase extends WithRateBase {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The multiplier, e.g. 1000 for "per 1,000". */
  @Positive
  int per();

  /** What is counted below the line. */
  DenominatorKind denominator();

  /** A description when the denominator is {@link DenominatorKind#OTHER}, or more detail. */
  Optional<@NotBlankIfPresent String> description();

  /** Where the denominator comes from, e.g. "ONS mid-year population estimates". */
  @NotBlank
  String source();

  /** The year the denominator is for, e.g. 2023. */
  @Positive
  int year();

  /** Builder for {@link RateBase}. */
  class Builder extends ImmutableRateBase.Builder {}
}
