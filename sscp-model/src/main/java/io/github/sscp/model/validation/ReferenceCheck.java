package io.github.sscp.model.validation;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.measure.CrimeCategories;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.Strategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The model's cross-object checks on a partnership: ids unique within their kind, every id
 * reference resolving, observed values possible for their measure, and only direction-only targets
 * on context-only measures.
 */
final class ReferenceCheck {

  private final Partnership p;
  private final List<Violation> found = new ArrayList<>();

  ReferenceCheck(Partnership partnership) {
    this.p = partnership;
  }

  List<Violation> run() {
    Set<String> organisations = unique("organisations", p.organisations(), o -> o.id());
    Set<String> people = unique("people", p.people(), x -> x.id());
    Set<String> bodies = unique("governanceBodies", p.governanceBodies(), b -> b.id());
    Set<String> meetings = unique("meetings", p.meetings(), m -> m.id());
    Set<String> decisions = decisionIds();
    Set<String> assessments = unique("strategicAssessments", p.strategicAssessments(), a -> a.id());
    Set<String> surveys = unique("surveys", p.surveys(), s -> s.id());
    unique("measures", p.measures(), m -> m.id());
    Map<String, MeasureDefinition> measures = new HashMap<>();
    p.measures().forEach(m -> measures.putIfAbsent(m.id(), m));
    Set<String> categories = crimeCategoryIds();
    Set<String> groups = unique("comparatorGroups", p.comparatorGroups(), g -> g.id());
    Set<String> bids = unique("funding.bids", p.funding().bids(), b -> b.id());
    unique("risks", p.risks(), r -> r.id());
    unique("strategies", p.strategies(), s -> s.id());

    for (int i = 0; i < p.memberships().size(); i++) {
      var m = p.memberships().get(i);
      String at = "memberships[" + i + "]";
      ref(at + ".organisationId", m.organisationId(), organisations, "organisation");
      ref(at + ".representativeId", m.representativeId(), people, "person");
    }
    p.managingTeam().ifPresent(t ->
        ref("managingTeam.organisationId", t.organisationId(), organisations, "organisation"));
    for (int i = 0; i < p.people().size(); i++) {
      ref("people[" + i + "].organisationId", p.people().get(i).organisationId(), organisations,
          "organisation");
    }
    for (int i = 0; i < p.officeholders().size(); i++) {
      ref("officeholders[" + i + "].personId", p.officeholders().get(i).personId(), people, "person");
    }
    for (int i = 0; i < p.governanceBodies().size(); i++) {
      var b = p.governanceBodies().get(i);
      ref("governanceBodies[" + i + "].organisationId", b.organisationId(), organisations,
          "organisation");
      ref("governanceBodies[" + i + "].parentId", b.parentId(), bodies, "governance body");
    }
    for (int i = 0; i < p.meetings().size(); i++) {
      ref("meetings[" + i + "].bodyId", p.meetings().get(i).bodyId(), bodies, "governance body");
    }
    for (int i = 0; i < p.strategicAssessments().size(); i++) {
      refs("strategicAssessments[" + i + "].surveyIds", p.strategicAssessments().get(i).surveyIds(),
          surveys, "survey");
    }
    for (int i = 0; i < p.surveys().size(); i++) {
      ref("surveys[" + i + "].conductedByOrganisationId",
          p.surveys().get(i).conductedByOrganisationId(), organisations, "organisation");
    }
    for (int i = 0; i < p.measures().size(); i++) {
      refs("measures[" + i + "].crimeCategoryIds", p.measures().get(i).crimeCategoryIds(),
          categories, "crime category");
    }
    for (int i = 0; i < p.crimeCategories().size(); i++) {
      ref("crimeCategories[" + i + "].parentId", p.crimeCategories().get(i).parentId(), categories,
          "crime category");
    }
    for (int i = 0; i < p.funding().coreAllocations().size(); i++) {
      ref("funding.coreAllocations[" + i + "].organisationId",
          p.funding().coreAllocations().get(i).organisationId(), organisations, "organisation");
    }
    for (int i = 0; i < p.funding().bids().size(); i++) {
      var b = p.funding().bids().get(i);
      refs("funding.bids[" + i + "].funderOrganisationIds", b.funderOrganisationIds(),
          organisations, "organisation");
      ref("funding.bids[" + i + "].ledByPersonId", b.ledByPersonId(), people, "person");
    }
    for (int i = 0; i < p.risks().size(); i++) {
      ref("risks[" + i + "].ownerOrganisationId", p.risks().get(i).ownerOrganisationId(),
          organisations, "organisation");
    }
    checkObservations(measures);

    for (int s = 0; s < p.strategies().size(); s++) {
      Strategy st = p.strategies().get(s);
      String at = "strategies[" + s + "]";
      Set<String> priorities = unique(at + ".priorities", st.priorities(), x -> x.id());
      Set<String> issues = unique(at + ".keyCrimeIssues", st.keyCrimeIssues(), x -> x.id());
      unique(at + ".focusAreas", st.focusAreas(), x -> x.id());
      Set<String> programmes = unique(at + ".programmes", st.programmes(), x -> x.id());
      uniqueActions(at, st);

      for (int k = 0; k < st.keyCrimeIssues().size(); k++) {
        KeyCrimeIssue issue = st.keyCrimeIssues().get(k);
        String ik = at + ".keyCrimeIssues[" + k + "]";
        unique(ik + ".subIssues", issue.subIssues(), x -> x.id());
        refs(ik + ".crimeCategoryIds", issue.crimeCategoryIds(), categories, "crime category");
        for (int j = 0; j < issue.subIssues().size(); j++) {
          refs(ik + ".subIssues[" + j + "].crimeCategoryIds",
              issue.subIssues().get(j).crimeCategoryIds(), categories, "crime category");
        }
        refs(ik + ".identifiedByAssessmentIds", issue.identifiedByAssessmentIds(), assessments,
            "strategic assessment");
      }
      for (int f = 0; f < st.focusAreas().size(); f++) {
        FocusArea fa = st.focusAreas().get(f);
        String af = at + ".focusAreas[" + f + "]";
        ref(af + ".keyCrimeIssueId", fa.keyCrimeIssueId(), issues, "key crime issue");
        refs(af + ".priorityIds", fa.priorityIds(), priorities, "priority");
        ref(af + ".leadOrganisationId", fa.leadOrganisationId(), organisations, "organisation");
        ref(af + ".agreedAtMeetingId", fa.agreedAtMeetingId(), meetings, "meeting");
        for (int a = 0; a < fa.howWeWillDoIt().size(); a++) {
          Action action = fa.howWeWillDoIt().get(a);
          String aa = af + ".howWeWillDoIt[" + a + "]";
          ref(aa + ".ownerOrganisationId", action.ownerOrganisationId(), organisations,
              "organisation");
          ref(aa + ".ownerPersonId", action.ownerPersonId(), people, "person");
          refs(aa + ".contributorOrganisationIds", action.contributorOrganisationIds(),
              organisations, "organisation");
          refs(aa + ".programmeIds", action.programmeIds(), programmes, "programme");
        }
        for (int m = 0; m < fa.measuresOfSuccess().size(); m++) {
          checkBinding(af + ".measuresOfSuccess[" + m + "]", fa.measuresOfSuccess().get(m),
              measures, groups);
        }
      }
      for (int g = 0; g < st.programmes().size(); g++) {
        var prog = st.programmes().get(g);
        String ag = at + ".programmes[" + g + "]";
        ref(ag + ".fundingBidId", prog.fundingBidId(), bids, "funding bid");
        ref(ag + ".leadOrganisationId", prog.leadOrganisationId(), organisations, "organisation");
        refs(ag + ".keyCrimeIssueIds", prog.keyCrimeIssueIds(), issues, "key crime issue");
      }
      for (int r = 0; r < st.revisions().size(); r++) {
        refs(at + ".revisions[" + r + "].decisionIds", st.revisions().get(r).decisionIds(),
            decisions, "decision");
      }
      refs(at + ".evidenceAssessmentIds", st.evidenceAssessmentIds(), assessments,
          "strategic assessment");
      refs(at + ".evidenceSurveyIds", st.evidenceSurveyIds(), surveys, "survey");
      refs(at + ".approvalDecisionIds", st.approvalDecisionIds(), decisions, "decision");
      ref(at + ".kpiReviewBodyId", st.kpiReviewBodyId(), bodies, "governance body");
      for (int a = 0; a < st.alignments().size(); a++) {
        var al = st.alignments().get(a);
        ref(at + ".alignments[" + a + "].ownerOrganisationId", al.ownerOrganisationId(),
            organisations, "organisation");
        refs(at + ".alignments[" + a + "].priorityIds", al.priorityIds(), priorities, "priority");
      }
      for (int a = 0; a < st.annexes().size(); a++) {
        refs(at + ".annexes[" + a + "].measureIds", st.annexes().get(a).measureIds(),
            measures.keySet(), "measure");
      }
      st.communicationsPlan().ifPresent(c -> refs(at + ".communicationsPlan.regularUpdateProgrammeIds",
          c.regularUpdateProgrammeIds(), programmes, "programme"));
    }
    return found;
  }

