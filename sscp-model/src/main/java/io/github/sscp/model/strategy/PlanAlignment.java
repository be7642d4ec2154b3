package io.github.sscp.model.strategy;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the strategy fits another plan, e.g. the council's corporate priority "A Proud and Resilient
 * City", and specifically its commitment to "help communities feel safer within their neighbourhoods
 * with a sense of belonging".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface PlanAlignment extends WithPlanAlignment {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The kind of plan. */
  ExternalPlanKind planKind();

  /** The plan's name. */
  @NotBlank
  String planName();

  /** The organisation that owns the plan, by id. */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> ownerOrganisationId();

  /** The external priority, e.g. "A Proud and Resilient City". */
  @NotBlank
  String externalPriority();

  /** The specific commitment within it, if named. */
  Optional<@NotBlankIfPresent String> commitment();

  /** This strategy's priorities that serve it, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> priorityIds();

  /** Builder for {@link PlanAlignment}. */
  class Builder extends ImmutablePlanAlignment.Builder {}
}
