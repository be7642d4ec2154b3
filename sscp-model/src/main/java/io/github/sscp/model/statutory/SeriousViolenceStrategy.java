package io.github.sscp.model.statutory;

import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The strategy the Serious Violence Duty's specified authorities prepare and publish (PCSC Act 2022
 * s8(3)(c)).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface SeriousViolenceStrategy extends WithSeriousViolenceStrategy {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Its title. */
  @NotBlank
  String title();

  /** The period it covers. */
  Optional<ReportingPeriod> period();

  /** When it was published. */
  Optional<LocalDate> publishedOn();

  /** Where it is published. */
  Optional<@NotBlankIfPresent String> url();

  /** When a copy went to the Home Office. */
  Optional<LocalDate> sentToHomeOfficeOn();

  /** When it was reviewed, oldest first. */
  List<LocalDate> reviewedOn();

  /** Builder for {@link SeriousViolenceStrategy}. */
  class Builder extends ImmutableSeriousViolenceStrategy.Builder {}
}
