package io.github.sscp.model.strategy;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An annex to the strategy paper, e.g. Annex 2, the rolling 12-month comparison for key crime types,
 * which names the measures it compares and the comparison window.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Annex extends WithAnnex, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The annex number. */
  @Positive
  int number();

  /** Its title. */
  @NotBlank
  String title();

  /** What it holds. */
  AnnexKind kind();

  /** Whether its content is published. */
  @Value.Default
  default boolean published() {
    return true;
  }

  /** For a performance annex: the measures it shows, by id. */
  @RefersTo(MeasureDefinition.class)
  List<@Id String> measureIds();

  /** For a performance annex: the comparison window, e.g. rolling 12 months. */
  Optional<ReportingPeriod> comparisonPeriod();

  /** Builder for {@link Annex}. */
  class Builder extends ImmutableAnnex.Builder {}
}
