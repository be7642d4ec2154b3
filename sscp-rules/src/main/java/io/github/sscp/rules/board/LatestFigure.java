package io.github.sscp.rules.board;

import java.util.Objects;

/**
 * A measure's latest figure.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param value the figure
 * @param period the period it is for, e.g. "2025/26", not null
 * @param label what it is, e.g. "12 months to 31 March 2026", not null
 */
public record LatestFigure(double value, String period, String label) {

  /**
   * Creates a value.
   *
   * @param value the figure
   * @param period the period it is for, e.g. "2025/26"
   * @param label what it is, e.g. "12 months to 31 March 2026"
   */
  public LatestFigure {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(label, "label");
  }
}
