package io.github.sscp.json;

/**
 * The bounds every read enforces, so that no input can take unbounded time or memory.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param maxDocumentBytes the largest document, in bytes (and characters)
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest property name, in characters
 * @param maxTokens the most tokens in a document
 */
public record Limits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
    int maxNameLength, long maxTokens) {

  /**
   * The defaults: 16 MiB documents, depth 64, strings of 100,000 characters, numbers of 40
   * characters, names of 200 characters, 2 million tokens — ample for any partnership, small
   * enough for a server.
   */
  public static final Limits DEFAULT = new Limits(16L << 20, 64, 100_000, 40, 200, 2_000_000);

  /**
   * The longest run of characters without a space or line break a YAML document may hold, 10,000:
   * the YAML scanner's work grows with the square of such a run, so longer ones are refused before
   * parsing. Text that needs more can break its lines (YAML folds them) or be written as JSON.
   */
  public static final int MAX_YAML_WORD = 10_000;

  /**
   * Creates limits.
   *
   * @param maxDocumentBytes document size
   * @param maxDepth nesting depth
   * @param maxStringLength string length
   * @param maxNumberLength number length
   * @param maxNameLength name length
   * @param maxTokens token count
   */
  public Limits {
    if (maxDocumentBytes < 1 || maxDepth < 4 || maxStringLength < 1 || maxNumberLength < 1
        || maxNameLength < 1 || maxTokens < 1) {
      throw new IllegalArgumentException("limits must be positive (depth at least 4)");
    }
  }

  /**
   * Obtains a copy with another bound on largest document, in bytes.
   *
   * @param value the largest document, in bytes
   * @return the limits, not null
   */
  public Limits withMaxDocumentBytes(long value) {
    return new Limits(value, maxDepth, maxStringLength, maxNumberLength, maxNameLength, maxTokens);
  }

  /**
   * Obtains a copy with another bound on deepest nesting.
   *
   * @param value the deepest nesting
   * @return the limits, not null
   */
  public Limits withMaxDepth(int value) {
    return new Limits(maxDocumentBytes, value, maxStringLength, maxNumberLength, maxNameLength, maxTokens);
  }

  /**
   * Obtains a copy with another bound on longest string value.
   *
   * @param value the longest string value
   * @return the limits, not null
   */
  public Limits withMaxStringLength(int value) {
    return new Limits(maxDocumentBytes, maxDepth, value, maxNumberLength, maxNameLength, maxTokens);
  }

  /**
   * Obtains a copy with another bound on longest number.
   *
   * @param value the longest number
   * @return the limits, not null
   */
  public Limits withMaxNumberLength(int value) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, value, maxNameLength, maxTokens);
  }

  /**
   * Obtains a copy with another bound on longest property name.
   *
   * @param value the longest property name
   * @return the limits, not null
   */
  public Limits withMaxNameLength(int value) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, value, maxTokens);
  }

  /**
   * Obtains a copy with another bound on most tokens.
   *
   * @param value the most tokens
   * @return the limits, not null
   */
  public Limits withMaxTokens(long value) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength, value);
  }
}
