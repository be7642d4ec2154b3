package io.github.sscp.model.measure;

import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure of success: a measure bound to a focus area, with its baseline, targets, tolerance
 * policy and comparator group.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface MeasureBinding extends WithMeasureBinding {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
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
  @Id
  @RefersTo(MeasureDefinition.class)
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

  /**
   * The tolerance policy that rates it against its targets, by id; empty for the partnership's
   * default.
   */
  @RefersTo(TolerancePolicy.class)
  Optional<@Id String> tolerancePolicyId();

  /** The comparator group for peer comparison, by id. */
  @RefersTo(ComparatorGroup.class)
  Optional<@Id String> comparatorGroupId();

  /** Builder for {@link MeasureBinding}. */
  class Builder extends ImmutableMeasureBinding.Builder {}
}
