package io.github.sscp.rules.kpi.spc;

import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.series.SeriesException;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The XmR analysis of Making Data Count, exactly as NHSRplotthedots v0.2.2 computes it
 * (docs/KPI-METHODS.md §1): per rebase group, the mean and average moving range (from the first n points
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
  /** The bit of each rule in a point's mask: its ordinal. */
  static final int OUTSIDE = 1 << SpcRule.OUTSIDE_LIMITS.ordinal();
  static final int TREND = 1 << SpcRule.TREND.ordinal();
  static final int TWO_IN_THREE = 1 << SpcRule.TWO_IN_THREE.ordinal();
  static final int RUN = 1 << SpcRule.RUN.ordinal();
  /** Whole numbers below this (2^53) are exact doubles, and so are their sums below it. */
  private static final double WHOLE_LIMIT = 0x1p53;
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
    int groupCount = group[n - 1] + 1;
    int[] starts = new int[groupCount + 1];
    for (int i = 1; i < n; i++) {
      if (group[i] != group[i - 1]) {
        starts[group[i]] = i;
      }
    }
    starts[groupCount] = n;
    double[] mean = new double[groupCount];
    double[] amr = new double[groupCount];
    int[] screened = new int[groupCount];
    for (int g = 0; g < groupCount; g++) {
      limits(y, starts[g], starts[g + 1], options, g, mean, amr, screened);
    }

    byte[] rtm = new byte[n];
    byte[] mask = new byte[n];
    boolean[] near = new boolean[n];
    boolean beyondCounts = options.twoInThreeIncludesBeyondLimits();
    for (int i = 0; i < n; i++) {
      double m = mean[group[i]];
      double a = amr[group[i]];
      boolean outside = y[i] > m + LIMIT * a || y[i] < m - LIMIT * a;
      boolean beyondNear = y[i] < m - LIMIT_CLOSE * a || y[i] > m + LIMIT_CLOSE * a;
      rtm[i] = (byte) Math.signum(y[i] - m);
      mask[i] = (byte) (outside ? OUTSIDE : 0);
      near[i] = beyondCounts ? beyondNear : beyondNear && !outside;
    }

    byte[] trendSign = new byte[n];
    for (int g = 0; g < groupCount; g++) {
      for (int s = starts[g]; s < starts[g + 1]; ) {
        int e = s + 1;
        while (e < starts[g + 1] && !series.gapBefore().get(e)) {
          e++;
        }
        markRuns(rtm, s, e, options.runLength(), mask);
        markTrends(y, s, e, options.trendLength(), mask);
        markTwoInThree(near, rtm, s, e, mask);
        trendSigns(y, mask, s, e, trendSign);
        s = e;
      }
    }
    SpcResult.Columns columns = new SpcResult.Columns(series, y, group, mean, amr, rtm, mask,
        trendSign);
    ImprovementDirection direction = options.improvement();

    List<SpcGroup> groups = new ArrayList<>(groupCount);
    for (int g = 0; g < groupCount; g++) {
      int s = starts[g];
      int e = starts[g + 1];
      boolean shortGroup = e - s < options.shortGroupThreshold();
      if (shortGroup) {
        warnings.add("group " + (g + 1) + describe(series, s, e) + " has " + (e - s) + " point"
            + (e - s == 1 ? "" : "s") + ": limits from fewer than " + options.shortGroupThreshold()
            + " points are unreliable");
      }
      double lower = mean[g] - LIMIT * amr[g];
      double upper = mean[g] + LIMIT * amr[g];
      groups.add(new SpcGroup(g, series.period(s), series.period(e - 1), e - s, mean[g], amr[g],
          lower, upper, screened[g], shortGroup, PointType.of(columns.label(e - 1), direction),
          g == groupCount - 1 ? assurance(options, lower, upper) : Optional.empty()));
    }
    if (!series.missing().isEmpty()) {
      warnings.add("missing " + (series.missing().size() == 1 ? "period " : "periods ")
          + series.missing().stream().map(ReportingPeriod::toString).collect(Collectors.joining(", "))
          + ": runs, trends and two-in-three windows do not span them");
    }
    PointType last = PointType.of(columns.label(n - 1), direction);
    return new SpcResult(columns, groups, VariationIcon.of(last, direction),
        groups.get(groupCount - 1).assurance(), warnings, options);
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

  /** Mean and average moving range of group g, from its first k points, screened once. */
  private static void limits(double[] y, int s, int e, SpcOptions options, int g, double[] mean,
      double[] amr, int[] screened) {
    int k = Math.min(e - s, options.fixAfterPoints().orElse(Integer.MAX_VALUE));
    int ranges = k - 1;
    // one pass for the plain sum (exact for whole numbers) and the moving ranges
    double plain = y[s];
    boolean whole = isWhole(y[s], plain);
    double sum = 0;
    for (int i = s + 1; i < s + k; i++) {
      plain += y[i];
      whole &= isWhole(y[i], plain);
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
    // whole numbers whose running sums stay below 2^53 add up exactly: one division gives the
    // correctly rounded mean; otherwise the careful two-pass mean
    mean[g] = whole ? plain / k : mean(y, s, s + k);
    amr[g] = average;
    screened[g] = dropped;
  }

  private static boolean isWhole(double value, double runningSum) {
    return value == Math.rint(value) && Math.abs(runningSum) < WHOLE_LIMIT;
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
  static void markRuns(byte[] rtm, int s, int e, int length, byte[] mask) {
    int same = 0;
    for (int i = s; i < e; i++) {
      same = rtm[i] != 0 && i > s && rtm[i] == rtm[i - 1] ? same + 1 : (rtm[i] != 0 ? 1 : 0);
      // the first full window flags all its points; each longer one adds only its last
      for (int j = same == length ? i - length + 1 : same > length ? i : i + 1; j <= i; j++) {
        mask[j] |= RUN;
      }
    }
  }

  /** Flags every point of every window of {@code length} points with strictly rising (falling) steps. */
  static void markTrends(double[] y, int s, int e, int length, byte[] mask) {
    int up = 1;
    int down = 1;
    for (int i = s + 1; i < e; i++) {
      up = y[i] > y[i - 1] ? up + 1 : 1;
      down = y[i] < y[i - 1] ? down + 1 : 1;
      int longest = Math.max(up, down);
      for (int j = longest == length ? i - length + 1 : longest > length ? i : i + 1; j <= i; j++) {
        mask[j] |= TREND;
      }
    }
  }

  /** Flags near points in a window of three with two or more near and all three on one side. */
  static void markTwoInThree(boolean[] near, byte[] rtm, int s, int e, byte[] mask) {
    for (int w = s; w + 2 < e; w++) {
      int nearCount = (near[w] ? 1 : 0) + (near[w + 1] ? 1 : 0) + (near[w + 2] ? 1 : 0);
      if (nearCount >= 2 && Math.abs(rtm[w] + rtm[w + 1] + rtm[w + 2]) == 3) {
        for (int j = w; j <= w + 2; j++) {
          if (near[j]) {
            mask[j] |= TWO_IN_THREE;
          }
        }
      }
    }
  }

  /**
   * The direction of a trend point, as the reference labels it: the step to the next point if that
   * point is in a trend too, otherwise the step from the previous one (0 at the first point).
   */
  static void trendSigns(double[] y, byte[] mask, int s, int e, byte[] sign) {
    for (int i = s; i < e; i++) {
      if (i + 1 < e && (mask[i] & TREND) != 0 && (mask[i + 1] & TREND) != 0) {
        sign[i] = (byte) Math.signum(y[i + 1] - y[i]);
      } else {
        sign[i] = (byte) (i > s ? Math.signum(y[i] - y[i - 1]) : 0);
      }
    }
  }

  /** The highest-priority rule's label: outside, trend, two in three, run. */
  static SpecialCause label(Set<SpcRule> rules, int relativeToMean, int trendSign) {
    int mask = 0;
    for (SpcRule r : rules) {
      mask |= 1 << r.ordinal();
    }
    return label(mask, relativeToMean, trendSign);
  }

  static SpecialCause label(int mask, int relativeToMean, int trendSign) {
    if ((mask & OUTSIDE) != 0) {
      return relativeToMean == 1 ? SpecialCause.ABOVE_UPPER_LIMIT : SpecialCause.BELOW_LOWER_LIMIT;
    } else if ((mask & TREND) != 0) {
      return trendSign == 1 ? SpecialCause.TREND_INCREASING : SpecialCause.TREND_DECREASING;
    } else if ((mask & TWO_IN_THREE) != 0) {
      return relativeToMean > 0 ? SpecialCause.TWO_IN_THREE_ABOVE : SpecialCause.TWO_IN_THREE_BELOW;
    } else if ((mask & RUN) != 0) {
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
