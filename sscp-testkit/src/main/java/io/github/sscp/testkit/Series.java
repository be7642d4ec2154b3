package io.github.sscp.testkit;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/** Recipes for crime-count series: Poisson counts drawn by inverting the exact distribution. */
public final class Series {

  private Series() {}

  /**
   * Obtains a recipe that draws a series of the given shape. A draw of zero gives each count its
   * smallest possible value, so QuickTheories shrinks toward low counts.
   *
   * @param shape the shape, not null
   * @return the recipe, not null
   */
  public static Recipe<CountSeries> of(SeriesShape shape) {
    return d -> {
      List<io.github.sscp.model.time.ReportingPeriod> periods = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      List<Integer> points = new ArrayList<>();
      for (int i = 0; i < shape.length(); i++) {
        long count = poisson(shape.expectedAt(i), d.unit());
        if (shape.gaps().contains(i)) {
          continue;
        }
        int copies = shape.duplicates().contains(i) ? 2 : 1;
        for (int c = 0; c < copies; c++) {
          periods.add(shape.periodAt(i));
          counts.add(c == 0 ? count : poisson(shape.expectedAt(i), d.unit()));
          points.add(i);
        }
      }
      return new CountSeries(shape, periods, counts, points);
    };
  }

  static long poisson(double mean, double u) {
    if (mean <= 0) {
      return 0;
    }
    return PoissonDistribution.of(mean).inverseCumulativeProbability(u);
  }
}
