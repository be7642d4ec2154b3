package io.github.sscp.model.strategy;

import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.evidence.Survey;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A partnership's strategy (partnership plan) under Crime and Disorder Act 1998 ss5–7, e.g.
 * Southampton's Safe City Strategy 2022–27 with its 2024 mid-term refresh: period, status,
 * revisions, the statutory strands it declares, priorities, key crime issues, focus areas,
 * programmes, documents, evidence, approvals, reviews, alignments, annexes and its performance
 * framework. A strategy may be owned jointly with another body.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Strategy extends WithStrategy, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The strategy's id. */
  @Id
  String id();

  /** Its title. */
  @NotBlank
  String title();

  /** What kind of plan it is. */
  @Value.Default
  default StrategyKind kind() {
    return StrategyKind.PARTNERSHIP_PLAN;
  }

  /**
   * The organisations that own it besides the partnership's responsible authorities, by id, e.g.
   * the police and crime commissioner for a joint plan.
   */
  @RefersTo(Organisation.class)
  List<@Id String> coOwnerOrganisationIds();

  /** The period it covers. */
  DateRange period();

  /** Where the period came from, e.g. inferred from "22-27". */
  @Value.Default
  @Valid
  default Provenance periodProvenance() {
    return Provenance.SUPPLIED;
  }

  /** Where it is in its life. */
  StrategyStatus status();

  /**
   * The statutory strands the strategy declared it covers when adopted, exactly as its documents
   * say; revisions may restate them ({@link #statutoryStrandsOn(LocalDate)}). The compliance engine
   * judges whether they suffice on a date.
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

  /** Planning documents under the strategy, e.g. the annual action plan. */
  List<@Valid PlanDocument> documents();

  /** Revisions made so far, oldest first. */
  List<@Valid StrategyRevision> revisions();

  /** Reviews scheduled. */
  List<@Valid ScheduledReview> scheduledReviews();

  /** The strategic assessments it rests on, by id. */
  @RefersTo(StrategicAssessment.class)
  List<@Id String> evidenceAssessmentIds();

  /** The public surveys it draws on, by id. */
  @RefersTo(Survey.class)
  List<@Id String> evidenceSurveyIds();

  /** How its priorities were set: the method, with a note. */
  Optional<@Valid PrioritySetting> prioritySetting();

  /**
   * How it is delivered, in a sentence, e.g. "thematic delivery groups report to the board
   * quarterly".
   */
  Optional<@NotBlankIfPresent String> deliveryModel();

  /** The decisions that agreed or approved it, by id. */
  @RefersTo(Decision.class)
  List<@Id String> approvalDecisionIds();

  /** The governance body that manages progress and the review of its KPIs, by id. */
  @RefersTo(GovernanceBody.class)
  Optional<@Id String> kpiReviewBodyId();

  /** How its performance is reported. */
  Optional<@Valid PerformanceFramework> performanceFramework();

  /** Plans and frameworks it aligns with. */
  List<@Valid PlanAlignment> alignments();

  /** Annexes to the strategy paper. */
  List<@Valid Annex> annexes();

  /** The communications plan. */
  Optional<@Valid CommunicationsPlan> communicationsPlan();

  /** When it was sent to the police and crime commissioner (SI 2007/1830 reg 13A, England). */
  Optional<LocalDate> sentToPccOn();

  /** When it was published. */
  Optional<LocalDate> publishedOn();

  /** Where it is published. */
  Optional<@NotBlankIfPresent String> url();

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
   * Obtains the statutory strands declared on a date: those of the latest revision in effect on
   * that date that restates them, or else those declared when the strategy was adopted.
   *
   * @param date the date, not null
   * @return the strands declared on that date, not null
   */
  default Set<StatutoryStrand> statutoryStrandsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return revisions().stream()
        .filter(r -> !r.statutoryStrands().isEmpty())
        .filter(r -> r.effectiveOn().map(d -> !d.isAfter(date)).orElse(false))
        .max(Comparator.comparing(r -> r.effectiveOn().orElseThrow()))
        .map(StrategyRevision::statutoryStrands)
        .orElse(statutoryStrands());
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
   * @return measure ids, without repeats, in first-seen order, not null
   */
  default Set<String> boundMeasureIds() {
    return Stream.of(
            focusAreas().stream().flatMap(f -> f.measuresOfSuccess().stream())
                .map(b -> b.measureId()),
            annexes().stream().flatMap(a -> a.measureIds().stream()),
            performanceFramework().stream().flatMap(f -> f.measureIds().stream()))
        .flatMap(s -> s)
        .collect(Collectors.collectingAndThen(Collectors.toCollection(java.util.LinkedHashSet::new),
            java.util.Collections::unmodifiableSet));
  }

  /** Builder for {@link Strategy}. */
  class Builder extends ImmutableStrategy.Builder {}
}
