package io.github.sscp.model.governance;

import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A line of accountability: a body reports to another at a cadence, e.g. a district CSP's action
 * plan, RAG-rated, six-monthly to overview and scrutiny.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface ReportingLine extends WithReportingLine, io.github.sscp.model.base.HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The body reported to, by id. */
  @Id
  @RefersTo(GovernanceBody.class)
  String toBodyId();

  /** How often. */
  Frequency frequency();

  /** What is reported. */
  @Size(min = 1, message = "must name at least one kind of report")
  Set<ReportKind> reports();

  /** Builder for {@link ReportingLine}. */
  class Builder extends ImmutableReportingLine.Builder {}
}
