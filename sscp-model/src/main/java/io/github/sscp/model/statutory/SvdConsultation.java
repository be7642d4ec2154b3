package io.github.sscp.model.statutory;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consultation of a relevant authority on the serious violence strategy.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface SvdConsultation extends WithSvdConsultation {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The authority consulted, by organisation id. */
  @Id
  @RefersTo(Organisation.class)
  String organisationId();

  /** Which kind of relevant authority it is. */
  RelevantAuthorityKind kind();

  /** When it was consulted. */
  Optional<LocalDate> consultedOn();

  /** Builder for {@link SvdConsultation}. */
  class Builder extends ImmutableSvdConsultation.Builder {}
}
