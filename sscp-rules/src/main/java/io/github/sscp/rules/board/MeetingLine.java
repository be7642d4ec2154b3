package io.github.sscp.rules.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting of the board or of a body it reports to.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param date the day, not null
 * @param body the body, not null
 * @param status held, scheduled or cancelled, in words, not null
 * @param business what it did or will do, not null
 * @param labels whether its record is illustrative or inferred, in words, not null
 */
public record MeetingLine(LocalDate date, String body, String status, List<String> business,
    List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param date the day
   * @param body the body
   * @param status held, scheduled or cancelled, in words
   * @param business what it did or will do
   * @param labels whether its record is illustrative or inferred, in words
   */
  public MeetingLine {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(status, "status");
    business = List.copyOf(business);
    labels = List.copyOf(labels);
  }
}
