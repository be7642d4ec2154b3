package io.github.sscp.model.measure;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.IdScope;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of a measure for an area, period and (optionally) breakdown, e.g. 213 residential
 * burglaries in Southampton in 2024/25 Q1. Observations are never edited: a revision is a new
 * observation that {@link #supersedesId() supersedes} the old one (see {@link ObservationLog}).
 *
 * <p>Normalised when built: the value loses trailing zeros ({@code 1.0} is {@code 1}), and a date
 * range that is exactly a month, quarter, financial year or calendar year becomes that period, so
 * that one figure has one key ({@link SeriesKey} plus the period's days).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@IdScope(ObservationLog.class)
public interface Observation extends WithObservation, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The observation's id, unique in its log. When not given it is derived, as {@link
   * #derivedId(String, Optional, Map, ReportingPeriod)} says: {@code
   * residential-burglary/e22000120/2024-25-q1}.
   */
  @Id
  @Value.Default
  default String id() {
    return derivedId(measureId(), geography(), breakdown(), period());
  }

  /** The measure, by id. */
  @Id
  @RefersTo(MeasureDefinition.class)
  String measureId();

  /** The area the value is for; empty for the partnership's own area. */
  Optional<GssCode> geography();

  /**
   * The breakdown the value is for, as dimension → category, e.g. {@code crimeCategory →
   * police-uk/burglary} or {@code outcome → Unable to prosecute suspect}; empty for the total.
   */
  Map<@NotBlank String, @NotBlank String> breakdown();

  /** The period the value is for: bounded, and in its standard kind. */
  ReportingPeriod period();

  /** The value; empty only when the source suppressed it. */
  Optional<BigDecimal> value();

  /** For a rate or percentage: the count above the line. */
  Optional<BigDecimal> numerator();

  /** For a rate or percentage: the count below the line. */
  Optional<BigDecimal> denominator();

  /** How settled the value is. */
  @Value.Default
  default ObservationStatus status() {
    return ObservationStatus.FINAL;
  }

  /** Where the value was taken from, e.g. the name of a published table. */
  Optional<@NotBlankIfPresent String> source();

  /** When the value was extracted from its source. */
  Optional<LocalDate> extractedAt();

  /** The earlier observation this one corrects, by id. */
  @RefersTo(value = Observation.class, within = ObservationLog.class)
  Optional<@Id String> supersedesId();

  /** A note on data quality, e.g. a recording-rule change. */
  Optional<@NotBlankIfPresent String> qualityNote();

  /**
   * Derives an observation's id from what it is a value of: the measure, then the area's GSS code
   * in lower case (or {@code own} for the partnership's own area), then the period's canonical text
   * in lower case with every run of other characters made a hyphen ({@code 2024/25 Q1} becomes
   * {@code 2024-25-q1}), then each breakdown category, by dimension, likewise. An id that would be
   * longer than 200 characters keeps its first 180 and ends with a hash of the whole.
   *
   * @param measureId the measure's id, not null
   * @param geography the area, or empty for the partnership's own, not null
   * @param breakdown the breakdown, not null
   * @param period the period, not null
   * @return the id, not null
   */
  static String derivedId(String measureId, Optional<GssCode> geography, Map<String, String> breakdown,
      ReportingPeriod period) {
    StringBuilder id = new StringBuilder(measureId).append('/')
        .append(geography.map(c -> c.value().toLowerCase(java.util.Locale.ROOT)).orElse("own"))
        .append('/').append(slug(ReportingPeriod.standardised(period).toString()));
    new java.util.TreeMap<>(breakdown).values().forEach(v -> id.append('/').append(slug(v)));
    if (id.length() <= 200) {
      return id.toString();
    }
    return id.substring(0, 180).replaceAll("[._/-]+$", "") + "/"
        + Integer.toHexString(id.toString().hashCode() & 0x7fffffff);
  }

  private static String slug(String text) {
    String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    return s.isEmpty() ? "x" : s;
  }

  /**
   * Obtains the series this observation belongs to.
   *
   * @return its measure, area and breakdown, not null
   */
  default SeriesKey seriesKey() {
    return new SeriesKey(measureId(), geography(), breakdown());
  }

  /**
   * Construction invariants (no self-supersession, a revision names what it revises, a value unless
   * suppressed, a bounded period) and normalisation of the value and the period.
   *
   * @return this observation, or its normalised copy
   */
  @Value.Check
  default Observation normalise() {
    InvalidValueException.require(!supersedesId().equals(Optional.of(id())),
        () -> "supersedesId: observation " + id() + " cannot supersede itself");
    InvalidValueException.require(status() != ObservationStatus.REVISED || supersedesId().isPresent(),
        () -> "supersedesId: REVISED observation " + id() + " must name the observation it supersedes");
    InvalidValueException.require(value().isPresent() || status() == ObservationStatus.SUPPRESSED,
        () -> "value: observation " + id() + " has no value; only a SUPPRESSED observation may lack one");
    InvalidValueException.require(
        !(period() instanceof DateRange r) || r.isBounded(),
        () -> "period: observation " + id() + " is for the unbounded range " + period());
    Optional<BigDecimal> value = value().map(v -> Decimals.canonical("value", v));
    Optional<BigDecimal> numerator = numerator().map(v -> Decimals.canonical("numerator", v));
    Optional<BigDecimal> denominator = denominator().map(v -> Decimals.canonical("denominator", v));
    ReportingPeriod period = ReportingPeriod.standardised(period());
    if (value.equals(value()) && numerator.equals(numerator()) && denominator.equals(denominator())
        && period.equals(period())) {
      return this;
    }
    return builder().from(this).value(value).numerator(numerator).denominator(denominator)
        .period(period).build();
  }

  /** Builder for {@link Observation}. */
  class Builder extends ImmutableObservation.Builder {}
}
