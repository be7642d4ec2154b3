package io.github.sscp.rules.kpi.spc;

import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.series.SeriesException;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The XmR analysis of Making Data Count, exactly as NHSRplotthedots v0.2.2 computes it
 * (KPI-METHODS.md §1): per rebase group, the mean and average moving range (from the first n points
 * when limits are fixed), moving ranges of 3.267 times the average or more screened out once,
 * limits at mean ± 2.66·mR̄ and 2-sigma lines at mean ± 2·(2.66/3)·mR̄; every comparison strict.
 * Then the four rules, each on its own, within a group and — unlike the reference — within a run
 * of consecutive periods, so that a missing period breaks a run, trend or two-in-three window:
 *
 * <ul>
 *   <li>outside the limits;</li>
 *   <li>a trend: {@code trendLength} points each strictly above (below) the one before; equal
 *       neighbours break it; it may cross the mean;</li>
 *   <li>two in three: in a window of three consecutive points, at least two beyond a 2-sigma line
 *       (and not outside the limits, unless the 2023 variant is on) and all three on one side of the
 *       mean; only the near points are flagged;</li>
 *   <li>a run: {@code runLength} points on one side of the mean; a point on the mean breaks it.</li>
 * </ul>
 *
 * <p>A point's label is its highest-priority rule (outside, trend, two in three, run), read
 * against the improvement direction into a point type; the variation icon is the latest point's
 * type and the assurance icon compares the latest group's limits with the target.
 *
 * <p>Thread-safe: stateless.
 */
public final class Spc {

  /** The limit multiplier, 3 / d2 with d2 = 1.128 (the reference's {@code limit}). */
  static final double LIMIT = 2.66;
  /** The 2-sigma multiplier, written as the reference writes it ({@code 2 * (limit / 3)}). */
  static final double LIMIT_CLOSE = 2 * (LIMIT / 3);
  /** D4 for moving ranges of two: ranges this many times the average or more are screened. */
  static final double SCREEN = 3.267;

  private Spc() {}

  /**
   * Analyses points with periods (or none).
   *
   * @param points the series, in any order if they have periods, not null
   * @param options the options, not null
   * @return the analysis, not null
   * @throws SeriesException if the series is empty or has a value that is not finite, a period twice
   *     or periods of different kinds
   */
  public static SpcResult analyse(List<SeriesPoint> points, SpcOptions options) {
    return analyse(CheckedSeries.of(points), options);
  }

  /**
   * Analyses plain values in order, with no periods.
   *
   * @param values the values, not null
   * @param options the options, not null
   * @return the analysis, not null
   * @throws SeriesException if there are no values or a value is not finite
   */
  public static SpcResult analyse(double[] values, SpcOptions options) {
    List<SeriesPoint> points = new ArrayList<>(values.length);
    for (double v : values) {
      points.add(SeriesPoint.of(v));
    }
    return analyse(points, options);
  }