  private Set<String> decisionIds() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < p.meetings().size(); i++) {
      Meeting m = p.meetings().get(i);
      for (int d = 0; d < m.decisions().size(); d++) {
        Decision decision = m.decisions().get(d);
        if (!ids.add(decision.id())) {
          duplicate("meetings[" + i + "].decisions[" + d + "].id", decision.id(), "decision");
        }
      }
    }
    return ids;
  }

  private Set<String> crimeCategoryIds() {
    Set<String> ids = new HashSet<>();
    CrimeCategories.all().forEach(c -> ids.add(c.id()));
    for (int i = 0; i < p.crimeCategories().size(); i++) {
      CrimeCategory c = p.crimeCategories().get(i);
      if (!ids.add(c.id())) {
        duplicate("crimeCategories[" + i + "].id", c.id(), "crime category (or a built-in one)");
      }
    }
    return ids;
  }

  private void uniqueActions(String at, Strategy st) {
    Set<String> ids = new HashSet<>();
    for (int f = 0; f < st.focusAreas().size(); f++) {
      List<Action> actions = st.focusAreas().get(f).howWeWillDoIt();
      for (int a = 0; a < actions.size(); a++) {
        if (!ids.add(actions.get(a).id())) {
          duplicate(at + ".focusAreas[" + f + "].howWeWillDoIt[" + a + "].id", actions.get(a).id(),
              "action");
        }
      }
    }
  }

  private void checkBinding(String at, MeasureBinding binding, Map<String, MeasureDefinition> measures,
      Set<String> groups) {
    ref(at + ".measureId", binding.measureId(), measures.keySet(), "measure");
    ref(at + ".comparatorGroupId", binding.comparatorGroupId(), groups, "comparator group");
    MeasureDefinition measure = measures.get(binding.measureId());
    if (measure != null && measure.polarity() == Polarity.CONTEXT_ONLY) {
      List<Target> targets = binding.targets();
      for (int t = 0; t < targets.size(); t++) {
        if (targets.get(t).type() != TargetType.DIRECTION_ONLY) {
          found.add(new Violation(at + ".targets[" + t + "].type",
              "measure " + measure.id() + " is CONTEXT_ONLY: only a DIRECTION_ONLY target may be set,"
                  + " not " + targets.get(t).type(), Violation.TARGET_POLARITY));
        }
      }
    }
  }

  private void checkObservations(Map<String, MeasureDefinition> measures) {
    List<Observation> entries = p.observations().entries();
    for (int i = 0; i < entries.size(); i++) {
      Observation o = entries.get(i);
      String at = "observations.entries[" + i + "]";
      ref(at + ".measureId", o.measureId(), measures.keySet(), "measure");
      MeasureDefinition m = measures.get(o.measureId());
      if (m != null) {
        valueProblem(m.valueType(), o.value()).ifPresent(problem -> found.add(new Violation(
            at + ".value", "value " + o.value().toPlainString() + " of a " + m.valueType()
                + " measure (" + m.id() + ") " + problem, Violation.VALUE_TYPE)));
      }
    }
  }

  /** Why a value is impossible for a value type, if it is. */
  static Optional<String> valueProblem(ValueType type, BigDecimal value) {
    boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    switch (type) {
      case COUNT:
        return value.signum() < 0 || !whole
            ? Optional.of("must be a whole number of 0 or more") : Optional.empty();
      case RANK:
        return value.signum() <= 0 || !whole
            ? Optional.of("must be a whole number of 1 or more") : Optional.empty();
      case BOOLEAN:
        return value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0
            ? Optional.of("must be 0 or 1") : Optional.empty();
      case PERCENTAGE:
        return value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
            ? Optional.of("must be between 0 and 100") : Optional.empty();
      case RATE:
      case DURATION:
        return value.signum() < 0 ? Optional.of("must not be negative") : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private <T> Set<String> unique(String listPath, List<T> items, Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      if (!ids.add(value)) {
        duplicate(listPath + "[" + i + "].id", value, singular(listPath));
      }
    }
    return ids;
  }

  private void duplicate(String path, String id, String what) {
    found.add(new Violation(path, "id '" + id + "' is already used by another " + what,
        Violation.DUPLICATE_ID));
  }

  private void ref(String path, String id, Set<String> known, String what) {
    if (!known.contains(id)) {
      found.add(new Violation(path, "refers to " + what + " '" + id + "', which does not exist",
          Violation.REFERENCE));
    }
  }

  private void ref(String path, Optional<String> id, Set<String> known, String what) {
    id.ifPresent(value -> ref(path, value, known, what));
  }

  private void refs(String path, List<String> ids, Set<String> known, String what) {
    for (int i = 0; i < ids.size(); i++) {
      ref(path + "[" + i + "]", ids.get(i), known, what);
    }
  }

  private static String singular(String listPath) {
    String last = listPath.substring(listPath.lastIndexOf('.') + 1);
    return last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y"
        : last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
  }
}
