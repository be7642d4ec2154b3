package io.github.sscp.rules.board;

import io.github.sscp.model.time.DateRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The strategy a board steers, in its own shape: priorities, then the key crime issues and the
 * focus areas (obsessions) under them with what will be done and how, the partners, the offices,
 * the meetings and the review cycle.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param id the strategy's id, not null
 * @param title its title, not null
 * @param period the years it covers, not null
 * @param status its status in words, e.g. "active", not null
 * @param strands the statutory strands it declares, in words with their provision, not null
 * @param lastRevision its latest revision, e.g. "2024 mid-term refresh, agreed 1 July 2024"
 * @param reviews its scheduled reviews, in words, not null
 * @param priorities its priorities in order, each with its focus areas, not null
 * @param keyCrimeIssues its key crime issues in order, not null
 * @param partners the partnership's members, statutory first, not null
 * @param offices chairs, lead members and other offices held on the law date, not null
 * @param meetings the board's and others' meetings, in date order, not null
 * @param labels how far its facts are illustrative or inferred, in words, not null
 */
public record StrategyInBrief(String id, String title, DateRange period, String status,
    List<String> strands, Optional<String> lastRevision, List<String> reviews,
    List<PriorityLine> priorities, List<KeyCrimeIssueLine> keyCrimeIssues,
    List<PartnerLine> partners, List<OfficeLine> offices, List<MeetingLine> meetings,
    List<String> labels) {

  /**
   * Creates a value, copying its lists.
   *
   * @param id the strategy's id
   * @param title its title
   * @param period the years it covers
   * @param status its status in words, e.g. "active"
   * @param strands the statutory strands it declares, in words with their provision
   * @param lastRevision its latest revision, e.g. "2024 mid-term refresh, agreed 1 July 2024"
   * @param reviews its scheduled reviews, in words
   * @param priorities its priorities in order, each with its focus areas
   * @param keyCrimeIssues its key crime issues in order
   * @param partners the partnership's members, statutory first
   * @param offices chairs, lead members and other offices held on the law date
   * @param meetings the board's and others' meetings, in date order
   * @param labels how far its facts are illustrative or inferred, in words
   */
  public StrategyInBrief {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
    strands = List.copyOf(strands);
    Objects.requireNonNull(lastRevision, "lastRevision");
    reviews = List.copyOf(reviews);
    priorities = List.copyOf(priorities);
    keyCrimeIssues = List.copyOf(keyCrimeIssues);
    partners = List.copyOf(partners);
    offices = List.copyOf(offices);
    meetings = List.copyOf(meetings);
    labels = List.copyOf(labels);
  }
}
