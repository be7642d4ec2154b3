package io.github.sscp.rules.board;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source of the partnership's money.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param title what it is, not null
 * @param amount how much, in words
 * @param status e.g. "awarded", not null
 * @param themes what it is for, not null
 * @param funders who gives it, not null
 * @param lead who leads it
 * @param labels whether it is illustrative or inferred, in words, not null
 */
public record FundingLine(String title, Optional<String> amount, String status, List<String> themes,
    List<String> funders, Optional<String> lead, List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param title what it is
   * @param amount how much, in words
   * @param status e.g. "awarded"
   * @param themes what it is for
   * @param funders who gives it
   * @param lead who leads it
   * @param labels whether it is illustrative or inferred, in words
   */
  public FundingLine {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
    themes = List.copyOf(themes);
    funders = List.copyOf(funders);
    Objects.requireNonNull(lead, "lead");
    labels = List.copyOf(labels);
  }
}
