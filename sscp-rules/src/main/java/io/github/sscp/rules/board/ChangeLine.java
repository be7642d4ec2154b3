package io.github.sscp.rules.board;

import java.util.Objects;

/**
 * One change since the last board.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param kind what changed, not null
 * @param sentence the change in words, not null
 */
public record ChangeLine(ChangeKind kind, String sentence) {

  /**
   * Creates a value.
   *
   * @param kind what changed
   * @param sentence the change in words
   */
  public ChangeLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
  }
}
