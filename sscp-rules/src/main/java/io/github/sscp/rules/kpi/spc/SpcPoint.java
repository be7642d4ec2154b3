package io.github.sscp.rules.kpi.spc;

import io.github.sscp.model.time.ReportingPeriod;
import java.util.Optional;
import java.util.Set;

/**
 * One point of an SPC chart: its value, the limits of its group, where it stands against them, every
 * rule that flags it, its label (the highest-priority rule) and its type against the improvement
 * direction.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param period the period, if the series has periods
 * @param value the value
 * @param group the rebase group, from 0
 * @param mean the group's mean
 * @param lowerLimit the lower process limit (mean − 2.66·mR̄); NaN when undefined
 * @param upperLimit the upper process limit (mean + 2.66·mR̄); NaN when undefined
 * @param lowerNear the lower 2-sigma line (mean − 1.773·mR̄)
 * @param upperNear the upper 2-sigma line (mean + 1.773·mR̄)
 * @param relativeToMean 1 above the mean, -1 below, 0 on it
 * @param outsideLimits whether strictly outside the process limits
 * @param closeToLimits whether strictly beyond a 2-sigma line and not outside the limits
 * @param rules every rule that flags the point, in the order {@link SpcRule} declares them, not
 *     null
 * @param label the label of the highest-priority rule, not null
 * @param type the point type, not null
 */
public record SpcPoint(Optional<ReportingPeriod> period, double value, int group, double mean,
    double lowerLimit, double upperLimit, double lowerNear, double upperNear, int relativeToMean,
    boolean outsideLimits, boolean closeToLimits, Set<SpcRule> rules, SpecialCause label,
    PointType type) {

  /**
   * Creates a point, copying the rules.
   *
   * @param period the period
   * @param value the value
   * @param group the group
   * @param mean the mean
   * @param lowerLimit the lower limit
   * @param upperLimit the upper limit
   * @param lowerNear the lower 2-sigma line
   * @param upperNear the upper 2-sigma line
   * @param relativeToMean the side of the mean
   * @param outsideLimits outside the limits
   * @param closeToLimits near a limit
   * @param rules the rules
   * @param label the label
   * @param type the type
   */
  public SpcPoint {
    rules = rules.isEmpty() ? Set.of()
        : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(rules));
  }

  /**
   * Checks if any rule flags the point.
   *
   * @return true for a special cause
   */
  public boolean isSpecialCause() {
    return label != SpecialCause.COMMON_CAUSE;
  }
}
