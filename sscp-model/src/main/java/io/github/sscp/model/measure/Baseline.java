package io.github.sscp.model.measure;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Provenance;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reference value and period change is judged against, e.g. 2019/20 as a pre-pandemic baseline.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Baseline extends WithBaseline {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The baseline period. */
  ReportingPeriod period();

  /** The value in that period. */
  BigDecimal value();

  /** Why this baseline was chosen. */
  Optional<@NotBlankIfPresent String> rationale();

  /** Where the value came from. */
  @Value.Default
  @Valid
  default Provenance provenance() {
    return Provenance.SUPPLIED;
  }

  /** Builder for {@link Baseline}. */
  class Builder extends ImmutableBaseline.Builder {}
}
