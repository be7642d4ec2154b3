package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;

/**
 * The measures of success under one priority.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param priority the priority's wording, or "Other measures", not null
 * @param rows its measures, not null
 */
public record MeasureGroup(String priority, List<MeasureRow> rows) {

  /**
   * Creates a value, copying its lists.
   *
   * @param priority the priority's wording, or "Other measures"
   * @param rows its measures
   */
  public MeasureGroup {
    Objects.requireNonNull(priority, "priority");
    rows = List.copyOf(rows);
  }
}
