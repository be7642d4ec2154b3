package io.github.sscp.rules.board;

import java.util.Objects;
import java.util.Optional;

/**
 * An office held on the law date: a chair, a lead cabinet member, a manager.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param office the office in words, e.g. "chair", not null
 * @param holder who holds it, not null
 * @param detail more, e.g. the portfolio or how they were chosen
 */
public record OfficeLine(String office, String holder, Optional<String> detail) {

  /**
   * Creates a value.
   *
   * @param office the office in words, e.g. "chair"
   * @param holder who holds it
   * @param detail more, e.g. the portfolio or how they were chosen
   */
  public OfficeLine {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(detail, "detail");
  }
}
