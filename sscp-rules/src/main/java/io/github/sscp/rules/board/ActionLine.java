package io.github.sscp.rules.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An action with its owner, focus area, due date and status.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param title what will be done, not null
 * @param owner who owns it, not null
 * @param focusArea the focus area it serves
 * @param due when it is due
 * @param status its status on the law date, in words, not null
 * @param overdue whether it is past its due date and not complete
 * @param labels whether it is illustrative, in words, not null
 */
public record ActionLine(String title, String owner, Optional<String> focusArea,
    Optional<LocalDate> due, String status, boolean overdue, List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param title what will be done
   * @param owner who owns it
   * @param focusArea the focus area it serves
   * @param due when it is due
   * @param status its status on the law date, in words
   * @param overdue whether it is past its due date and not complete
   * @param labels whether it is illustrative, in words
   */
  public ActionLine {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(focusArea, "focusArea");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
    labels = List.copyOf(labels);
  }
}
