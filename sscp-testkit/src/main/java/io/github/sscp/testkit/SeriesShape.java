package io.github.sscp.testkit;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a generated crime-count series looks like: monthly or quarterly periods from a start, a
 * stable Poisson mean, and optional features — a step shift, a linear trend, seasonality, isolated
 * outliers, a recording-rule break — and, for negative tests, gaps and duplicated periods.
 *
 * <p>The expected count at point {@code i} is {@code mean × (1 + trend·i) × season(i) × step(i) ×
 * break(i) × outlier(i)}, floored at zero; the count is a Poisson draw with that mean. Immutable:
 * every {@code with…} method returns a copy.
 */
public final class SeriesShape {

  private final ReportingPeriod start;
  private final int length;
  private final double mean;
  private final int stepAt;
  private final double stepFactor;
  private final double trendPerPeriod;
  private final double seasonalAmplitude;
  private final Set<Integer> outliers;
  private final double outlierFactor;
  private final int recordingBreakAt;
  private final double recordingBreakFactor;
  private final Set<Integer> gaps;
  private final Set<Integer> duplicates;

  private SeriesShape(ReportingPeriod start, int length, double mean, int stepAt, double stepFactor,
      double trendPerPeriod, double seasonalAmplitude, Set<Integer> outliers, double outlierFactor,
      int recordingBreakAt, double recordingBreakFactor, Set<Integer> gaps, Set<Integer> duplicates) {
    if (!(start instanceof CalendarMonth) && !(start instanceof Quarter)) {
      throw new IllegalArgumentException("start: a series starts at a CalendarMonth or a Quarter, not " + start);
    }
    if (length < 1 || !(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("length must be >= 1 and mean a finite number >= 0; got "
          + length + ", " + mean);
    }
    this.start = start;
    this.length = length;
    this.mean = mean;
    this.stepAt = stepAt;
    this.stepFactor = stepFactor;
    this.trendPerPeriod = trendPerPeriod;
    this.seasonalAmplitude = seasonalAmplitude;
    this.outliers = Set.copyOf(outliers);
    this.outlierFactor = outlierFactor;
    this.recordingBreakAt = recordingBreakAt;
    this.recordingBreakFactor = recordingBreakFactor;
    this.gaps = Set.copyOf(gaps);
    this.duplicates = Set.copyOf(duplicates);
  }

  /**
   * Obtains a stable monthly series.
   *
   * @param start the first month, not null
   * @param length the number of months, at least 1
   * @param mean the Poisson mean per month, at least 0
   * @return the shape, not null
   */
  public static SeriesShape monthly(CalendarMonth start, int length, double mean) {
    return new SeriesShape(start, length, mean, -1, 1, 0, 0, Set.of(), 1, -1, 1, Set.of(), Set.of());
  }

  /**
   * Obtains a stable quarterly series.
   *
   * @param start the first quarter, not null
   * @param length the number of quarters, at least 1
   * @param mean the Poisson mean per quarter, at least 0
   * @return the shape, not null
   */
  public static SeriesShape quarterly(Quarter start, int length, double mean) {
    return new SeriesShape(start, length, mean, -1, 1, 0, 0, Set.of(), 1, -1, 1, Set.of(), Set.of());
  }

  /**
   * Obtains this shape with the mean multiplied by a factor from one point on (a real change).
   *
   * @param at the first point with the new level, 0-based
   * @param factor the multiplier, e.g. 1.5 for a 50% rise
   * @return the shape, not null
   */
  public SeriesShape withStepAt(int at, double factor) {
    return new SeriesShape(start, length, mean, at, factor, trendPerPeriod, seasonalAmplitude,
        outliers, outlierFactor, recordingBreakAt, recordingBreakFactor, gaps, duplicates);
  }

  /**
   * Obtains this shape with a linear trend.
   *
   * @param perPeriod the change per period as a fraction of the mean, e.g. 0.01 for +1% a period
   * @return the shape, not null
   */
  public SeriesShape withTrend(double perPeriod) {
    return new SeriesShape(start, length, mean, stepAt, stepFactor, perPeriod, seasonalAmplitude,
        outliers, outlierFactor, recordingBreakAt, recordingBreakFactor, gaps, duplicates);
  }

  /**
   * Obtains this shape with a yearly cycle (12 months or 4 quarters), peaking in the first period.
   *
   * @param amplitude the swing as a fraction of the mean, 0 to 1
   * @return the shape, not null
   */
  public SeriesShape withSeasonality(double amplitude) {
    return new SeriesShape(start, length, mean, stepAt, stepFactor, trendPerPeriod, amplitude,
        outliers, outlierFactor, recordingBreakAt, recordingBreakFactor, gaps, duplicates);
  }

  /**
   * Obtains this shape with isolated outliers.
   *
   * @param factor the multiplier at each outlier, e.g. 3
   * @param at the outlying points, 0-based
   * @return the shape, not null
   */
  public SeriesShape withOutliers(double factor, Integer... at) {
    return new SeriesShape(start, length, mean, stepAt, stepFactor, trendPerPeriod, seasonalAmplitude,
        Set.of(at), factor, recordingBreakAt, recordingBreakFactor, gaps, duplicates);
  }

  /**
   * Obtains this shape with a recording-rule break: a level change from one point on that the data
   * mark with a quality note (like the April 2017 burglary reclassification).
   *
   * @param at the first point recorded under the new rule, 0-based
   * @param factor the multiplier from then on
   * @return the shape, not null
   */
  public SeriesShape withRecordingBreakAt(int at, double factor) {
    return new SeriesShape(start, length, mean, stepAt, stepFactor, trendPerPeriod, seasonalAmplitude,
        outliers, outlierFactor, at, factor, gaps, duplicates);
  }

  /**
   * Obtains this shape with points left out, for negative tests.
   *
   * @param at the missing points, 0-based
   * @return the shape, not null
   */
  public SeriesShape withGapsAt(Integer... at) {
    return new SeriesShape(start, length, mean, stepAt, stepFactor, trendPerPeriod, seasonalAmplitude,
        outliers, outlierFactor, recordingBreakAt, recordingBreakFactor, Set.of(at), duplicates);
  }

  /**
   * Obtains this shape with points whose period appears twice, for negative tests.
   *
   * @param at the duplicated points, 0-based
   * @return the shape, not null
   */
  public SeriesShape withDuplicatesAt(Integer... at) {
    return new SeriesShape(start, length, mean, stepAt, stepFactor, trendPerPeriod, seasonalAmplitude,
        outliers, outlierFactor, recordingBreakAt, recordingBreakFactor, gaps, Set.of(at));
  }

  /**
   * Obtains the expected count at a point: the Poisson mean it is drawn with.
   *
   * @param i the point, 0-based
   * @return the expected count, at least 0
   */
  public double expectedAt(int i) {
    double m = mean * (1 + trendPerPeriod * i);
    int cycle = start instanceof CalendarMonth ? 12 : 4;
    m *= 1 + seasonalAmplitude * Math.cos(2 * Math.PI * i / cycle);
    if (stepAt >= 0 && i >= stepAt) {
      m *= stepFactor;
    }
    if (recordingBreakAt >= 0 && i >= recordingBreakAt) {
      m *= recordingBreakFactor;
    }
    if (outliers.contains(i)) {
      m *= outlierFactor;
    }
    return Math.max(0, m);
  }

  /**
   * Obtains the period of a point.
   *
   * @param i the point, 0-based
   * @return the month or quarter, not null
   */
  public ReportingPeriod periodAt(int i) {
    return start instanceof CalendarMonth m ? m.plusMonths(i)
        : ((Quarter) start).plusQuarters(i);
  }

  /** @return the first period */
  public ReportingPeriod start() {
    return start;
  }

  /** @return the number of points before gaps and duplicates */
  public int length() {
    return length;
  }

  /** @return the first point under the new recording rule, or -1 */
  public int recordingBreakAt() {
    return recordingBreakAt;
  }

  /** @return the missing points, in order */
  public Set<Integer> gaps() {
    return new TreeSet<>(gaps);
  }

  /** @return the duplicated points, in order */
  public Set<Integer> duplicates() {
    return new TreeSet<>(duplicates);
  }

  @Override
  public String toString() {
    return "SeriesShape[start=" + start + ", length=" + length + ", mean=" + mean
        + (stepAt >= 0 ? ", step x" + stepFactor + " at " + stepAt : "")
        + (trendPerPeriod != 0 ? ", trend " + trendPerPeriod + "/period" : "")
        + (seasonalAmplitude != 0 ? ", seasonality " + seasonalAmplitude : "")
        + (outliers.isEmpty() ? "" : ", outliers x" + outlierFactor + " at " + new TreeSet<>(outliers))
        + (recordingBreakAt >= 0 ? ", recording break x" + recordingBreakFactor + " at "
            + recordingBreakAt : "")
        + (gaps.isEmpty() ? "" : ", gaps at " + gaps()) + (duplicates.isEmpty() ? ""
            : ", duplicates at " + duplicates()) + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeriesShape s && s.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toString());
  }
}
