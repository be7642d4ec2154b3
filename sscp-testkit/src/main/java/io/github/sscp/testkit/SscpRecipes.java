package io.github.sscp.testkit;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.Provenance;
import io.github.sscp.model.ProvenanceKind;
import io.github.sscp.model.evidence.AssessmentType;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.evidence.Survey;
import io.github.sscp.model.funding.BidStatus;
import io.github.sscp.model.funding.BudgetAllocation;
import io.github.sscp.model.funding.Funding;
import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.AreaType;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.ComparatorSource;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.governance.DecisionOutcome;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingFormat;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.governance.Risk;
import io.github.sscp.model.governance.RiskCategory;
import io.github.sscp.model.measure.Baseline;
import io.github.sscp.model.measure.BindingRole;
import io.github.sscp.model.measure.CrimeCategories;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.measure.CrimeCategorySystem;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.ObservationStatus;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.ContactDetails;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.ManagingTeam;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Office;
import io.github.sscp.model.organisation.Officeholder;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.organisation.Selection;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.ActionStatus;
import io.github.sscp.model.strategy.Annex;
import io.github.sscp.model.strategy.AnnexKind;
import io.github.sscp.model.strategy.CommunicationsPlan;
import io.github.sscp.model.strategy.ExternalPlanKind;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.PlanAlignment;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Programme;
import io.github.sscp.model.strategy.RevisionKind;
import io.github.sscp.model.strategy.ScheduledReview;
import io.github.sscp.model.strategy.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.strategy.SubIssue;
import io.github.sscp.model.time.CalendarYear;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.FinancialYearToDate;
import io.github.sscp.model.time.Month;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.time.Rolling12Months;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The recipes behind every generator: one per model type, each making only values that pass {@link
 * io.github.sscp.model.validation.ModelValidator} with no violations. The simplest draws give the
 * simplest values (first enum constant, shortest list, earliest date), so shrinking leads there.
 */
public final class SscpRecipes {

  private static final List<String> WORDS = List.of("safer", "streets", "community", "violence",
      "theft", "youth", "burglary", "partnership", "night", "economy", "harm", "neighbourhood");
  private static final List<String> CRIME_CATEGORY_IDS =
      CrimeCategories.all().stream().map(CrimeCategory::id).toList();
  private static final LocalDate EPOCH = LocalDate.of(2015, 4, 1);

  private SscpRecipes() {}

  // --- text, ids, numbers ----------------------------------------------------------------------

