package io.github.sscp.testkit;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.RagStatus;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.ActionStatus;
import io.github.sscp.model.strategy.Annex;
import io.github.sscp.model.strategy.AnnexKind;
import io.github.sscp.model.strategy.CommunicationsPlan;
import io.github.sscp.model.strategy.ExternalPlanKind;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.PerformanceFramework;
import io.github.sscp.model.strategy.PlanAlignment;
import io.github.sscp.model.strategy.PlanDocument;
import io.github.sscp.model.strategy.PlanDocumentKind;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.ProgressUpdate;
import io.github.sscp.model.strategy.Programme;
import io.github.sscp.model.strategy.RevisionKind;
import io.github.sscp.model.strategy.ScheduledReview;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyKind;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.strategy.SubIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Recipes for the {@code strategy} package: priorities, key crime issues, focus areas with actions
 * and dated progress, programmes, planning documents, revisions restating strands, alignments,
 * annexes and whole strategies.
 */
public final class StrategyRecipes {

  private StrategyRecipes() {}

  /**
   * Obtains priorities, sometimes with aliases.
   *
   * @return the recipe, not null
   */
  public static Recipe<Priority> priority() {
    return d -> priority(d, Parts.id(d, "priority"), d.intBetween(1, 9));
  }

  static Priority priority(Draws d, String id, int order) {
    return Priority.builder().id(id).order(order).title(Parts.words(d, 5))
        .aliases(Parts.list(d, 0, 1, i -> Parts.words(d, 5)))
        .provenance(GeographyRecipes.provenance().make(d)).build();
  }

  /**
   * Obtains sub-issues mapped to built-in crime categories.
   *
   * @return the recipe, not null
   */
  public static Recipe<SubIssue> subIssue() {
    return d -> SubIssue.builder().id(Parts.id(d, "sub")).title(Parts.words(d, 3))
        .crimeCategoryIds(Parts.list(d, 0, 2, i -> d.pick(MeasureRecipes.CRIME_CATEGORY_IDS))).build();
  }

  /**
   * Obtains key crime issues with up to three sub-issues.
   *
   * @return the recipe, not null
   */
  public static Recipe<KeyCrimeIssue> keyCrimeIssue() {
    return d -> keyCrimeIssue(d, Parts.id(d, "issue"), 1, List.of());
  }

  static KeyCrimeIssue keyCrimeIssue(Draws d, String id, int order, List<String> assessmentIds) {
    KeyCrimeIssue.Builder b = KeyCrimeIssue.builder().id(id).order(order).title(Parts.words(d, 4))
        .period(TimeRecipes.dateRange().make(d))
        .subIssues(Parts.list(d, 0, 3, i -> SubIssue.builder().id(id + "-sub-" + i)
            .title(Parts.words(d, 3))
            .crimeCategoryIds(Parts.list(d, 0, 2, j -> d.pick(MeasureRecipes.CRIME_CATEGORY_IDS)))
            .build()))
        .crimeCategoryIds(Parts.list(d, 0, 2, i -> d.pick(MeasureRecipes.CRIME_CATEGORY_IDS)))
        .provenance(GeographyRecipes.provenance().make(d));
    if (!assessmentIds.isEmpty() && d.chance(60)) {
      b.addIdentifiedByAssessmentId(d.pick(assessmentIds));
    }
    if (d.chance(30)) {
      b.approach(Parts.words(d, 5));
    }
    return b.build();
  }

  /**
   * Obtains actions of every status, with dates and progress updates consistent with it.
   *
   * @return the recipe, not null
   */
  public static Recipe<Action> action() {
    return d -> action(d, Parts.id(d, "action"), List.of(Parts.id(d, "org")), List.of(), List.of());
  }

