package io.github.sscp.json;

import java.util.List;
import java.util.Objects;

/**
 * Whether a partnership file can be read, and every problem in it with its place.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param file the file's name as given, not null
 * @param valid whether it was read without a problem
 * @param problems every problem, in document order, not null
 */
public record Validation(String file, boolean valid, List<Problem> problems) {

  /**
   * Creates a result, copying the problems.
   *
   * @param file the file
   * @param valid whether valid
   * @param problems the problems
   */
  public Validation {
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
  }
}
