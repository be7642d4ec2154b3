package io.github.sscp.rules.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The statutory duties on the law date, split by who owes them: the partnership's own (its
 * responsible authorities acting together) and those others owe that it relies on.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param asOf the law date, not null
 * @param jurisdiction England or Wales, not null
 * @param verdict the verdict on the partnership's own duties, in words, not null
 * @param ours the partnership's own duties that call for action or a look, not null
 * @param others duties others owe that call for action, by holder, not null
 * @param met duties met, not null
 * @param notApplicable duties that do not apply, not null
 */
public record LawSummary(LocalDate asOf, String jurisdiction, String verdict,
    List<FindingLine> ours, List<HolderFindings> others, List<FindingLine> met,
    List<FindingLine> notApplicable) {

  /**
   * Creates a value, copying its lists.
   *
   * @param asOf the law date
   * @param jurisdiction England or Wales
   * @param verdict the verdict on the partnership's own duties, in words
   * @param ours the partnership's own duties that call for action or a look
   * @param others duties others owe that call for action, by holder
   * @param met duties met
   * @param notApplicable duties that do not apply
   */
  public LawSummary {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(verdict, "verdict");
    ours = List.copyOf(ours);
    others = List.copyOf(others);
    met = List.copyOf(met);
    notApplicable = List.copyOf(notApplicable);
  }
}
