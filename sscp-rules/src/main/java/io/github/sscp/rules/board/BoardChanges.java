package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;

/**
 * What changed since the last board: in the partnership's record and in the measures' verdicts.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param since what the comparison is with, e.g. "the partnership as recorded for the board of 1 July 2026", not null
 * @param changes each change, in the order of the pack, not null
 */
public record BoardChanges(String since, List<ChangeLine> changes) {

  /**
   * Creates a value, copying its lists.
   *
   * @param since what the comparison is with, e.g. "the partnership as recorded for the board of 1 July 2026"
   * @param changes each change, in the order of the pack
   */
  public BoardChanges {
    Objects.requireNonNull(since, "since");
    changes = List.copyOf(changes);
  }

  /**
   * Obtains the changes of one kind.
   *
   * @param kind the kind, not null
   * @return the changes, not null
   */
  public List<ChangeLine> of(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }
}
