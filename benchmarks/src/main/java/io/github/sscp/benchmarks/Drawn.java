package io.github.sscp.benchmarks;

import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.testkit.Series;
import io.github.sscp.testkit.SeriesShape;
import io.github.sscp.testkit.SscpSamples;
import java.util.ArrayList;
import java.util.List;

/**
 * One series drawn from a shape and a seed, as plain values and as a checked series.
 *
 * @param values the counts
 * @param series the same counts with their periods
 */
record Drawn(double[] values, CheckedSeries series) {

  static Drawn of(SeriesShape shape, long seed) {
    double[] values = SscpSamples.of(Series.of(shape), seed).values();
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(SeriesPoint.of(shape.periodAt(i), values[i]));
    }
    return new Drawn(values, CheckedSeries.of(points, true));
  }
}
