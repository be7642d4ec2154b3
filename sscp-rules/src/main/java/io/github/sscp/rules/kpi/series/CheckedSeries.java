package io.github.sscp.rules.kpi.series;

import org.jspecify.annotations.Nullable;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationSeries;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A series that has passed the checks every calculator needs: all values finite, counts not
 * negative, each period once, all periods of one kind, sorted by period (or kept in order when
 * there are no periods). It knows the months or quarters missing inside it and where they fall.
 *
 * <p>The only way to obtain one is {@link #of(List, boolean)} (or its siblings), which checks; no
 * unchecked series can exist.
 *
 * <p>Immutable, thread-safe value type.
 */
public final class CheckedSeries {

  private final List<SeriesPoint> points;
  private final List<ReportingPeriod> missing;
  private final List<Boolean> gapBefore;

  private CheckedSeries(List<SeriesPoint> points, List<ReportingPeriod> missing,
      List<Boolean> gapBefore) {
    this.points = List.copyOf(points);
    this.missing = List.copyOf(missing);
    this.gapBefore = List.copyOf(gapBefore);
  }

  /**
   * Obtains the points.
   *
   * @return the points, sorted by period (or in their order when they have none), not null
   */
  public List<SeriesPoint> points() {
    return points;
  }

  /**
   * Obtains the months or quarters missing between the first and last point.
   *
   * @return the missing periods, in order, not null
   */
  public List<ReportingPeriod> missing() {
    return missing;
  }

  /**
   * Obtains, for each point, whether one or more periods are missing just before it.
   *
   * @return one flag per point, not null
   */
  public List<Boolean> gapBefore() {
    return gapBefore;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CheckedSeries c && c.points.equals(points) && c.missing.equals(missing)
        && c.gapBefore.equals(gapBefore);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  @Override
  public String toString() {
    return "CheckedSeries" + points;
  }

  /**
   * Checks points, allowing negative values.
   *
   * @param points the points, in any order if they have periods, not null
   * @return the checked series, not null
   * @throws SeriesException naming the period or position at fault
   */
  public static CheckedSeries of(List<SeriesPoint> points) {
    return of(points, false);
  }

  /**
   * Checks points, refusing negative values when they are counts.
   *
   * @param points the points, in any order if they have periods, not null
   * @param counts whether the values are counts, which cannot be negative
   * @return the checked series, not null
   * @throws SeriesException naming the period or position at fault
   */
  public static CheckedSeries of(List<SeriesPoint> points, boolean counts) {
    boolean withPeriods = !points.isEmpty() && points.get(0).period().isPresent();
    Class<?> kind = null;
    for (int i = 0; i < points.size(); i++) {
      SeriesPoint p = points.get(i);
      if (!Double.isFinite(p.value())) {
        throw new SeriesException(p.where(i) + ": value " + p.value() + " is not a finite number");
      }
      if (counts && p.value() < 0) {
        throw new SeriesException(p.where(i) + ": a count cannot be negative, but is " + p.value());
      }
      if (p.period().isPresent() != withPeriods) {
        throw new SeriesException(p.where(i) + ": every point needs a period, or none does");
      }
      if (withPeriods) {
        Class<?> k = p.period().orElseThrow().getClass();
        if (kind == null) {
          kind = k;
        } else if (k != kind) {
          throw new SeriesException(p.where(i) + ": periods of different kinds in one series ("
              + kind.getSimpleName() + " and " + k.getSimpleName() + ")");
        }
      }
    }
    List<SeriesPoint> sorted = new ArrayList<>(points);
    if (withPeriods) {
      sorted.sort(Comparator.comparing((SeriesPoint p) -> p.period().orElseThrow().start())
          .thenComparing(p -> p.period().orElseThrow().endExclusive()));
      Set<List<Object>> seen = new HashSet<>();
      for (SeriesPoint p : sorted) {
        ReportingPeriod period = p.period().orElseThrow();
        if (!seen.add(List.of(period.start(), period.endExclusive()))) {
          throw new SeriesException(period + ": the period is given twice");
        }
      }
    }
    List<ReportingPeriod> missing = new ArrayList<>();
    List<Boolean> gapBefore = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean gap = false;
      if (i > 0 && withPeriods) {
        ReportingPeriod expected = next(sorted.get(i - 1).period().orElseThrow());
        ReportingPeriod actual = sorted.get(i).period().orElseThrow();
        while (expected != null && expected.start().isBefore(actual.start())) {
          missing.add(expected);
          gap = true;
          expected = next(expected);
        }
      }
      gapBefore.add(gap);
    }
    return new CheckedSeries(sorted, missing, gapBefore);
  }

  /**
   * Reads a model series: one point per current observation, suppressed ones left out (and so
   * missing).
   *
   * @param series the series, not null
   * @param counts whether the values are counts
   * @return the checked series, not null
   * @throws SeriesException naming the period at fault
   */
  public static CheckedSeries of(ObservationSeries series, boolean counts) {
    List<SeriesPoint> points = new ArrayList<>();
    for (Observation o : series.observations()) {
      o.value().ifPresent(v -> points.add(SeriesPoint.of(o.period(), v.doubleValue())));
    }
    return of(points, counts);
  }

  /** The next month or quarter; null for kinds with no fixed successor. */
  private static @Nullable ReportingPeriod next(ReportingPeriod p) {
    if (p instanceof CalendarMonth m) {
      return m.plusMonths(1);
    } else if (p instanceof Quarter q) {
      return q.plusQuarters(1);
    }
    return null;
  }

  /**
   * Obtains the values, in order.
   *
   * @return the values, not null
   */
  public double[] values() {
    double[] v = new double[points.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = points.get(i).value();
    }
    return v;
  }

  /**
   * Obtains the number of points.
   *
   * @return the size
   */
  public int size() {
    return points.size();
  }

  /**
   * Obtains the period of a point, if the series has periods.
   *
   * @param i the position
   * @return the period, or empty
   */
  public Optional<ReportingPeriod> period(int i) {
    return points.get(i).period();
  }

  /**
   * Obtains the kind of period, if the series has periods.
   *
   * @return the kind, or empty
   */
  public Optional<Class<? extends ReportingPeriod>> kind() {
    return points.isEmpty() ? Optional.empty() : points.get(0).period().map(ReportingPeriod::getClass);
  }
}
