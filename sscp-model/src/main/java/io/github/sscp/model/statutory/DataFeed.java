package io.github.sscp.model.statutory;

import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the data-feed register: a relevant authority supplies a depersonalised dataset to
 * the others (CDA 1998 s17A, SI 2007/1831), e.g. the police's quarterly ASB incident data, with the
 * last period it has supplied.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface DataFeed extends WithDataFeed {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The feed's id. */
  @Id
  String id();

  /** The supplier, by organisation id. */
  @Id
  @RefersTo(Organisation.class)
  String supplierOrganisationId();

  /** The dataset, e.g. "ASB incidents by sub-category". */
  @NotBlank
  String dataset();

  /** How often it is supplied. */
  Frequency frequency();

  /** The last period supplied, e.g. 2024/25 Q2. */
  Optional<ReportingPeriod> lastPeriodSupplied();

  /** Who receives it, by organisation id; empty for every responsible authority. */
  @RefersTo(Organisation.class)
  List<@Id String> recipientOrganisationIds();

  /** Builder for {@link DataFeed}. */
  class Builder extends ImmutableDataFeed.Builder {}
}
