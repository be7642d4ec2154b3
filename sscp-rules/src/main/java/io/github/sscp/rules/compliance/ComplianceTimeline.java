package io.github.sscp.rules.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The dates between two dates on which a partnership's findings change, and why.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param partnership the partnership's name, not null
 * @param jurisdiction the law it was judged under, not null
 * @param from the first day, not null
 * @param to the last day, not null
 * @param changes each change, in date then catalogue order, not null
 */
public record ComplianceTimeline(String partnership, Jurisdiction jurisdiction, LocalDate from,
    LocalDate to, List<TimelineEntry> changes) {

  /**
   * Creates a timeline, copying the changes.
   *
   * @param partnership the partnership
   * @param jurisdiction the jurisdiction
   * @param from the first day
   * @param to the last day
   * @param changes the changes
   */
  public ComplianceTimeline {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    changes = List.copyOf(changes);
  }
}
