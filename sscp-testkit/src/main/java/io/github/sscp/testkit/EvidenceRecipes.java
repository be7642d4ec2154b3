package io.github.sscp.testkit;

import io.github.sscp.model.evidence.AssessmentType;
import io.github.sscp.model.strategy.Engagement;
import io.github.sscp.model.strategy.EngagementMethod;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.evidence.Survey;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.law.StatutoryStrand;
import java.util.List;

/** Recipes for the {@code evidence} package: strategic assessments, surveys and engagement records. */
public final class EvidenceRecipes {

  private EvidenceRecipes() {}

  /**
   * Obtains strategic assessments naming no other value.
   *
   * @return the recipe, not null
   */
  public static Recipe<StrategicAssessment> strategicAssessment() {
    return d -> strategicAssessment(d, Parts.id(d, "assessment"), List.of());
  }

  static StrategicAssessment strategicAssessment(Draws d, String id, List<String> otherAssessmentIds) {
    return strategicAssessment(d, id, otherAssessmentIds, List.of(), List.of(), List.of());
  }

  static StrategicAssessment strategicAssessment(Draws d, String id, List<String> otherAssessmentIds,
      List<String> bodyIds, List<String> organisationIds, List<String> surveyIds) {
    StrategicAssessment.Builder b = StrategicAssessment.builder().id(id).title(Parts.words(d, 5))
        .periodCovered(TimeRecipes.financialYear().make(d)).published(d.chance(70))
        .strandsCovered(GovernanceRecipes.subset(d, StatutoryStrand.class, 60))
        .provenance(GeographyRecipes.provenance().make(d));
    if (d.chance(50)) {
      b.type(d.pick(AssessmentType.class));
    }
    if (d.chance(40)) {
      b.publishedOn(Parts.date(d));
    }
    if (d.chance(30)) {
      b.refreshFrequency(d.pick(List.of(Frequency.SIX_MONTHLY, Frequency.ANNUAL)));
    }
    if (!otherAssessmentIds.isEmpty() && d.chance(30)) {
      b.feedsAssessmentId(d.pick(otherAssessmentIds));
    }
    if (!bodyIds.isEmpty() && d.chance(30)) {
      b.preparedByBodyId(d.pick(bodyIds));
    }
    if (!organisationIds.isEmpty() && d.chance(30)) {
      b.ownerOrganisationId(d.pick(organisationIds));
    }
    if (!surveyIds.isEmpty() && d.chance(40)) {
      b.addSurveyId(d.pick(surveyIds));
    }
    return b.build();
  }

  /**
   * Obtains public surveys.
   *
   * @return the recipe, not null
   */
  public static Recipe<Survey> survey() {
    return d -> survey(d, Parts.id(d, "survey"));
  }

  static Survey survey(Draws d, String id) {
    return survey(d, id, List.of());
  }

  static Survey survey(Draws d, String id, List<String> organisationIds) {
    Survey.Builder b = Survey.builder().id(id).title(Parts.words(d, 4));
    if (!organisationIds.isEmpty() && d.chance(40)) {
      b.conductedByOrganisationId(d.pick(organisationIds));
    }
    if (d.chance(50)) {
      b.respondents(d.intBetween(0, 5000));
    }
    return b.build();
  }

  /**
   * Obtains engagement records naming no other value.
   *
   * @return the recipe, not null
   */
  public static Recipe<Engagement> engagement() {
    return d -> engagement(d, Parts.id(d, "engagement"), List.of(), List.of(), List.of());
  }

  static Engagement engagement(Draws d, String id, List<String> assessmentIds,
      List<String> strategyIds, List<String> surveyIds) {
    Engagement.Builder b = Engagement.builder().id(id).title(Parts.words(d, 4))
        .period(TimeRecipes.dateRange().make(d)).method(d.pick(EngagementMethod.class))
        .groups(Parts.list(d, 0, 3, i -> Parts.words(d, 2)))
        .provenance(GeographyRecipes.provenance().make(d));
    if (!assessmentIds.isEmpty() && d.chance(50)) {
      b.addInformedAssessmentId(d.pick(assessmentIds));
    }
    if (!strategyIds.isEmpty() && d.chance(50)) {
      b.addInformedStrategyId(d.pick(strategyIds));
    }
    if (!surveyIds.isEmpty() && d.chance(30)) {
      b.surveyId(d.pick(surveyIds));
    }
    return b.build();
  }
}
