package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;

/**
 * The findings on duties one holder owes.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param holder the holder in words, with names where known, not null
 * @param findings its findings, not null
 */
public record HolderFindings(String holder, List<FindingLine> findings) {

  /**
   * Creates a value, copying its lists.
   *
   * @param holder the holder in words, with names where known
   * @param findings its findings
   */
  public HolderFindings {
    Objects.requireNonNull(holder, "holder");
    findings = List.copyOf(findings);
  }
}
