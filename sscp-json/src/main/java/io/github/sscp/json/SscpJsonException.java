package io.github.sscp.json;

import io.github.sscp.model.base.SscpException;
import java.util.List;

/**
 * The one exception reading throws: every problem found in the document, each with its pointer
 * and position. Nothing else escapes a read, whatever the input.
 */
public class SscpJsonException extends SscpException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates an exception.
   *
   * @param problems the problems, at least one, not null
   */
  public SscpJsonException(List<Problem> problems) {
    this("the document", problems);
  }

  /**
   * Creates an exception for a named document, such as a file.
   *
   * @param document what was read, e.g. the file's name, not null
   * @param problems the problems, at least one, not null
   */
  public SscpJsonException(String document, List<Problem> problems) {
    super(summary(document, problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(String document, List<Problem> problems) {
    StringBuilder s = new StringBuilder(problems.size() == 1 ? "1 problem in " + document
        : problems.size() + " problems in " + document);
    problems.stream().limit(20).forEach(p -> s.append("\n  ").append(p));
    if (problems.size() > 20) {
      s.append("\n  … and ").append(problems.size() - 20).append(" more");
    }
    return s.toString();
  }

  /**
   * Obtains the problems.
   *
   * @return the problems, in document order, not null
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Obtains each problem as "pointer (line, column): message".
   *
   * @return the problems as lines, not null
   */
  @Override
  public List<String> details() {
    return problems.stream().map(Problem::toString).toList();
  }
}
