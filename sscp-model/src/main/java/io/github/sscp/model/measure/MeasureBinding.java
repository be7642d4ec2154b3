package io.github.sscp.model.measure;

import io.github.sscp.model.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure of success: a measure bound to a focus area, with its baseline, targets, RAG policy and
 * comparator group.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface MeasureBinding extends WithMeasureBinding {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a primary binding with no baseline or targets.
   *
   * @param measureId the measure's id, not null
   * @return the binding, not null
   */
  static MeasureBinding of(String measureId) {
    return builder().measureId(measureId).build();
  }

  /** The measure, by id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String measureId();

  /** How much weight it carries. */
  @Value.Default
  default BindingRole role() {
    return BindingRole.PRIMARY;
  }

  /** The baseline, if one is set. */
  Optional<@Valid Baseline> baseline();

  /** The targets, if any. */
  List<@Valid Target> targets();

  /** The RAG policy to apply, by id (policies live with the KPI engine). */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> ragPolicyId();

  /** The comparator group for peer comparison, by id. */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> comparatorGroupId();

  /** Builder for {@link MeasureBinding}. */
  class Builder extends ImmutableMeasureBinding.Builder {}
}
