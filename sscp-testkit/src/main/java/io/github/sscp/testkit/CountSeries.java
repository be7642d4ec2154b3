package io.github.sscp.testkit;

import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.BreakKind;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.SeriesBreak;
import io.github.sscp.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated series of crime counts: one count per period, in order, with the shape it was drawn
 * from. Gaps and duplicates in the shape appear here as missing and repeated periods.
 *
 * @param shape the shape drawn from, not null
 * @param periods the periods, in order, not null
 * @param counts the counts, one per period, not null
 * @param points the 0-based point of the shape each entry came from, not null
 */
public record CountSeries(SeriesShape shape, List<ReportingPeriod> periods, List<Long> counts,
    List<Integer> points) {

  /**
   * Creates a series, checking the lists line up.
   *
   * @param shape the shape
   * @param periods the periods
   * @param counts the counts
   * @param points the points
   */
  public CountSeries {
    Objects.requireNonNull(shape, "shape");
    periods = List.copyOf(periods);
    counts = List.copyOf(counts);
    points = List.copyOf(points);
    if (periods.size() != counts.size() || points.size() != counts.size()) {
      throw new IllegalArgumentException("periods, counts and points must be the same length");
    }
  }

  /**
   * Obtains the series as observations, with ids {@code <measureId>-<index>}; points recorded under
   * a new recording rule carry a quality note saying so.
   *
   * @param measureId the measure's id, not null
   * @param geography the area, not null
   * @return the observations, in order, not null
   */
  public List<Observation> toObservations(String measureId, GssCode geography) {
    return toObservations(measureId, Optional.of(geography));
  }

  /**
   * Obtains the series as observations of the partnership's own area (no GSS code), with ids
   * {@code <measureId>-<index>}.
   *
   * @param measureId the measure's id, not null
   * @return the observations, in order, not null
   */
  public List<Observation> toObservations(String measureId) {
    return toObservations(measureId, Optional.empty());
  }

  /**
   * Obtains the recording-rule break of the shape as the structured break a measure carries: from
   * the start of the first period recorded the new way.
   *
   * @return the break, or empty if the shape has none
   */
  public Optional<SeriesBreak> recordingBreak() {
    if (shape.recordingBreakAt() < 0) {
      return Optional.empty();
    }
    return Optional.of(SeriesBreak.builder()
        .date(shape.periodAt(shape.recordingBreakAt()).start()).kind(BreakKind.RECORDING_RULE)
        .description("Generated recording-rule change: counts are scaled from this period")
        .build());
  }

  /**
   * Obtains the counts as numbers, in order.
   *
   * @return the counts, not null
   */
  public double[] values() {
    return counts.stream().mapToDouble(Long::doubleValue).toArray();
  }

  private List<Observation> toObservations(String measureId, Optional<GssCode> geography) {
    List<Observation> out = new ArrayList<>(counts.size());
    for (int i = 0; i < counts.size(); i++) {
      Observation.Builder b = Observation.builder().id(measureId + "-" + i).measureId(measureId)
          .geography(geography).period(periods.get(i)).value(BigDecimal.valueOf(counts.get(i)));
      if (shape.recordingBreakAt() >= 0 && points.get(i) == shape.recordingBreakAt()) {
        b.qualityNote("Recording rule changed from this period: not comparable with earlier periods");
      }
      out.add(b.build());
    }
    return List.copyOf(out);
  }
}
