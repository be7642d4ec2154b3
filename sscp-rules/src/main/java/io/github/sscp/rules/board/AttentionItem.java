package io.github.sscp.rules.board;

import java.util.Objects;

/**
 * One thing that needs the board's attention, in a sentence, pointing at its detail.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param rank its place, 1 = most pressing
 * @param kind why it is here, not null
 * @param sentence what needs attention, in one sentence, not null
 * @param detail the section that holds the detail, e.g. "measure-residential-burglary", "law", "actions", not null
 */
public record AttentionItem(int rank, AttentionKind kind, String sentence, String detail) {

  /**
   * Creates a value.
   *
   * @param rank its place, 1 = most pressing
   * @param kind why it is here
   * @param sentence what needs attention, in one sentence
   * @param detail the section that holds the detail, e.g. "measure-residential-burglary", "law", "actions"
   */
  public AttentionItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(detail, "detail");
  }
}
