package io.github.sscp.rules.kpi.series;

import io.github.sscp.model.time.ReportingPeriod;
import java.util.Objects;
import java.util.Optional;

/**
 * One point of a series: a value and, usually, the period it is for. A series read from a plain
 * list of numbers has no periods; its points are in order by position.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param period the period, if known, not null
 * @param value the value
 */
public record SeriesPoint(Optional<ReportingPeriod> period, double value) {

  /**
   * Creates a point.
   *
   * @param period the period, if known, not null
   * @param value the value
   */
  public SeriesPoint {
    Objects.requireNonNull(period, "period");
  }

  /**
   * Obtains a point for a period.
   *
   * @param period the period, not null
   * @param value the value
   * @return the point, not null
   */
  public static SeriesPoint of(ReportingPeriod period, double value) {
    return new SeriesPoint(Optional.of(period), value);
  }

  /**
   * Obtains a point with no period.
   *
   * @param value the value
   * @return the point, not null
   */
  public static SeriesPoint of(double value) {
    return new SeriesPoint(Optional.empty(), value);
  }

  /**
   * Describes where the point is, for messages: its period, or its position.
   *
   * @param index the point's position, 0-based
   * @return the period's text, or "point N" (1-based), not null
   */
  public String where(int index) {
    return period.map(ReportingPeriod::toString).orElse("point " + (index + 1));
  }
}
