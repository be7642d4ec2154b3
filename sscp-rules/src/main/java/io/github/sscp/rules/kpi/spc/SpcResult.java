package io.github.sscp.rules.kpi.spc;

import io.github.sscp.rules.kpi.series.CheckedSeries;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of an SPC analysis: one row per point, one summary per rebase group, the variation
 * icon (the latest point's type), the assurance icon (the latest group's limits against the
 * target), and warnings (short groups, missing periods, rebase periods not in the data).
 *
 * <p>The points are held as columns and each {@link SpcPoint} is made when it is read, so an
 * analysis whose caller needs only the verdict allocates no object per point. Immutable and
 * thread-safe; two results are equal when their points, groups, icons, warnings and options are.
 */
public final class SpcResult {

  private static final List<Set<SpcRule>> RULE_SETS = ruleSets();

  private final Columns columns;
  private final List<SpcGroup> groups;
  private final VariationIcon variation;
  private final Optional<AssuranceIcon> assurance;
  private final List<String> warnings;
  private final SpcOptions options;

  SpcResult(Columns columns, List<SpcGroup> groups, VariationIcon variation,
      Optional<AssuranceIcon> assurance, List<String> warnings, SpcOptions options) {
    this.columns = columns;
    this.groups = List.copyOf(groups);
    this.variation = variation;
    this.assurance = assurance;
    this.warnings = List.copyOf(warnings);
    this.options = options;
  }

  /**
   * Obtains the points, in period order.
   *
   * @return an unmodifiable list, not null
   */
  public List<SpcPoint> points() {
    return new AbstractList<>() {
      @Override
      public SpcPoint get(int index) {
        Objects.checkIndex(index, size());
        return columns.point(index, options.improvement());
      }

      @Override
      public int size() {
        return columns.y.length;
      }
    };
  }

  /**
   * Obtains the latest point.
   *
   * @return the last point, not null (an analysis has at least one point)
   */
  public Optional<SpcPoint> latest() {
    return Optional.of(columns.point(columns.y.length - 1, options.improvement()));
  }

  /**
   * Obtains the group summaries.
   *
   * @return the groups, in order, not null
   */
  public List<SpcGroup> groups() {
    return groups;
  }

  /**
   * Obtains the variation icon: the latest point's type with its direction.
   *
   * @return the icon, not null
   */
  public VariationIcon variation() {
    return variation;
  }

  /**
   * Obtains the assurance icon, when there is a target and a direction.
   *
   * @return the icon, or empty
   */
  public Optional<AssuranceIcon> assurance() {
    return assurance;
  }

  /**
   * Obtains the warnings.
   *
   * @return plain-English warnings, not null
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Obtains the options used.
   *
   * @return the options, not null
   */
  public SpcOptions options() {
    return options;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpcResult r && points().equals(r.points()) && groups.equals(r.groups)
        && variation == r.variation && assurance.equals(r.assurance) && warnings.equals(r.warnings)
        && options.equals(r.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(points(), groups, variation, assurance, warnings, options);
  }

  @Override
  public String toString() {
    return "SpcResult[points=" + points() + ", groups=" + groups + ", variation=" + variation
        + ", assurance=" + assurance + ", warnings=" + warnings + "]";
  }

  private static List<Set<SpcRule>> ruleSets() {
    List<Set<SpcRule>> sets = new java.util.ArrayList<>();
    for (int m = 0; m < 1 << SpcRule.values().length; m++) {
      EnumSet<SpcRule> set = EnumSet.noneOf(SpcRule.class);
      for (SpcRule r : SpcRule.values()) {
        if ((m & (1 << r.ordinal())) != 0) {
          set.add(r);
        }
      }
      sets.add(Collections.unmodifiableSet(set));
    }
    return List.copyOf(sets);
  }

  /**
   * The per-point figures, never changed after construction and never handed out.
   *
   * @param series the series, for the periods
   * @param y the values
   * @param group the group of each point
   * @param mean the mean of each group
   * @param amr the average moving range of each group
   * @param rtm the side of the mean of each point
   * @param mask the rules that flag each point, one bit per rule by ordinal
   * @param trendSign the direction of each point's trend, as the reference labels it
   */
  record Columns(CheckedSeries series, double[] y, int[] group, double[] mean, double[] amr,
      byte[] rtm, byte[] mask, byte[] trendSign) {

    SpecialCause label(int i) {
      return Spc.label(mask[i], rtm[i], trendSign[i]);
    }

    SpcPoint point(int i, ImprovementDirection direction) {
      double m = mean[group[i]];
      double a = amr[group[i]];
      double lower = m - Spc.LIMIT * a;
      double upper = m + Spc.LIMIT * a;
      double lowerNear = m - Spc.LIMIT_CLOSE * a;
      double upperNear = m + Spc.LIMIT_CLOSE * a;
      boolean outside = (mask[i] & Spc.OUTSIDE) != 0;
      boolean close = !outside && (y[i] < lowerNear || y[i] > upperNear);
      SpecialCause label = label(i);
      return new SpcPoint(series.period(i), y[i], group[i], m, lower, upper, lowerNear,
          upperNear, rtm[i], outside, close, RULE_SETS.get(mask[i]), label,
          PointType.of(label, direction));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Columns c && Arrays.equals(y, c.y) && Arrays.equals(mask, c.mask);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(y);
    }

    @Override
    public String toString() {
      return Arrays.toString(y);
    }
  }
}
