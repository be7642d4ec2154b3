package io.github.sscp.data;

import java.util.Objects;

/**
 * A row a reader could not use: where it is and why.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param file the file's name, not null
 * @param line the line the row starts on, from 1; 0 for a problem with the whole file
 * @param reason the kind of problem, e.g. "bad month", used to count problems by kind, not null
 * @param detail what exactly is wrong, e.g. {@code '2017-13' is not a month}, not null
 */
public record RowProblem(String file, long line, String reason, String detail) {

  /**
   * Creates a problem.
   *
   * @param file the file
   * @param line the line
   * @param reason the reason
   * @param detail the detail
   */
  public RowProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    if (detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL) + "…";
    }
  }

  /** The longest detail kept: a row's text quoted in it is cut there. */
  public static final int MAX_DETAIL = 300;

  /**
   * Describes the problem as {@code file:line: reason: detail}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + reason + (detail.isEmpty() ? "" : ": " + detail);
  }
}
