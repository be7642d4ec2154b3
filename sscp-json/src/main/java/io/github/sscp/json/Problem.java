package io.github.sscp.json;

import java.util.Objects;

/**
 * One problem in a document: where (a JSON Pointer, and the line and column when known) and what.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param pointer the JSON Pointer of the value at fault, e.g. "/document/memberships/2/role"; ""
 *     for the whole document
 * @param line the line, from 1; 0 when not known
 * @param column the column, from 1; 0 when not known
 * @param message what is wrong, not null
 */
public record Problem(String pointer, int line, int column, String message) {

  /**
   * Creates a problem.
   *
   * @param pointer the pointer
   * @param line the line
   * @param column the column
   * @param message the message
   */
  public Problem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Describes the problem as "pointer (line L, column C): message".
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer)
        + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + ": " + message;
  }
}