  static Action action(Draws d, String id, List<String> organisationIds, List<String> personIds,
      List<String> programmeIds) {
    ActionStatus status = d.pick(ActionStatus.class);
    Action.Builder b = Action.builder().id(id).title(Parts.words(d, 5)).status(status)
        .ownerOrganisationId(d.pick(organisationIds))
        .provenance(GeographyRecipes.provenance().make(d));
    LocalDate start = Parts.date(d);
    if (d.chance(60)) {
      b.startDate(start);
    }
    if (d.chance(80)) {
      b.dueDate(start.plusDays(d.between(0, 1000)));
    }
    if (status == ActionStatus.COMPLETE) {
      b.completedDate(start.plusDays(d.between(0, 1000)));
    }
    if (d.chance(40)) {
      List<ActionStatus> open = new ArrayList<>(EnumSet.complementOf(EnumSet.of(ActionStatus.COMPLETE)));
      LocalDate at = start;
      for (int i = 0, n = d.intBetween(1, 3); i < n; i++) {
        at = at.plusDays(d.between(0, 200));
        ProgressUpdate.Builder u = ProgressUpdate.builder().date(at).status(d.pick(open));
        if (d.chance(50)) {
          u.rag(d.pick(RagStatus.class));
        }
        b.addUpdate(u.build());
      }
    }
    if (!personIds.isEmpty() && d.chance(40)) {
      b.ownerPersonId(d.pick(personIds));
    }
    if (!programmeIds.isEmpty() && d.chance(40)) {
      b.addProgrammeId(d.pick(programmeIds));
    }
    if (d.chance(30)) {
      b.addContributorOrganisationId(d.pick(organisationIds));
    }
    return b.build();
  }

  /**
   * Obtains focus areas of every kind, with actions but no measures of success or references.
   *
   * @return the recipe, not null
   */
  public static Recipe<FocusArea> focusArea() {
    return d -> FocusArea.builder().id(Parts.id(d, "focus")).kind(d.pick(FocusAreaKind.class))
        .title(Parts.words(d, 5)).dataSummary(Parts.words(d, 8))
        .whatNeedsToBeDone(Parts.list(d, 0, 2, i -> Parts.words(d, 6)))
        .howWeWillDoIt(Parts.list(d, 0, 2, i -> action(d, "action-" + i, List.of("org-0"),
            List.of(), List.of())))
        .provenance(GeographyRecipes.provenance().make(d)).build();
  }

  /**
   * Obtains tactical programmes.
   *
   * @return the recipe, not null
   */
  public static Recipe<Programme> programme() {
    return d -> Programme.builder().id(Parts.id(d, "programme")).name(Parts.words(d, 3))
        .focuses(Parts.list(d, 0, 3, i -> Parts.words(d, 2)))
        .interventions(Parts.list(d, 0, 2, i -> Parts.words(d, 2))).build();
  }

  /**
   * Obtains strategy revisions, some restating the statutory strands.
   *
   * @return the recipe, not null
   */
  public static Recipe<StrategyRevision> strategyRevision() {
    return d -> {
      StrategyRevision.Builder b = StrategyRevision.builder().version(Parts.words(d, 2))
          .kind(d.pick(RevisionKind.class)).year(d.intBetween(2015, 2030))
          .reasons(Parts.list(d, 0, 2, i -> Parts.words(d, 6)));
      if (d.chance(60)) {
        b.agreedOn(Parts.date(d));
      }
      if (d.chance(40)) {
        b.statutoryStrands(GovernanceRecipes.subsetOfAtLeastOne(d, StatutoryStrand.class));
      }
      return b.build();
    };
  }

  /**
   * Obtains scheduled reviews.
   *
   * @return the recipe, not null
   */
  public static Recipe<ScheduledReview> scheduledReview() {
    return d -> ScheduledReview.builder().kind(d.pick(RevisionKind.class))
        .when(TimeRecipes.financialYear().make(d)).description(Parts.words(d, 6))
        .completed(d.chance(30)).build();
  }

  /**
   * Obtains alignments with external plans, naming no priorities; some name no external priority.
   *
   * @return the recipe, not null
   */
  public static Recipe<PlanAlignment> planAlignment() {
    return d -> planAlignment(d, List.of());
  }

  static PlanAlignment planAlignment(Draws d, List<String> priorityIds) {
    PlanAlignment.Builder b = PlanAlignment.builder().planKind(d.pick(ExternalPlanKind.class))
        .planName(Parts.words(d, 4));
    if (d.chance(60)) {
      b.externalPriority(Parts.words(d, 4));
    }
    if (d.chance(20)) {
      b.statute("Well-being of Future Generations (Wales) Act 2015");
    }
    if (!priorityIds.isEmpty()) {
      b.addPriorityId(d.pick(priorityIds));
    }
    return b.build();
  }

