package io.github.sscp.model.strategy;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the strategy fits another plan or a statutory framework, e.g. the council's corporate
 * priority "A Proud and Resilient City", the police and crime plan, or the goals of the Well-being
 * of Future Generations (Wales) Act. An alignment need not name one priority of the other plan.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface PlanAlignment extends WithPlanAlignment {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The kind of plan or framework. */
  ExternalPlanKind planKind();

  /** The plan's name. */
  @NotBlank
  String planName();

  /** The statute the framework rests on, e.g. "Well-being of Future Generations (Wales) Act 2015". */
  Optional<@NotBlankIfPresent String> statute();

  /** The organisation that owns the plan, by id. */
  @RefersTo(Organisation.class)
  Optional<@Id String> ownerOrganisationId();

  /** The other plan's priority or goal, e.g. "A Proud and Resilient City", where one is named. */
  Optional<@NotBlankIfPresent String> externalPriority();

  /** The specific commitment within it, if named. */
  Optional<@NotBlankIfPresent String> commitment();

  /** This strategy's priorities that serve it, by id. */
  @RefersTo(value = Priority.class, within = Strategy.class)
  List<@Id String> priorityIds();

  /** Builder for {@link PlanAlignment}. */
  class Builder extends ImmutablePlanAlignment.Builder {}
}
