package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;

/**
 * A key crime issue the strategy responds to.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param order its place, from 1
 * @param title its title, not null
 * @param period the years it is for, e.g. "2024/25 to 2027/28", not null
 * @param subIssues what it includes, not null
 * @param labels whether it is illustrative or inferred, in words, not null
 */
public record KeyCrimeIssueLine(int order, String title, String period, List<String> subIssues,
    List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param order its place, from 1
   * @param title its title
   * @param period the years it is for, e.g. "2024/25 to 2027/28"
   * @param subIssues what it includes
   * @param labels whether it is illustrative or inferred, in words
   */
  public KeyCrimeIssueLine {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(period, "period");
    subIssues = List.copyOf(subIssues);
    labels = List.copyOf(labels);
  }
}
