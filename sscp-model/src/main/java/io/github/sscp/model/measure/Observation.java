package io.github.sscp.model.measure;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import io.github.sscp.model.InvalidValueException;
import io.github.sscp.model.Provenance;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of a measure for a geography and period, e.g. 229 residential burglaries in Southampton
 * in 2024/25 Q1. Observations are never edited: a revision is a new observation that {@link
 * #supersedesId() supersedes} the old one (see {@link ObservationLog}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Observation extends WithObservation {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The observation's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** The measure, by id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String measureId();

  /** The geography the value is for. */
  GssCode geography();

  /** The period the value is for. */
  ReportingPeriod period();

  /** The value. */
  BigDecimal value();

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
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> supersedesId();

  /** A note on data quality, e.g. a recording-rule change. */
  Optional<@NotBlankIfPresent String> qualityNote();

  /** Where the value came from. */
  @Value.Default
  @Valid
  default Provenance provenance() {
    return Provenance.SUPPLIED;
  }

  /** Construction invariants: no self-supersession, and a revision names what it revises. */
  @Value.Check
  default void check() {
    InvalidValueException.require(!supersedesId().equals(Optional.of(id())),
        "supersedesId: observation " + id() + " cannot supersede itself");
    InvalidValueException.require(status() != ObservationStatus.REVISED || supersedesId().isPresent(),
        "supersedesId: REVISED observation " + id() + " must name the observation it supersedes");
  }

  /** Builder for {@link Observation}. */
  class Builder extends ImmutableObservation.Builder {}
}
