package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;

/**
 * One of the strategy's priorities with the focus areas that serve it.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param order its place, from 1
 * @param title its wording, not null
 * @param focusAreas the focus areas that name it first, not null
 */
public record PriorityLine(int order, String title, List<FocusAreaLine> focusAreas) {

  /**
   * Creates a value, copying its lists.
   *
   * @param order its place, from 1
   * @param title its wording
   * @param focusAreas the focus areas that name it first
   */
  public PriorityLine {
    Objects.requireNonNull(title, "title");
    focusAreas = List.copyOf(focusAreas);
  }
}