  /**
   * Obtains annexes naming no measures.
   *
   * @return the recipe, not null
   */
  public static Recipe<Annex> annex() {
    return d -> Annex.builder().number(d.intBetween(1, 5)).title(Parts.words(d, 5))
        .kind(d.pick(AnnexKind.class)).published(d.chance(50)).build();
  }

  /**
   * Obtains communications plans naming no programmes.
   *
   * @return the recipe, not null
   */
  public static Recipe<CommunicationsPlan> communicationsPlan() {
    return d -> CommunicationsPlan.builder().status(Parts.words(d, 2)).build();
  }

  /**
   * Obtains planning documents naming no actions.
   *
   * @return the recipe, not null
   */
  public static Recipe<PlanDocument> planDocument() {
    return d -> planDocument(d, Parts.id(d, "document"), List.of());
  }

  static PlanDocument planDocument(Draws d, String id, List<String> actionIds) {
    PlanDocument.Builder b = PlanDocument.builder().id(id).kind(d.pick(PlanDocumentKind.class))
        .title(Parts.words(d, 4)).period(TimeRecipes.financialYear().make(d))
        .status(d.pick(StrategyStatus.class))
        .revisedOn(Parts.list(d, 0, 2, i -> Parts.date(d)))
        .provenance(GeographyRecipes.provenance().make(d));
    if (d.chance(50)) {
      b.sentToPccOn(Parts.date(d));
    }
    if (!actionIds.isEmpty()) {
      b.actionIds(Parts.list(d, 0, 2, i -> d.pick(actionIds)));
    }
    return b.build();
  }

  /**
   * Obtains whole strategies with priorities and focus areas, taken from a generated partnership.
   *
   * @return the recipe, not null
   */
  public static Recipe<Strategy> strategy() {
    return d -> {
      Partnership p = PartnershipRecipes.partnership(PartnershipSize.small()).make(d);
      return p.strategies().get(0);
    };
  }

