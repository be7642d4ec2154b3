package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;

/**
 * The strategy's actions that need a look: overdue, due within three months, at risk.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param total how many actions the strategy has
 * @param overdue past their due date and not complete, not null
 * @param dueSoon due within three months of the law date, not null
 * @param atRisk reported at risk or off track, not null
 */
public record ActionSummary(int total, List<ActionLine> overdue, List<ActionLine> dueSoon,
    List<ActionLine> atRisk) {

  /**
   * Creates a value, copying its lists.
   *
   * @param total how many actions the strategy has
   * @param overdue past their due date and not complete
   * @param dueSoon due within three months of the law date
   * @param atRisk reported at risk or off track
   */
  public ActionSummary {
    overdue = List.copyOf(overdue);
    dueSoon = List.copyOf(dueSoon);
    atRisk = List.copyOf(atRisk);
  }
}
