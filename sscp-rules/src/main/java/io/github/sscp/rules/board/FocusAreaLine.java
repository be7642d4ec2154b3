package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A focus area (an obsession, say): the data that led to it, what needs to be done, how, the
 * measures of success and the actions.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param id its id, not null
 * @param kind its kind in words, e.g. "obsession", not null
 * @param title its title, not null
 * @param keyCrimeIssue the key crime issue it addresses
 * @param dataSummary the summary of data behind it
 * @param whatNeedsToBeDone what needs to be done, not null
 * @param howWeWillDoIt the actions, not null
 * @param measureIds its measures of success, not null
 * @param agreedAt the meeting that agreed it, in words
 * @param labels whether it is illustrative or inferred, in words, not null
 */
public record FocusAreaLine(String id, String kind, String title, Optional<String> keyCrimeIssue,
    Optional<String> dataSummary, List<String> whatNeedsToBeDone, List<ActionLine> howWeWillDoIt,
    List<String> measureIds, Optional<String> agreedAt, List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param id its id
   * @param kind its kind in words, e.g. "obsession"
   * @param title its title
   * @param keyCrimeIssue the key crime issue it addresses
   * @param dataSummary the summary of data behind it
   * @param whatNeedsToBeDone what needs to be done
   * @param howWeWillDoIt the actions
   * @param measureIds its measures of success
   * @param agreedAt the meeting that agreed it, in words
   * @param labels whether it is illustrative or inferred, in words
   */
  public FocusAreaLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(keyCrimeIssue, "keyCrimeIssue");
    Objects.requireNonNull(dataSummary, "dataSummary");
    whatNeedsToBeDone = List.copyOf(whatNeedsToBeDone);
    howWeWillDoIt = List.copyOf(howWeWillDoIt);
    measureIds = List.copyOf(measureIds);
    Objects.requireNonNull(agreedAt, "agreedAt");
    labels = List.copyOf(labels);
  }
}
