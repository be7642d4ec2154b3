package io.github.sscp.model.strategy;

import io.github.sscp.model.Ids;
import io.github.sscp.model.time.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
public interface Annex extends WithAnnex {

  /** Obtains a new builder. */
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
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> measureIds();

  /** For a performance annex: the comparison window, e.g. rolling 12 months. */
  Optional<ReportingPeriod> comparisonPeriod();

  /** Where the annex's described content came from. */
  @Value.Default
  @jakarta.validation.Valid
  default io.github.sscp.model.Provenance provenance() {
    return io.github.sscp.model.Provenance.SUPPLIED;
  }

  /** Builder for {@link Annex}. */
  class Builder extends ImmutableAnnex.Builder {}
}