  static Strategy strategy(Draws d, PartnershipSize size, References refs) {
    int priorities = d.intBetween(size.minPriorities(), size.maxPriorities());
    List<String> priorityIds = Parts.list(d, priorities, priorities, i -> "priority-" + i);
    List<String> issueIds = Parts.list(d, 0, 3, i -> "issue-" + i);
    List<String> programmeIds = Parts.list(d, 0, 2, i -> "programme-" + i);
    LocalDate start = Parts.date(d);
    List<FocusArea> focusAreas = Parts.list(d, 1, 3, f -> {
      FocusArea.Builder b = FocusArea.builder().id("focus-" + f).kind(d.pick(FocusAreaKind.class))
          .title(Parts.words(d, 5)).addPriorityId(d.pick(priorityIds)).dataSummary(Parts.words(d, 8))
          .whatNeedsToBeDone(Parts.list(d, 0, 2, i -> Parts.words(d, 6)))
          .howWeWillDoIt(Parts.list(d, 0, 2, a -> action(d, "action-" + f + "-" + a,
              refs.organisations(), refs.people(), programmeIds)))
          .measuresOfSuccess(Parts.list(d, 0, 2, i -> {
            MeasureDefinition m = d.pick(refs.measures());
            return MeasureRecipes.binding(d, m.id(), m.polarity() == Polarity.CONTEXT_ONLY,
                refs.comparatorGroups(), refs.tolerancePolicies());
          }))
          .provenance(GeographyRecipes.provenance().make(d));
      if (!issueIds.isEmpty() && d.chance(70)) {
        b.keyCrimeIssueId(d.pick(issueIds));
      }
      if (!refs.meetings().isEmpty() && d.chance(30)) {
        b.agreedAtMeetingId(d.pick(refs.meetings()));
      }
      if (d.chance(30)) {
        b.leadOrganisationId(d.pick(refs.organisations()));
      }
      return b.build();
    });
    List<String> actionIds = focusAreas.stream().flatMap(f -> f.howWeWillDoIt().stream())
        .map(Action::id).toList();
    Strategy.Builder b = Strategy.builder().id("strategy-0").title(Parts.words(d, 4))
        .period(io.github.sscp.model.time.DateRange.of(start, start.plusYears(d.intBetween(1, 5))))
        .periodProvenance(GeographyRecipes.provenance().make(d))
        .status(d.pick(StrategyStatus.class))
        .statutoryStrands(GovernanceRecipes.subset(d, StatutoryStrand.class, 70))
        .priorities(Parts.list(d, priorities, priorities, i -> priority(d, priorityIds.get(i), i + 1)))
        .keyCrimeIssues(Parts.list(d, issueIds.size(), issueIds.size(),
            i -> keyCrimeIssue(d, issueIds.get(i), i + 1, refs.assessments())))
        .focusAreas(focusAreas)
        .programmes(programmeIds.stream().map(x -> {
          Programme.Builder pb = Programme.builder().id(x).name(Parts.words(d, 3))
              .focuses(Parts.list(d, 0, 2, i -> Parts.words(d, 2)))
              .keyCrimeIssueIds(issueIds.isEmpty() ? List.of() : Parts.list(d, 0, 1, i -> d.pick(issueIds)));
          if (d.chance(40)) {
            pb.leadOrganisationId(d.pick(refs.organisations()));
          }
          if (!refs.fundingBids().isEmpty() && d.chance(40)) {
            pb.fundingBidId(d.pick(refs.fundingBids()));
          }
          return pb.build();
        }).toList())
        .documents(Parts.list(d, 0, 1, i -> planDocument(d, "document-" + i, actionIds)))
        .revisions(Parts.list(d, 0, 2, i -> {
          StrategyRevision r = strategyRevision().make(d);
          return refs.decisions().isEmpty() || !d.chance(50) ? r
              : r.withDecisionIds(d.pick(refs.decisions()));
        }))
        .scheduledReviews(Parts.list(d, 0, 1, i -> scheduledReview().make(d)))
        .evidenceAssessmentIds(refs.assessments())
        .evidenceSurveyIds(refs.surveys())
        .kpiReviewBodyId(d.pick(refs.bodies()))
        .provenance(GeographyRecipes.provenance().make(d));
    if (d.chance(20)) {
      b.kind(StrategyKind.JOINT_PLAN).addCoOwnerOrganisationId(d.pick(refs.organisations()));
    }
    if (!refs.decisions().isEmpty() && d.chance(60)) {
      b.addApprovalDecisionId(d.pick(refs.decisions()));
    }
    if (d.chance(40)) {
      PlanAlignment a = planAlignment(d, priorityIds);
      b.addAlignment(d.chance(50) ? a.withOwnerOrganisationId(d.pick(refs.organisations())) : a);
    }
    if (!programmeIds.isEmpty() && d.chance(50)) {
      b.communicationsPlan(CommunicationsPlan.builder().status(Parts.words(d, 2))
          .addRegularUpdateProgrammeId(d.pick(programmeIds)).build());
    }
    if (d.chance(40)) {
      b.addAnnex(Annex.builder().number(1).title(Parts.words(d, 5)).kind(AnnexKind.PERFORMANCE_COMPARISON)
          .addMeasureId(d.pick(refs.measures()).id())
          .comparisonPeriod(TimeRecipes.rolling12Months().make(d)).build());
    }
    if (d.chance(40)) {
      b.performanceFramework(PerformanceFramework.builder()
          .measureIds(Parts.list(d, 1, 2, i -> d.pick(refs.measures()).id()))
          .reportedToBodyId(d.pick(refs.bodies())).frequency(d.pick(Frequency.class)).build());
    }
    if (d.chance(40)) {
      b.sentToPccOn(start.plusDays(d.between(0, 200)));
    }
    return b.build();
  }

  /** The ids a generated strategy may refer to outside itself. */
  record References(List<String> organisations, List<String> people, List<MeasureDefinition> measures,
      List<String> comparatorGroups, List<String> tolerancePolicies, List<String> assessments,
      List<String> decisions, List<String> bodies, List<String> meetings, List<String> surveys,
      List<String> fundingBids) {}
}
