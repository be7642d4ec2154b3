package io.github.sscp.model.strategy;

import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the strategy's performance is reported: which measures, to which body and how often, e.g.
 * quarterly data reviews to the strategic board through a performance management framework.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface PerformanceFramework extends WithPerformanceFramework,
    io.github.sscp.model.base.HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The measures reported, by id. */
  @RefersTo(MeasureDefinition.class)
  List<@Id String> measureIds();

  /** The body they are reported to, by id. */
  @Id
  @RefersTo(GovernanceBody.class)
  String reportedToBodyId();

  /** How often. */
  Frequency frequency();

  /** Anything else about it, e.g. "data quality is variable". */
  Optional<@NotBlankIfPresent String> description();

  /** Builder for {@link PerformanceFramework}. */
  class Builder extends ImmutablePerformanceFramework.Builder {}
}
