package io.github.sscp.model.measure;

import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A break in a measure's series: from {@link #date()} on, figures are not comparable with earlier
 * ones, e.g. the Home Office's April 2017 reclassification of burglary (domestic burglary became
 * residential burglary). SPC can rebase at the first period that starts on or after the date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface SeriesBreak extends WithSeriesBreak {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The first day recorded the new way. */
  LocalDate date();

  /** Why the series breaks. */
  BreakKind kind();

  /** What changed, in plain words. */
  @NotBlank
  String description();

  /** Where the change is documented. */
  Optional<@NotBlankIfPresent String> source();

  /** The area it applies to, if only one; empty for every area. */
  Optional<GssCode> geography();

  /** Builder for {@link SeriesBreak}. */
  class Builder extends ImmutableSeriesBreak.Builder {}
}
