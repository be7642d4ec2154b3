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

  /** The reason given for a file whose name was read earlier in the same import. */
  public static final String READ_ALREADY = "file read already";

  /**
   * Says whether the problem is with a whole file in a way that leaves the import incomplete: a
   * file that could not be opened or is not what it claims. A file skipped because a file of the
   * same name was read already leaves nothing out, so it is not one.
   *
   * @return whether the problem is with a whole file and is not a repeat
   */
  public boolean stopsTheImport() {
    return line == 0 && !reason.equals(READ_ALREADY);
  }

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
