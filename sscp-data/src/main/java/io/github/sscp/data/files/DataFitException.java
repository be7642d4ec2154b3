package io.github.sscp.data.files;

import io.github.sscp.model.base.SscpException;
import java.util.List;

/**
 * Thrown when data read from files does not fit the partnership it was joined to: a measure the
 * partnership does not define, a period of another kind than the measure's series. Each problem
 * names the file and line, or the file and data key, it came from.
 */
public class DataFitException extends SscpException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates an exception.
   *
   * @param problems each problem, located, at least one, not null
   */
  public DataFitException(List<String> problems) {
    super("the data does not fit the partnership: " + problems.get(0)
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    this.problems = List.copyOf(problems);
  }

  @Override
  public List<String> details() {
    return problems;
  }
}
