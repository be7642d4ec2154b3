package io.github.sscp.model.strategy;

import io.github.sscp.model.Ids;
import io.github.sscp.model.time.DateRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A partnership's strategy (partnership plan) under Crime and Disorder Act 1998 ss5–7, e.g.
 * Southampton's Safe City Strategy 2022–27 with its 2024 mid-term refresh: period, status,
 * revisions, the statutory strands it declares, priorities, key crime issues, focus areas,
 * programmes, evidence, approvals, reviews, alignments and annexes.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Strategy extends WithStrategy {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The strategy's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** Its title. */
  @NotBlank
  String title();

  /** The period it covers. */
  DateRange period();

  /** Where it is in its life. */
  StrategyStatus status();

  /**
   * The statutory strands the strategy itself declares it covers, exactly as its documents say;
   * the compliance engine judges whether they suffice on a date.
   */
  Set<StatutoryStrand> statutoryStrands();

  /** The overarching priorities, in order. */
  List<@Valid Priority> priorities();

  /** The key crime issues, in order. */
  List<@Valid KeyCrimeIssue> keyCrimeIssues();

  /** The focus areas ("obsessions"). */
  List<@Valid FocusArea> focusAreas();

  /** Tactical activities the partnership reports on. */
  List<@Valid Programme> programmes();

  /** Revisions made so far, oldest first. */
  List<@Valid StrategyRevision> revisions();

  /** Reviews scheduled. */
  List<@Valid ScheduledReview> scheduledReviews();

  /** The strategic assessments it rests on, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidenceAssessmentIds();

  /** The public surveys it draws on, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidenceSurveyIds();

  /** The decisions that agreed or approved it, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> approvalDecisionIds();

  /** The governance body that manages progress and the review of its KPIs, by id. */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> kpiReviewBodyId();

  /** Plans it aligns with. */
  List<@Valid PlanAlignment> alignments();

  /** Annexes to the strategy paper. */
  List<@Valid Annex> annexes();

  /** The communications plan. */
  Optional<@Valid CommunicationsPlan> communicationsPlan();

  /**
   * Checks if the strategy's period covers a date.
   *
   * @param date the date, not null
   * @return true if the date lies in the period
   */
  default boolean isInForceOn(LocalDate date) {
    return period().contains(date);
  }

  /**
   * Finds a priority by id, title or alias.
   *
   * @param idOrWording the id or any wording, not null
   * @return the priority, or empty
   */
  default Optional<Priority> priority(String idOrWording) {
    return priorities().stream()
        .filter(p -> p.id().equals(idOrWording) || p.isNamed(idOrWording)).findFirst();
  }

  /**
   * Obtains every action across all focus areas.
   *
   * @return the actions, in focus-area order, not null
   */
  default List<Action> actions() {
    return focusAreas().stream().flatMap(f -> f.howWeWillDoIt().stream()).toList();
  }

  /**
   * Obtains the actions overdue on a date.
   *
   * @param asOf the date, not null
   * @return the overdue actions, not null
   */
  default List<Action> overdueActions(LocalDate asOf) {
    return actions().stream().filter(a -> a.isOverdue(asOf)).toList();
  }

  /**
   * Obtains the focus areas of one kind, e.g. the obsessions.
   *
   * @param kind the kind, not null
   * @return the focus areas, not null
   */
  default List<FocusArea> focusAreas(FocusAreaKind kind) {
    return focusAreas().stream().filter(f -> f.kind() == kind).toList();
  }

  /**
   * Obtains the ids of every measure bound anywhere in the strategy.
   *
   * @return measure ids, without repeats, not null
   */
  default Set<String> boundMeasureIds() {
    return Stream.concat(
            focusAreas().stream().flatMap(f -> f.measuresOfSuccess().stream())
                .map(b -> b.measureId()),
            annexes().stream().flatMap(a -> a.measureIds().stream()))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Builder for {@link Strategy}. */
  class Builder extends ImmutableStrategy.Builder {}
}
