package io.github.sscp.model.measure;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A defined, repeatable measure: what is counted, in what unit, how often, from which source, and
 * which direction is better. Focus areas bind it as a measure of success with a baseline and targets
 * ({@link MeasureBinding}); observations record its values. Breaks in its series (a recording-rule
 * change) are data, so that SPC can rebase at them; a rate says what it is per.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface MeasureDefinition extends WithMeasureDefinition, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The id observations and bindings refer to. */
  @Id
  String id();

  /** A local code, e.g. "3.1.1e" in a coded indicator set. */
  Optional<@NotBlankIfPresent String> code();

  /** The measure's name, e.g. "Residential burglary offences". */
  @NotBlank
  String name();

  /** A fuller description: what is counted and how. */
  Optional<@NotBlankIfPresent String> description();

  /** What kind of number it produces. */
  ValueType valueType();

  /** The unit, e.g. "offences" or "per 1,000 residents". */
  @NotBlank
  String unit();

  /** Which direction is improvement. */
  Polarity polarity();

  /** How often it is reported. */
  Frequency frequency();

  /** Where its figures come from. */
  @Valid
  DataSource dataSource();

  /** The crime categories it counts, by id (see {@link io.github.sscp.model.measure.CrimeCategories}). */
  @RefersTo(CrimeCategory.class)
  List<@Id String> crimeCategoryIds();

  /** The level of geography it is reported at. */
  Optional<GeographyType> geographyLevel();

  /** Counts below this are flagged "interpret with caution" in comparisons. */
  Optional<@PositiveOrZero Integer> smallNumberThreshold();

  /** For a rate: what it is per and where the denominator comes from. */
  Optional<@Valid RateBase> rateBase();

  /** Dates from which the series is not comparable with what came before, oldest first. */
  List<@Valid SeriesBreak> breaks();

  /**
   * Obtains the breaks that apply to an area.
   *
   * @param geography the area, or empty for the partnership's own, not null
   * @return the breaks for every area and for that one, oldest first, not null
   */
  default List<SeriesBreak> breaksFor(Optional<io.github.sscp.model.geography.GssCode> geography) {
    return breaks().stream()
        .filter(b -> b.geography().isEmpty() || b.geography().equals(geography))
        .sorted(java.util.Comparator.comparing(SeriesBreak::date))
        .toList();
  }

  /**
   * Obtains the dates of the breaks that apply to an area.
   *
   * @param geography the area, or empty for the partnership's own, not null
   * @return the first days recorded anew, oldest first, not null
   */
  default List<LocalDate> breakDatesFor(Optional<io.github.sscp.model.geography.GssCode> geography) {
    return breaksFor(geography).stream().map(SeriesBreak::date).distinct().toList();
  }

  /** Builder for {@link MeasureDefinition}. */
  class Builder extends ImmutableMeasureDefinition.Builder {}
}