  static String words(Draws d, int max) {
    int n = d.intBetween(1, max);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = d.pick(WORDS);
      out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
    }
    return out.toString();
  }

  static String id(Draws d, String prefix) {
    return prefix + "-" + d.intBetween(0, 999);
  }

  static LocalDate date(Draws d) {
    return EPOCH.plusDays(d.between(0, 15 * 365));
  }

  static YearMonth yearMonth(Draws d) {
    return YearMonth.from(EPOCH).plusMonths(d.between(0, 15 * 12));
  }

  static <T> List<T> list(Draws d, int min, int max, IntFunction<T> element) {
    int n = d.intBetween(min, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(i));
    }
    return out;
  }

  static BigDecimal decimal(Draws d, long maxUnits, int scale) {
    return BigDecimal.valueOf(d.between(0, maxUnits), scale);
  }

  /**
   * Obtains a value valid for a measure of the given type.
   *
   * @param type the value type, not null
   * @return the recipe, not null
   */
  public static Recipe<BigDecimal> value(ValueType type) {
    return d -> switch (type) {
      case COUNT -> BigDecimal.valueOf(d.between(0, 500));
      case RANK -> BigDecimal.valueOf(d.between(1, 20));
      case BOOLEAN -> BigDecimal.valueOf(d.between(0, 1));
      case PERCENTAGE -> decimal(d, 1000, 1);
      case RATE, DURATION, RATIO -> decimal(d, 100_000, 2);
      case CURRENCY -> decimal(d, 10_000_000, 2);
    };
  }

  // --- time ------------------------------------------------------------------------------------

  /** @return months from April 2015 for 15 years */
  public static Recipe<Month> month() {
    return d -> Month.of(yearMonth(d));
  }

  /** @return financial years 2015/16 to 2030/31 */
  public static Recipe<FinancialYear> financialYear() {
    return d -> FinancialYear.of(d.intBetween(2015, 2030));
  }

  /** @return quarters of financial years 2015/16 to 2030/31 */
  public static Recipe<Quarter> quarter() {
    return d -> Quarter.of(financialYear().make(d), d.intBetween(1, 4));
  }

  /** @return financial years to date */
  public static Recipe<FinancialYearToDate> financialYearToDate() {
    return d -> FinancialYearToDate.through(yearMonth(d));
  }

  /** @return rolling 12-month windows */
  public static Recipe<Rolling12Months> rolling12Months() {
    return d -> Rolling12Months.endingWith(yearMonth(d));
  }

  /** @return calendar years 2015 to 2030 */
  public static Recipe<CalendarYear> calendarYear() {
    return d -> CalendarYear.of(d.intBetween(2015, 2030));
  }

  /** @return date ranges of 1 day to 6 years */
  public static Recipe<DateRange> dateRange() {
    return d -> {
      LocalDate start = date(d);
      return DateRange.of(start, start.plusDays(d.between(1, 6 * 366)));
    };
  }

  /** @return reporting periods of every kind */
  public static Recipe<ReportingPeriod> reportingPeriod() {
    List<Recipe<? extends ReportingPeriod>> kinds = List.of(financialYear(), quarter(), month(),
        rolling12Months(), financialYearToDate(), calendarYear(), dateRange());
    return d -> d.pick(kinds).make(d);
  }

  // --- geography -------------------------------------------------------------------------------

  /**
   * Obtains GSS codes of one geography type.
   *
   * @param type the type, not null
   * @return the recipe, not null
   */
  public static Recipe<GssCode> gssCode(GeographyType type) {
    return d -> GssCode.of(d.pick(type.prefixes()) + String.format("%06d", d.between(0, 999_999)));
  }

  /**
   * Obtains named geographies of one type.
   *
   * @param type the type, not null
   * @return the recipe, not null
   */
  public static Recipe<GeographyRef> geographyRef(GeographyType type) {
    return d -> GeographyRef.of(gssCode(type).make(d), words(d, 2));
  }

  /** @return comparator groups of 2 to 6 partnerships */
  public static Recipe<ComparatorGroup> comparatorGroup() {
    return d -> ComparatorGroup.builder().id(id(d, "group")).name(words(d, 3))
        .source(d.pick(ComparatorSource.class))
        .members(list(d, 2, 6, i -> geographyRef(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).make(d)))
        .addTopic("police recorded crime").build();
  }

  // --- provenance and money --------------------------------------------------------------------

  /** @return provenance of every kind, each with what its kind requires */
  public static Recipe<Provenance> provenance() {
    return d -> switch (d.pick(ProvenanceKind.class)) {
      case SUPPLIED -> Provenance.SUPPLIED;
      case SOURCED -> Provenance.sourced(words(d, 4));
      case INFERRED -> Provenance.inferred(words(d, 3), words(d, 4));
      case ILLUSTRATIVE -> Provenance.illustrative(words(d, 4));
    };
  }

  /** @return amounts from £0 to £10m in pence */
  public static Recipe<Money> money() {
    return d -> Money.of(decimal(d, 1_000_000_000L, 2));
  }

  // --- organisation ----------------------------------------------------------------------------

  /** @return organisations with an id, name and type */
  public static Recipe<Organisation> organisation() {
    return d -> organisation(d, id(d, "org"));
  }

  static Organisation organisation(Draws d, String id) {
    Organisation.Builder b = Organisation.builder().id(id).name(words(d, 4))
        .type(d.pick(OrganisationType.class));
    if (d.chance(20)) {
      b.addAlias(words(d, 2));
    }
    return b.build();
  }

  /** @return memberships of every role, consistent with their type, kind and category */
  public static Recipe<Membership> membership() {
    return d -> membership(d, id(d, "org"), Nation.ENGLAND);
  }

  static Membership membership(Draws d, String organisationId, Nation nation) {
    MembershipRole role = d.pick(MembershipRole.class);
    if (role == MembershipRole.RESPONSIBLE_AUTHORITY) {
      ResponsibleAuthorityType type = d.pick(ResponsibleAuthorityType.class);
      if (type == ResponsibleAuthorityType.HEALTH_BODY) {
        return Membership.healthBody(organisationId, nation == Nation.WALES
            ? HealthBodyKind.LOCAL_HEALTH_BOARD
            : d.pick(List.of(HealthBodyKind.INTEGRATED_CARE_BOARD,
                HealthBodyKind.CLINICAL_COMMISSIONING_GROUP, HealthBodyKind.PRIMARY_CARE_TRUST)));
      }
      return Membership.responsibleAuthority(organisationId, type);
    }
    Membership.Builder b = Membership.builder().organisationId(organisationId).role(role);
    if (role == MembershipRole.NON_STATUTORY_PARTNER || d.chance(50)) {
      b.partnerCategory(d.pick(PartnerCategory.class));
    }
    if (d.chance(20)) {
      LocalDate from = date(d);
      b.validFrom(from).validTo(from.plusDays(d.between(0, 2000)));
    }
    return b.build();
  }

  /** @return contact details with an e-mail address and, sometimes, a telephone number */
  public static Recipe<ContactDetails> contactDetails() {
    return d -> {
      ContactDetails.Builder b = ContactDetails.builder()
          .email(d.pick(WORDS) + "." + d.pick(WORDS) + "@example.org");
      if (d.chance(50)) {
        b.telephone("023 8083 " + String.format("%04d", d.between(0, 9999)));
      }
      return b.build();
    };
  }

  /** @return people, sometimes with contact details */
  public static Recipe<Person> person() {
    return d -> person(d, id(d, "person"), List.of());
  }

  static Person person(Draws d, String id, List<String> organisationIds) {
    Person.Builder b = Person.builder().id(id).displayName(words(d, 2));
    if (d.chance(50)) {
      b.roleTitle(words(d, 3));
    }
    if (!organisationIds.isEmpty() && d.chance(70)) {
      b.organisationId(d.pick(organisationIds));
    }
    if (d.chance(30)) {
      b.contact(contactDetails().make(d));
    }
    return b.build();
  }

  /** @return officeholders of every office */
  public static Recipe<Officeholder> officeholder() {
    return d -> officeholder(d, id(d, "person"));
  }

  static Officeholder officeholder(Draws d, String personId) {
    Officeholder.Builder b = Officeholder.builder().office(d.pick(Office.class)).personId(personId);
    if (d.chance(50)) {
      b.selection(d.pick(Selection.class));
    }
    if (d.chance(30)) {
      b.portfolio(words(d, 3));
    }
    return b.build();
  }

  /** @return managing teams */
  public static Recipe<ManagingTeam> managingTeam() {
    return d -> ManagingTeam.of(words(d, 2), id(d, "org"));
  }

  // --- measures --------------------------------------------------------------------------------

  /** @return crime categories of the local code system */
  public static Recipe<CrimeCategory> crimeCategory() {
    return d -> {
      String code = d.pick(WORDS) + "-" + d.intBetween(0, 99);
      return CrimeCategory.of("local/" + code, CrimeCategorySystem.LOCAL, code, words(d, 3));
    };
  }

  /** @return data sources */
  public static Recipe<DataSource> dataSource() {
    return d -> {
      DataSource.Builder b = DataSource.builder().name(words(d, 4));
      if (d.chance(50)) {
        b.publisher(d.pick(List.of("Home Office", "Office for National Statistics", "data.police.uk")))
            .licence("Open Government Licence v3.0");
      }
      return b.build();
    };
  }

  /** @return measure definitions referring only to built-in crime categories */
  public static Recipe<MeasureDefinition> measureDefinition() {
    return d -> measureDefinition(d, id(d, "measure"));
  }

  static MeasureDefinition measureDefinition(Draws d, String id) {
    ValueType type = d.chance(70) ? ValueType.COUNT : d.pick(ValueType.class);
    return MeasureDefinition.builder().id(id).name(words(d, 4)).valueType(type)
        .unit(type == ValueType.COUNT ? "offences" : type.name().toLowerCase())
        .polarity(d.pick(Polarity.class)).frequency(d.pick(Frequency.class))
        .dataSource(dataSource().make(d))
        .crimeCategoryIds(list(d, 0, 2, i -> d.pick(CRIME_CATEGORY_IDS)))
        .provenance(provenance().make(d))
        .build();
  }

  /** @return baselines */
  public static Recipe<Baseline> baseline() {
    return d -> Baseline.builder().period(reportingPeriod().make(d)).value(decimal(d, 100_000, 0))
        .provenance(provenance().make(d)).build();
  }

  /** @return targets of every type, with a value exactly when the type needs one */
  public static Recipe<Target> target() {
    return d -> target(d, false);
  }

  static Target target(Draws d, boolean directionOnly) {
    TargetType type = directionOnly ? TargetType.DIRECTION_ONLY : d.pick(TargetType.class);
    Target.Builder b = Target.builder().type(type).by(financialYear().make(d));
    if (type.needsValue()) {
      b.value(type == TargetType.PERCENT_CHANGE_FROM_BASELINE
          ? BigDecimal.valueOf(d.between(-50, 50)) : BigDecimal.valueOf(d.between(1, 1000)));
    }
    return b.build();
  }

  /** @return bindings to a measure, with only direction-only targets (valid for any polarity) */
  public static Recipe<MeasureBinding> measureBinding() {
    return d -> binding(d, id(d, "measure"), true, List.of());
  }

  static MeasureBinding binding(Draws d, String measureId, boolean directionOnly,
      List<String> groupIds) {
    MeasureBinding.Builder b = MeasureBinding.builder().measureId(measureId)
        .role(d.pick(BindingRole.class)).targets(list(d, 0, 2, i -> target(d, directionOnly)));
    if (d.chance(40)) {
      b.baseline(baseline().make(d));
    }
    if (!groupIds.isEmpty() && d.chance(30)) {
      b.comparatorGroupId(d.pick(groupIds));
    }
    return b.build();
  }

  /** @return observations of a count measure for a partnership area */
  public static Recipe<Observation> observation() {
    return d -> Observation.builder().id(id(d, "obs")).measureId(id(d, "measure"))
        .geography(gssCode(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).make(d))
        .period(reportingPeriod().make(d)).value(value(ValueType.COUNT).make(d)).build();
  }

  /** @return observation logs of up to 12 entries, sometimes with revisions */
  public static Recipe<ObservationLog> observationLog() {
    return d -> observationLog(d, List.of(measureDefinition(d, "measure-0")),
        gssCode(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).make(d), 0, 12);
  }

  static ObservationLog observationLog(Draws d, List<MeasureDefinition> measures, GssCode area,
      int min, int max) {
    int n = d.intBetween(min, max);
    List<Observation> entries = new ArrayList<>(n);
    List<Observation> revisable = new ArrayList<>();
    YearMonth start = yearMonth(d);
    for (int i = 0; i < n; i++) {
      MeasureDefinition m = d.pick(measures);
      BigDecimal value = value(m.valueType()).make(d);
      Observation o;
      if (!revisable.isEmpty() && d.chance(15)) {
        Observation old = revisable.remove(d.intBetween(0, revisable.size() - 1));
        MeasureDefinition om = measures.stream().filter(x -> x.id().equals(old.measureId()))
            .findFirst().orElseThrow();
        o = Observation.builder().from(old).id("obs-" + i).value(value(om.valueType()).make(d))
            .status(ObservationStatus.REVISED).supersedesId(old.id()).build();
      } else {
        o = Observation.builder().id("obs-" + i).measureId(m.id()).geography(area)
            .period(Month.of(start.plusMonths(i))).value(value)
            .status(d.pick(List.of(ObservationStatus.FINAL, ObservationStatus.PROVISIONAL)))
            .build();
      }
      entries.add(o);
      revisable.add(o);
    }
    return ObservationLog.of(entries);
  }

  // --- strategy --------------------------------------------------------------------------------

  /** @return priorities, sometimes with aliases */
  public static Recipe<Priority> priority() {
    return d -> priority(d, id(d, "priority"), d.intBetween(1, 9));
  }

  static Priority priority(Draws d, String id, int order) {
    return Priority.builder().id(id).order(order).title(words(d, 5))
        .aliases(list(d, 0, 1, i -> words(d, 5))).build();
  }

  /** @return sub-issues mapped to built-in crime categories */
  public static Recipe<SubIssue> subIssue() {
    return d -> SubIssue.builder().id(id(d, "sub")).title(words(d, 3))
        .crimeCategoryIds(list(d, 0, 2, i -> d.pick(CRIME_CATEGORY_IDS))).build();
  }

  /** @return key crime issues with up to three sub-issues */
  public static Recipe<KeyCrimeIssue> keyCrimeIssue() {
    return d -> keyCrimeIssue(d, id(d, "issue"), 1, List.of());
  }

  static KeyCrimeIssue keyCrimeIssue(Draws d, String id, int order, List<String> assessmentIds) {
    KeyCrimeIssue.Builder b = KeyCrimeIssue.builder().id(id).order(order).title(words(d, 4))
        .period(dateRange().make(d))
        .subIssues(list(d, 0, 3, i -> SubIssue.builder().id(id + "-sub-" + i).title(words(d, 3))
            .crimeCategoryIds(list(d, 0, 2, j -> d.pick(CRIME_CATEGORY_IDS))).build()))
        .crimeCategoryIds(list(d, 0, 2, i -> d.pick(CRIME_CATEGORY_IDS)));
    if (!assessmentIds.isEmpty() && d.chance(60)) {
      b.addIdentifiedByAssessmentId(d.pick(assessmentIds));
    }
    if (d.chance(30)) {
      b.approach(words(d, 5));
    }
    return b.build();
  }

  /** @return actions of every status, with dates consistent with it */
  public static Recipe<Action> action() {
    return d -> action(d, id(d, "action"), List.of(id(d, "org")), List.of(), List.of());
  }

  static Action action(Draws d, String id, List<String> organisationIds, List<String> personIds,
      List<String> programmeIds) {
    ActionStatus status = d.pick(ActionStatus.class);
    Action.Builder b = Action.builder().id(id).title(words(d, 5)).status(status)
        .ownerOrganisationId(d.pick(organisationIds)).provenance(provenance().make(d));
    LocalDate start = date(d);
    if (d.chance(60)) {
      b.startDate(start);
    }
    if (d.chance(80)) {
      b.dueDate(start.plusDays(d.between(0, 1000)));
    }
    if (status == ActionStatus.COMPLETE) {
      b.completedDate(start.plusDays(d.between(0, 1000)));
    }
    if (!personIds.isEmpty() && d.chance(40)) {
      b.ownerPersonId(d.pick(personIds));
    }
    if (!programmeIds.isEmpty() && d.chance(40)) {
      b.addProgrammeId(d.pick(programmeIds));
    }
    return b.build();
  }

  /** @return focus areas of every kind, with actions but no measures of success or references */
  public static Recipe<FocusArea> focusArea() {
    return d -> FocusArea.builder().id(id(d, "focus")).kind(d.pick(FocusAreaKind.class))
        .title(words(d, 5)).dataSummary(words(d, 8))
        .whatNeedsToBeDone(list(d, 0, 2, i -> words(d, 6)))
        .howWeWillDoIt(list(d, 0, 2, i -> action(d, "action-" + i, List.of("org-0"), List.of(),
            List.of())))
        .provenance(provenance().make(d)).build();
  }

  /** @return tactical programmes */
  public static Recipe<Programme> programme() {
    return d -> Programme.builder().id(id(d, "programme")).name(words(d, 3))
        .focuses(list(d, 0, 3, i -> words(d, 2))).interventions(list(d, 0, 2, i -> words(d, 2)))
        .build();
  }

  /** @return strategy revisions */
  public static Recipe<StrategyRevision> strategyRevision() {
    return d -> StrategyRevision.builder().version(words(d, 2)).kind(d.pick(RevisionKind.class))
        .year(d.intBetween(2015, 2030)).reasons(list(d, 0, 2, i -> words(d, 6))).build();
  }

  /** @return scheduled reviews */
  public static Recipe<ScheduledReview> scheduledReview() {
    return d -> ScheduledReview.builder().kind(d.pick(RevisionKind.class))
        .when(financialYear().make(d)).description(words(d, 6)).completed(d.chance(30)).build();
  }

  /** @return alignments with external plans, naming no priorities */
  public static Recipe<PlanAlignment> planAlignment() {
    return d -> PlanAlignment.builder().planKind(d.pick(ExternalPlanKind.class)).planName(words(d, 4))
        .externalPriority(words(d, 4)).build();
  }

  /** @return annexes naming no measures */
  public static Recipe<Annex> annex() {
    return d -> Annex.builder().number(d.intBetween(1, 5)).title(words(d, 5))
        .kind(d.pick(AnnexKind.class)).published(d.chance(50)).build();
  }

  /** @return communications plans naming no programmes */
  public static Recipe<CommunicationsPlan> communicationsPlan() {
    return d -> CommunicationsPlan.builder().status(words(d, 2)).build();
  }

  /** @return strategies with priorities and focus areas but no references outside themselves */
  public static Recipe<Strategy> strategy() {
    return d -> {
      Partnership p = partnership(PartnershipSize.small()).make(d);
      return p.strategies().get(0);
    };
  }

  // --- evidence, governance, funding -----------------------------------------------------------

  /** @return strategic assessments */
  public static Recipe<StrategicAssessment> strategicAssessment() {
    return d -> strategicAssessment(d, id(d, "assessment"));
  }

  static StrategicAssessment strategicAssessment(Draws d, String id) {
    StrategicAssessment.Builder b = StrategicAssessment.builder().id(id).title(words(d, 5))
        .periodCovered(financialYear().make(d)).published(d.chance(70));
    if (d.chance(50)) {
      b.type(d.pick(AssessmentType.class));
    }
    return b.build();
  }

  /** @return public surveys */
  public static Recipe<Survey> survey() {
    return d -> Survey.builder().id(id(d, "survey")).title(words(d, 4)).build();
  }

  /** @return governance bodies */
  public static Recipe<GovernanceBody> governanceBody() {
    return d -> GovernanceBody.builder().id(id(d, "body")).name(words(d, 3))
        .type(d.pick(GovernanceBodyType.class)).build();
  }

  /** @return decisions with a settled outcome */
  public static Recipe<Decision> decision() {
    return d -> Decision.builder().id(id(d, "decision")).summary(words(d, 6))
        .outcome(d.pick(List.of(DecisionOutcome.AGREED, DecisionOutcome.APPROVED,
            DecisionOutcome.RECOMMENDED, DecisionOutcome.NOTED, DecisionOutcome.REJECTED)))
        .build();
  }

  /** @return meetings, held with decisions or scheduled with pending items */
  public static Recipe<Meeting> meeting() {
    return d -> meeting(d, id(d, "meeting"), id(d, "body"));
  }

  static Meeting meeting(Draws d, String id, String bodyId) {
    boolean held = !d.chance(30);
    return Meeting.builder().id(id).bodyId(bodyId).date(date(d)).format(d.pick(MeetingFormat.class))
        .status(held ? MeetingStatus.HELD : MeetingStatus.SCHEDULED)
        .decisions(list(d, 0, 2, i -> Decision.builder().id(id + "-decision-" + i)
            .summary(words(d, 6))
            .outcome(held ? d.pick(List.of(DecisionOutcome.AGREED, DecisionOutcome.APPROVED,
                DecisionOutcome.NOTED)) : DecisionOutcome.PENDING).build()))
        .provenance(provenance().make(d)).build();
  }

  /** @return risks */
  public static Recipe<Risk> risk() {
    return d -> Risk.builder().id(id(d, "risk")).description(words(d, 8))
        .category(d.pick(RiskCategory.class)).ownerOrganisationId(id(d, "org")).build();
  }

  /** @return budget allocations */
  public static Recipe<BudgetAllocation> budgetAllocation() {
    return d -> BudgetAllocation.builder().organisationId(id(d, "org")).amount(money().make(d))
        .period(financialYear().make(d)).build();
  }

  /** @return funding bids of every status */
  public static Recipe<FundingBid> fundingBid() {
    return d -> fundingBid(d, id(d, "bid"), List.of());
  }

  static FundingBid fundingBid(Draws d, String id, List<String> funderIds) {
    BidStatus status = d.pick(BidStatus.class);
    FundingBid.Builder b = FundingBid.builder().id(id).title(words(d, 4)).status(status)
        .approximate(d.chance(30)).purposes(list(d, 0, 3, i -> words(d, 2)));
    if (d.chance(60)) {
      b.amountRequested(money().make(d));
    }
    if (status == BidStatus.AWARDED || status == BidStatus.PARTIAL) {
      b.amountAwarded(money().make(d));
    }
    if (!funderIds.isEmpty()) {
      b.addFunderOrganisationId(d.pick(funderIds));
    }
    return b.build();
  }

  /** @return funding positions naming no organisations */
  public static Recipe<Funding> funding() {
    return d -> Funding.builder().bids(list(d, 0, 2, i -> fundingBid(d, "bid-" + i, List.of())))
        .build();
  }

  // --- the partnership -------------------------------------------------------------------------

  /**
   * Obtains whole partnerships whose every reference resolves.
   *
   * @param size the size knobs, not null
   * @return the recipe, not null
   */
  public static Recipe<Partnership> partnership(PartnershipSize size) {
    return d -> {
      Nation nation = d.chance(20) ? Nation.WALES : Nation.ENGLAND;
      String n = nation == Nation.WALES ? "W" : "E";
      int partners = d.intBetween(size.minPartners(), size.maxPartners());
      List<String> orgIds = list(d, partners, partners, i -> "org-" + i);
      List<String> personIds = list(d, 1, 3, i -> "person-" + i);
      List<String> bodyIds = list(d, 1, 2, i -> "body-" + i);
      List<String> measureIds = list(d, size.minMeasures(), size.maxMeasures(), i -> "measure-" + i);
      List<String> groupIds = list(d, 0, 1, i -> "group-" + i);
      List<String> assessmentIds = list(d, 0, 1, i -> "assessment-" + i);
      List<String> programmeIds = list(d, 0, 2, i -> "programme-" + i);
      GssCode area = GssCode.of(n + "22" + String.format("%06d", d.between(0, 999_999)));

      List<MeasureDefinition> measures = new ArrayList<>();
      for (String m : measureIds) {
        measures.add(measureDefinition(d, m));
      }
      List<Meeting> meetings = list(d, 0, 2, i -> meeting(d, "meeting-" + i, d.pick(bodyIds)));
      List<String> decisionIds = meetings.stream().flatMap(m -> m.decisions().stream())
          .map(Decision::id).toList();

      Partnership.Builder b = Partnership.builder().id("csp-" + area.value().toLowerCase())
          .name(words(d, 3) + " Community Safety Partnership").nation(nation)
          .area(GeographyRef.of(area, words(d, 2)))
          .areaType(nation == Nation.WALES ? AreaType.WELSH_PRINCIPAL_AREA : d.pick(AreaType.class))
          .coveredAreas(list(d, 1, 3, i -> GeographyRef.of(GssCode.of(n + "0" + (nation == Nation.WALES
              ? "6" : d.pick(List.of("6", "7", "8", "9"))) + String.format("%06d", d.between(0, 999_999))),
              words(d, 2))))
          .managingTeam(ManagingTeam.of(words(d, 2), d.pick(orgIds)))
          .organisations(orgIds.stream().map(o -> organisation(d, o)).toList())
          .memberships(orgIds.stream().map(o -> membership(d, o, nation)).toList())
          .people(personIds.stream().map(x -> person(d, x, orgIds)).toList())
          .officeholders(list(d, 0, 2, i -> officeholder(d, d.pick(personIds))))
          .governanceBodies(bodyIds.stream().map(x -> GovernanceBody.builder().id(x).name(words(d, 3))
              .type(d.pick(GovernanceBodyType.class)).build()).toList())
          .meetings(meetings)
          .strategicAssessments(assessmentIds.stream().map(x -> strategicAssessment(d, x)).toList())
          .measures(measures)
          .observations(observationLog(d, measures, area, size.minObservations(),
              size.maxObservations()))
          .comparatorGroups(groupIds.stream().map(g -> ComparatorGroup.builder().id(g)
              .name(words(d, 3)).source(d.pick(ComparatorSource.class))
              .members(list(d, 2, 5, i -> geographyRef(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP)
                  .make(d))).build()).toList())
          .funding(Funding.builder().bids(list(d, 0, 2, i -> fundingBid(d, "bid-" + i, orgIds)))
              .build())
          .risks(list(d, 0, 2, i -> Risk.builder().id("risk-" + i).description(words(d, 8))
              .category(d.pick(RiskCategory.class)).ownerOrganisationId(d.pick(orgIds)).build()));
      b.addStrategy(strategy(d, size, orgIds, personIds, measures, groupIds, assessmentIds,
          programmeIds, decisionIds, bodyIds));
      return b.build();
    };
  }

  private static Strategy strategy(Draws d, PartnershipSize size, List<String> orgIds,
      List<String> personIds, List<MeasureDefinition> measures, List<String> groupIds,
      List<String> assessmentIds, List<String> programmeIds, List<String> decisionIds,
      List<String> bodyIds) {
    int priorities = d.intBetween(size.minPriorities(), size.maxPriorities());
    List<String> priorityIds = list(d, priorities, priorities, i -> "priority-" + i);
    List<String> issueIds = list(d, 0, 3, i -> "issue-" + i);
    LocalDate start = date(d);
    Set<StatutoryStrand> strands = EnumSet.noneOf(StatutoryStrand.class);
    for (StatutoryStrand s : StatutoryStrand.values()) {
      if (d.chance(70)) {
        strands.add(s);
      }
    }
    List<FocusArea> focusAreas = list(d, 1, 3, f -> {
      FocusArea.Builder b = FocusArea.builder().id("focus-" + f).kind(d.pick(FocusAreaKind.class))
          .title(words(d, 5)).addPriorityId(d.pick(priorityIds)).dataSummary(words(d, 8))
          .whatNeedsToBeDone(list(d, 0, 2, i -> words(d, 6)))
          .howWeWillDoIt(list(d, 0, 2, a -> action(d, "action-" + f + "-" + a, orgIds, personIds,
              programmeIds)))
          .measuresOfSuccess(list(d, 0, 2, i -> {
            MeasureDefinition m = d.pick(measures);
            return binding(d, m.id(), m.polarity() == Polarity.CONTEXT_ONLY, groupIds);
          }))
          .provenance(provenance().make(d));
      if (!issueIds.isEmpty() && d.chance(70)) {
        b.keyCrimeIssueId(d.pick(issueIds));
      }
      return b.build();
    });
    Strategy.Builder b = Strategy.builder().id("strategy-0").title(words(d, 4))
        .period(DateRange.of(start, start.plusYears(d.intBetween(1, 5))))
        .status(d.pick(StrategyStatus.class)).statutoryStrands(strands)
        .priorities(list(d, priorities, priorities, i -> priority(d, priorityIds.get(i), i + 1)))
        .keyCrimeIssues(list(d, issueIds.size(), issueIds.size(),
            i -> keyCrimeIssue(d, issueIds.get(i), i + 1, assessmentIds)))
        .focusAreas(focusAreas)
        .programmes(programmeIds.stream().map(x -> Programme.builder().id(x).name(words(d, 3))
            .focuses(list(d, 0, 2, i -> words(d, 2))).build()).toList())
        .revisions(list(d, 0, 1, i -> strategyRevision().make(d)))
        .scheduledReviews(list(d, 0, 1, i -> scheduledReview().make(d)))
        .evidenceAssessmentIds(assessmentIds)
        .kpiReviewBodyId(d.pick(bodyIds));
    if (!decisionIds.isEmpty() && d.chance(60)) {
      b.addApprovalDecisionId(d.pick(decisionIds));
    }
    if (d.chance(40)) {
      b.addAlignment(PlanAlignment.builder().planKind(d.pick(ExternalPlanKind.class))
          .planName(words(d, 4)).externalPriority(words(d, 4)).addPriorityId(d.pick(priorityIds))
          .build());
    }
    if (d.chance(40)) {
      b.addAnnex(Annex.builder().number(1).title(words(d, 5)).kind(AnnexKind.PERFORMANCE_COMPARISON)
          .addMeasureId(d.pick(measures).id()).comparisonPeriod(rolling12Months().make(d)).build());
    }
    return b.build();
  }
}
