package io.github.sscp.rules.kpi;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.Baseline;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationSeries;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.rules.kpi.peer.PeerArea;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the engine needs to assess one measure: its polarity and kind of value, its series, its
 * recorded breaks, and, if set, its baseline, targets, tolerance policy and peers.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface KpiRequest extends WithKpiRequest {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains the request for a measure of success, from its definition, binding and series.
   * Suppressed observations have no value and so are missing from the series.
   *
   * @param measure the measure's definition, not null
   * @param binding the measure of success: baseline, targets, not null
   * @param series the measure's series for the area, not null
   * @param policy the tolerance policy, if one applies
   * @return the request, not null
   * @throws IllegalArgumentException if the binding or series is for another measure
   */
  static KpiRequest of(MeasureDefinition measure, MeasureBinding binding, ObservationSeries series,
      Optional<TolerancePolicy> policy) {
    if (!binding.measureId().equals(measure.id()) || !series.key().measureId().equals(measure.id())) {
      throw new IllegalArgumentException("measure " + measure.id() + ": the binding is for "
          + binding.measureId() + " and the series for " + series.key().measureId());
    }
    List<SeriesPoint> points = new ArrayList<>();
    for (Observation o : series.observations()) {
      o.value().ifPresent(v -> points.add(SeriesPoint.of(o.period(), v.doubleValue())));
    }
    return builder().measureId(measure.id()).polarity(measure.polarity())
        .valueType(measure.valueType()).points(points)
        .smallNumberThreshold(measure.smallNumberThreshold().map(Integer::doubleValue))
        .breaks(measure.breakDatesFor(series.key().geography())).baseline(binding.baseline())
        .targets(binding.targets()).tolerancePolicy(policy).build();
  }

  /**
   * Obtains the request for a measure of success of a partnership, with the partnership's own
   * series and the binding's tolerance policy (or the partnership's default).
   *
   * @param partnership the partnership, not null
   * @param binding the measure of success, not null
   * @return the request, not null
   * @throws IllegalArgumentException if the partnership does not define the measure
   */
  static KpiRequest from(Partnership partnership, MeasureBinding binding) {
    MeasureDefinition measure = partnership.measure(binding.measureId()).orElseThrow(() ->
        new IllegalArgumentException("measure " + binding.measureId() + " is not defined"));
    Optional<TolerancePolicy> policy = binding.tolerancePolicyId()
        .or(partnership::defaultTolerancePolicyId).flatMap(partnership::tolerancePolicy);
    return of(measure, binding, partnership.ownSeries(measure.id()), policy);
  }

  /** The measure's id. */
  String measureId();

  /** Which way is better. */
  Polarity polarity();

  /** The kind of value: counts are added up over windows and tested; others are averaged. */
  @Value.Default
  default ValueType valueType() {
    return ValueType.COUNT;
  }

  /** The measure's own small-number threshold, which takes the place of the policy's. */
  Optional<Double> smallNumberThreshold();

  /** The series, in any order. */
  List<SeriesPoint> points();

  /** First days recorded under new rules, for rebasing and window warnings. */
  List<LocalDate> breaks();

  /** The baseline, if set. */
  Optional<Baseline> baseline();

  /** The targets, if any. */
  List<Target> targets();

  /** The tolerance policy; without one, any shortfall is red. */
  Optional<TolerancePolicy> tolerancePolicy();

  /** The area's id among the peers. */
  Optional<String> areaId();

  /** The comparator group, the area included, with counts for the latest 12 months. */
  List<PeerArea> peers();

  /** Builder for {@link KpiRequest}. */
  class Builder extends ImmutableKpiRequest.Builder {}
}
