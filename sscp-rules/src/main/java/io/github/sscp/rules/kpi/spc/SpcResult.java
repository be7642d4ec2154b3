package io.github.sscp.rules.kpi.spc;

import java.util.List;
import java.util.Optional;

/**
 * The result of an SPC analysis: one row per point, one summary per rebase group, the variation
 * icon (the latest point's type), the assurance icon (the latest group's limits against the
 * target), and warnings (short groups, missing periods, rebase periods not in the data).
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param points the points, in period order, not null
 * @param groups the group summaries, in order, not null
 * @param variation the variation icon, not null
 * @param assurance the assurance icon, when there is a target and a direction
 * @param warnings plain-English warnings, not null
 * @param options the options used, not null
 */
public record SpcResult(List<SpcPoint> points, List<SpcGroup> groups, VariationIcon variation,
    Optional<AssuranceIcon> assurance, List<String> warnings, SpcOptions options) {

  /**
   * Creates a result, copying the lists.
   *
   * @param points the points
   * @param groups the groups
   * @param variation the variation icon
   * @param assurance the assurance icon
   * @param warnings the warnings
   * @param options the options
   */
  public SpcResult {
    points = List.copyOf(points);
    groups = List.copyOf(groups);
    warnings = List.copyOf(warnings);
  }

  /**
   * Obtains the latest point.
   *
   * @return the last point, or empty for an empty series
   */
  public Optional<SpcPoint> latest() {
    return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
  }
}