  /**
   * Analyses a checked series.
   *
   * @param series the series, not null
   * @param options the options, not null
   * @return the analysis, not null
   * @throws SeriesException if the series is empty
   */
  public static SpcResult analyse(CheckedSeries series, SpcOptions options) {
    Objects.requireNonNull(options, "options");
    int n = series.size();
    if (n == 0) {
      throw new SeriesException("an SPC chart needs at least one point");
    }
    double[] y = series.values();
    List<String> warnings = new ArrayList<>();
    int[] group = groups(series, options, warnings);

    double[] mean = new double[n];
    double[] amr = new double[n];
    int[] screened = new int[n];
    List<int[]> bounds = new ArrayList<>();
    for (int s = 0; s < n; ) {
      int e = s;
      while (e < n && group[e] == group[s]) {
        e++;
      }
      bounds.add(new int[] {s, e});
      limits(y, s, e, options, mean, amr, screened);
      s = e;
    }

    double[] lpl = new double[n];
    double[] upl = new double[n];
    double[] nlpl = new double[n];
    double[] nupl = new double[n];
    int[] rtm = new int[n];
    boolean[] outside = new boolean[n];
    boolean[] close = new boolean[n];
    boolean[] nearForTwoInThree = new boolean[n];
    for (int i = 0; i < n; i++) {
      lpl[i] = mean[i] - LIMIT * amr[i];
      upl[i] = mean[i] + LIMIT * amr[i];
      nlpl[i] = mean[i] - LIMIT_CLOSE * amr[i];
      nupl[i] = mean[i] + LIMIT_CLOSE * amr[i];
      outside[i] = y[i] > upl[i] || y[i] < lpl[i];
      rtm[i] = (int) Math.signum(y[i] - mean[i]);
      boolean beyondNear = y[i] < nlpl[i] || y[i] > nupl[i];
      close[i] = !outside[i] && beyondNear;
      nearForTwoInThree[i] = options.twoInThreeIncludesBeyondLimits() ? beyondNear : close[i];
    }

    boolean[] run = new boolean[n];
    boolean[] trend = new boolean[n];
    boolean[] twoInThree = new boolean[n];
    int[] trendSign = new int[n];
    for (int[] b : bounds) {
      for (int s = b[0]; s < b[1]; ) {
        int e = s + 1;
        while (e < b[1] && !series.gapBefore().get(e)) {
          e++;
        }
        markRuns(rtm, s, e, options.runLength(), run);
        markTrends(y, s, e, options.trendLength(), trend);
        markTwoInThree(nearForTwoInThree, rtm, s, e, twoInThree);
        trendSigns(y, trend, s, e, trendSign);
        s = e;
      }
    }

    List<SpcPoint> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Set<SpcRule> rules = EnumSet.noneOf(SpcRule.class);
      if (outside[i]) {
        rules.add(SpcRule.OUTSIDE_LIMITS);
      }
      if (trend[i]) {
        rules.add(SpcRule.TREND);
      }
      if (twoInThree[i]) {
        rules.add(SpcRule.TWO_IN_THREE);
      }
      if (run[i]) {
        rules.add(SpcRule.RUN);
      }
      SpecialCause label = label(rules, rtm[i], trendSign[i]);
      points.add(new SpcPoint(series.period(i), y[i], group[i], mean[i], lpl[i], upl[i], nlpl[i],
          nupl[i], rtm[i], outside[i], close[i], rules, label,
          PointType.of(label, options.improvement())));
    }

