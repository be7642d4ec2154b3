package io.github.sscp.model.measure;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import io.github.sscp.model.Provenance;
import io.github.sscp.model.geography.GeographyType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A defined, repeatable measure: what is counted, in what unit, how often, from which source, and
 * which direction is better. Focus areas bind it as a measure of success with a baseline and targets
 * ({@link MeasureBinding}); observations record its values.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface MeasureDefinition extends WithMeasureDefinition {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The id observations and bindings refer to. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
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

  /** The crime categories it counts, by id (see {@link CrimeCategories}). */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> crimeCategoryIds();

  /** The level of geography it is reported at. */
  Optional<GeographyType> geographyLevel();

  /** Counts below this are flagged "interpret with caution" in comparisons. */
  Optional<@PositiveOrZero Integer> smallNumberThreshold();

  /** Where this definition came from. */
  @Value.Default
  @Valid
  default Provenance provenance() {
    return Provenance.SUPPLIED;
  }

  /** Builder for {@link MeasureDefinition}. */
  class Builder extends ImmutableMeasureDefinition.Builder {}
}