    List<SpcGroup> groups = new ArrayList<>();
    for (int g = 0; g < bounds.size(); g++) {
      int s = bounds.get(g)[0];
      int e = bounds.get(g)[1];
      boolean latest = g == bounds.size() - 1;
      boolean shortGroup = e - s < options.shortGroupThreshold();
      if (shortGroup) {
        warnings.add("group " + (g + 1) + describe(series, s, e) + " has " + (e - s) + " point"
            + (e - s == 1 ? "" : "s") + ": limits from fewer than " + options.shortGroupThreshold()
            + " points are unreliable");
      }
      groups.add(new SpcGroup(g, series.period(s), series.period(e - 1), e - s, mean[s], amr[s],
          lpl[s], upl[s], screened[s], shortGroup, points.get(e - 1).type(),
          latest ? assurance(options, lpl[e - 1], upl[e - 1]) : Optional.empty()));
    }
    if (!series.missing().isEmpty()) {
      warnings.add("missing " + (series.missing().size() == 1 ? "period " : "periods ")
          + series.missing().stream().map(ReportingPeriod::toString).collect(Collectors.joining(", "))
          + ": runs, trends and two-in-three windows do not span them");
    }
    PointType last = points.get(n - 1).type();
    return new SpcResult(points, groups, VariationIcon.of(last, options.improvement()),
        groups.get(groups.size() - 1).assurance(), warnings, options);
  }

  /** Group index of each point: a new group starts at each rebase period or position present. */
  private static int[] groups(CheckedSeries series, SpcOptions options, List<String> warnings) {
    int n = series.size();
    boolean[] starts = new boolean[n];
    for (ReportingPeriod r : options.rebaseAt()) {
      boolean found = false;
      for (int i = 0; i < n; i++) {
        if (series.period(i).map(p -> p.coversSameDaysAs(r)).orElse(false)) {
          starts[i] = true;
          found = true;
        }
      }
      if (!found) {
        warnings.add("rebase at " + r + " does nothing: the series has no such period");
      }
    }
    for (int position : options.rebaseAtPositions()) {
      if (position >= 0 && position < n) {
        starts[position] = true;
      } else {
        warnings.add("rebase at point " + (position + 1) + " does nothing: the series has " + n
            + " points");
      }
    }
    int[] group = new int[n];
    int g = 0;
    for (int i = 0; i < n; i++) {
      if (starts[i] && i > 0) {
        g++;
      }
      group[i] = g;
    }
    return group;
  }

  /** Mean and average moving range of one group, from its first k points, screened once. */
  private static void limits(double[] y, int s, int e, SpcOptions options, double[] mean,
      double[] amr, int[] screened) {
    int k = Math.min(e - s, options.fixAfterPoints().orElse(Integer.MAX_VALUE));
    double m = mean(y, s, s + k);
    int ranges = k - 1;
    double sum = 0;
    for (int i = s + 1; i < s + k; i++) {
      sum += Math.abs(y[i] - y[i - 1]);
    }
    double average = ranges > 0 ? sum / ranges : Double.NaN;
    int dropped = 0;
    if (options.screenOutliers()) {
      double cut = SCREEN * average;
      double kept = 0;
      int count = 0;
      for (int i = s + 1; i < s + k; i++) {
        double mr = Math.abs(y[i] - y[i - 1]);
        if (mr < cut) {
          kept += mr;
          count++;
        }
      }
      dropped = ranges - count;
      average = count > 0 ? kept / count : Double.NaN;
    }
    for (int i = s; i < e; i++) {
      mean[i] = m;
      amr[i] = average;
      screened[i] = dropped;
    }
  }

  /**
   * The mean as R computes it — a first pass, then the mean of the residuals added back — with each
   * residual split exactly (TwoSum) and every sum compensated (Neumaier), so that it is at least as
   * exact as R's long-double mean: a value that lies on the mean in exact arithmetic lies on it here.
   */
  static double mean(double[] y, int from, int to) {
    int n = to - from;
    double first = residualSum(y, from, to, 0) / n;
    return first + residualSum(y, from, to, first) / n;
  }

  /** The compensated sum of {@code y[i] − shift}, each difference split exactly into two parts. */
  private static double residualSum(double[] y, int from, int to, double shift) {
    double sum = 0;
    double c = 0;
    for (int i = from; i < to; i++) {
      double d = y[i] - shift;
      double back = d - y[i];
      double error = (y[i] - (d - back)) + (-shift - back);
      double t = sum + d;
      c += Math.abs(sum) >= Math.abs(d) ? (sum - t) + d : (d - t) + sum;
      sum = t;
      t = sum + error;
      c += Math.abs(sum) >= Math.abs(error) ? (sum - t) + error : (error - t) + sum;
      sum = t;
    }
    return sum + c;
  }

  /** Flags every point of every window of {@code length} points on one side of the mean. */
  static void markRuns(int[] rtm, int s, int e, int length, boolean[] flag) {
    int same = 0;
    for (int i = s; i < e; i++) {
      same = rtm[i] != 0 && i > s && rtm[i] == rtm[i - 1] ? same + 1 : (rtm[i] != 0 ? 1 : 0);
      if (same >= length) {
        for (int j = i - length + 1; j <= i; j++) {
          flag[j] = true;
        }
      }
    }
  }

  /** Flags every point of every window of {@code length} points with strictly rising (falling) steps. */
  static void markTrends(double[] y, int s, int e, int length, boolean[] flag) {
    int up = 1;
    int down = 1;
    for (int i = s + 1; i < e; i++) {
      double step = Math.signum(y[i] - y[i - 1]);
      up = step > 0 ? up + 1 : 1;
      down = step < 0 ? down + 1 : 1;
      if (up >= length || down >= length) {
        for (int j = i - length + 1; j <= i; j++) {
          flag[j] = true;
        }
      }
    }
  }

  /** Flags near points in a window of three with two or more near and all three on one side. */
  static void markTwoInThree(boolean[] near, int[] rtm, int s, int e, boolean[] flag) {
    for (int w = s; w + 2 < e; w++) {
      int nearCount = (near[w] ? 1 : 0) + (near[w + 1] ? 1 : 0) + (near[w + 2] ? 1 : 0);
      if (nearCount >= 2 && Math.abs(rtm[w] + rtm[w + 1] + rtm[w + 2]) == 3) {
        for (int j = w; j <= w + 2; j++) {
          if (near[j]) {
            flag[j] = true;
          }
        }
      }
    }
  }

  /**
   * The direction of a trend point, as the reference labels it: the step to the next point if that
   * point is in a trend too, otherwise the step from the previous one (0 at the first point).
   */
  static void trendSigns(double[] y, boolean[] trend, int s, int e, int[] sign) {
    for (int i = s; i < e; i++) {
      if (i + 1 < e && trend[i] && trend[i + 1]) {
        sign[i] = (int) Math.signum(y[i + 1] - y[i]);
      } else {
        sign[i] = i > s ? (int) Math.signum(y[i] - y[i - 1]) : 0;
      }
    }
  }

  /** The highest-priority rule's label: outside, trend, two in three, run. */
  static SpecialCause label(Set<SpcRule> rules, int relativeToMean, int trendSign) {
    if (rules.contains(SpcRule.OUTSIDE_LIMITS)) {
      return relativeToMean == 1 ? SpecialCause.ABOVE_UPPER_LIMIT : SpecialCause.BELOW_LOWER_LIMIT;
    } else if (rules.contains(SpcRule.TREND)) {
      return trendSign == 1 ? SpecialCause.TREND_INCREASING : SpecialCause.TREND_DECREASING;
    } else if (rules.contains(SpcRule.TWO_IN_THREE)) {
      return relativeToMean > 0 ? SpecialCause.TWO_IN_THREE_ABOVE : SpecialCause.TWO_IN_THREE_BELOW;
    } else if (rules.contains(SpcRule.RUN)) {
      return relativeToMean > 0 ? SpecialCause.RUN_ABOVE : SpecialCause.RUN_BELOW;
    }
    return SpecialCause.COMMON_CAUSE;
  }

  /** The assurance from the latest group's limits; empty without a target or direction. */
  static Optional<AssuranceIcon> assurance(SpcOptions options, double lower, double upper) {
    if (options.target().isEmpty() || options.improvement() == ImprovementDirection.NEUTRAL) {
      return Optional.empty();
    }
    double target = options.target().getAsDouble();
    // limits of no width (a constant series) would make an inclusive test fail a process that sits
    // on its target at every point; there the test stays strict
    boolean inclusive = options.assuranceIncludesLimits() && upper > lower;
    boolean aboveUpper = inclusive ? target >= upper : target > upper;
    boolean belowLower = inclusive ? target <= lower : target < lower;
    boolean increase = options.improvement() == ImprovementDirection.INCREASE;
    if (aboveUpper) {
      return Optional.of(increase ? AssuranceIcon.CONSISTENT_FAIL : AssuranceIcon.CONSISTENT_PASS);
    } else if (belowLower) {
      return Optional.of(increase ? AssuranceIcon.CONSISTENT_PASS : AssuranceIcon.CONSISTENT_FAIL);
    }
    return Optional.of(AssuranceIcon.INCONSISTENT);
  }

  private static String describe(CheckedSeries series, int s, int e) {
    return series.period(s).map(p -> " (" + p + " to " + series.period(e - 1).orElseThrow() + ")")
        .orElse("");
  }
}
