package io.github.sscp.testkit;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.strategy.Engagement;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.evidence.Survey;
import io.github.sscp.model.funding.BudgetAllocation;
import io.github.sscp.model.funding.Funding;
import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.Risk;
import io.github.sscp.model.measure.Baseline;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.RateBase;
import io.github.sscp.model.measure.SeriesBreak;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.ContactDetails;
import io.github.sscp.model.organisation.ManagingTeam;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.statutory.AsbCaseReviewArrangements;
import io.github.sscp.model.statutory.AsbCaseReviewFigures;
import io.github.sscp.model.statutory.CombinationAgreement;
import io.github.sscp.model.statutory.CommunitySafetyAgreement;
import io.github.sscp.model.statutory.InformationSharing;
import io.github.sscp.model.statutory.SeriousViolenceDuty;
import io.github.sscp.model.statutory.StatutoryReview;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.Annex;
import io.github.sscp.model.strategy.CommunicationsPlan;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.PlanAlignment;
import io.github.sscp.model.strategy.PlanDocument;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Programme;
import io.github.sscp.model.strategy.ScheduledReview;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.strategy.SubIssue;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.CalendarYear;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.FinancialYearToDate;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.model.time.Rolling12Months;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.quicktheories.core.Gen;

/**
 * The testkit's front door for QuickTheories: a {@link Gen} for every sscp model type, every value
 * valid by construction (it passes {@link io.github.sscp.model.validation.ModelValidator} with no
 * violations) and shrinking toward small, simple values. The seed is QuickTheories' own: set it
 * with the {@code QT_SEED} system property (sscp's build pins it) and it is printed on failure.
 * Each generator runs one recipe of the per-package recipe classes ({@link TimeRecipes}, {@link
 * StrategyRecipes}, …), which {@link SscpSamples} also runs from a plain seed.
 *
 * <pre>{@code
 * qt().forAll(SscpGen.partnerships(PartnershipSize.small()))
 *     .check(p -> ModelValidator.shared().validate(p).isEmpty());
 * }</pre>
 */
public final class SscpGen {

  private SscpGen() {}

  /**
   * Obtains a generator that runs a recipe on QuickTheories' randomness, so that it shrinks.
   *
   * @param <T> the value type
   * @param recipe the recipe, not null
   * @return the generator, not null
   */
  public static <T> Gen<T> of(Recipe<T> recipe) {
    return in -> recipe.make(new QuickTheoriesDraws(in));
  }

  /**
   * Obtains a generator of whole partnerships, every reference resolving.
   *
   * @param size the size knobs, not null
   * @return the generator, not null
   */
  public static Gen<Partnership> partnerships(PartnershipSize size) {
    return of(PartnershipRecipes.partnership(size));
  }

  /**
   * Obtains a generator of small whole partnerships.
   *
   * @return the generator, not null
   */
  public static Gen<Partnership> partnerships() {
    return partnerships(PartnershipSize.small());
  }

  /**
   * Obtains a generator of GSS codes of one type.
   *
   * @param type the geography type, not null
   * @return the generator, not null
   */
  public static Gen<GssCode> gssCodes(GeographyType type) {
    return of(GeographyRecipes.gssCode(type));
  }

  /**
   * Obtains a generator of named geographies of one type, some without a known code.
   *
   * @param type the geography type, not null
   * @return the generator, not null
   */
  public static Gen<GeographyRef> geographyRefs(GeographyType type) {
    return of(GeographyRecipes.geographyRef(type));
  }

  /**
   * Obtains a generator of values valid for a measure's value type.
   *
   * @param type the value type, not null
   * @return the generator, not null
   */
  public static Gen<BigDecimal> values(ValueType type) {
    return of(MeasureRecipes.value(type));
  }

  /**
   * Obtains a generator of crime-count series of one shape.
   *
   * @param shape the shape, not null
   * @return the generator, not null
   */
  public static Gen<CountSeries> series(SeriesShape shape) {
    return of(Series.of(shape));
  }

  /**
   * Obtains a generator of partnerships broken in exactly one named place.
   *
   * @return the generator, not null
   */
  public static Gen<InvalidValue<Partnership>> invalidPartnerships() {
    return of(InvalidPartnerships.any());
  }

  /**
   * Obtains a generator of valid dates from April 2015 for 15 years, a third on leap-day or month edges.
   *
   * @return the generator, not null
   */
  public static Gen<LocalDate> dates() {
    return of(TimeRecipes.date());
  }

  /**
   * Obtains a generator of valid months.
   *
   * @return the generator, not null
   */
  public static Gen<CalendarMonth> months() {
    return of(TimeRecipes.month());
  }

  /**
   * Obtains a generator of valid financial years.
   *
   * @return the generator, not null
   */
  public static Gen<FinancialYear> financialYears() {
    return of(TimeRecipes.financialYear());
  }

  /**
   * Obtains a generator of valid quarters.
   *
   * @return the generator, not null
   */
  public static Gen<Quarter> quarters() {
    return of(TimeRecipes.quarter());
  }

  /**
   * Obtains a generator of valid financial years to date.
   *
   * @return the generator, not null
   */
  public static Gen<FinancialYearToDate> financialYearsToDate() {
    return of(TimeRecipes.financialYearToDate());
  }

  /**
   * Obtains a generator of valid calendar years.
   *
   * @return the generator, not null
   */
  public static Gen<CalendarYear> calendarYears() {
    return of(TimeRecipes.calendarYear());
  }

  /**
   * Obtains a generator of valid rolling 12-month windows.
   *
   * @return the generator, not null
   */
  public static Gen<Rolling12Months> rolling12Months() {
    return of(TimeRecipes.rolling12Months());
  }

  /**
   * Obtains a generator of valid bounded date ranges.
   *
   * @return the generator, not null
   */
  public static Gen<DateRange> dateRanges() {
    return of(TimeRecipes.dateRange());
  }

  /**
   * Obtains a generator of valid validity ranges, bounded or not.
   *
   * @return the generator, not null
   */
  public static Gen<DateRange> validities() {
    return of(TimeRecipes.validity());
  }

  /**
   * Obtains a generator of valid reporting periods of every kind.
   *
   * @return the generator, not null
   */
  public static Gen<ReportingPeriod> reportingPeriods() {
    return of(TimeRecipes.reportingPeriod());
  }

  /**
   * Obtains a generator of valid comparator groups.
   *
   * @return the generator, not null
   */
  public static Gen<ComparatorGroup> comparatorGroups() {
    return of(GeographyRecipes.comparatorGroup());
  }

  /**
   * Obtains a generator of valid provenance of every kind.
   *
   * @return the generator, not null
   */
  public static Gen<Provenance> provenances() {
    return of(GeographyRecipes.provenance());
  }

  /**
   * Obtains a generator of valid amounts of money.
   *
   * @return the generator, not null
   */
  public static Gen<Money> money() {
    return of(FundingRecipes.money());
  }

  /**
   * Obtains a generator of valid organisations.
   *
   * @return the generator, not null
   */
  public static Gen<Organisation> organisations() {
    return of(OrganisationRecipes.organisation());
  }

  /**
   * Obtains a generator of valid memberships.
   *
   * @return the generator, not null
   */
  public static Gen<Membership> memberships() {
    return of(OrganisationRecipes.membership());
  }

  /**
   * Obtains a generator of valid contact details.
   *
   * @return the generator, not null
   */
  public static Gen<ContactDetails> contactDetails() {
    return of(OrganisationRecipes.contactDetails());
  }

  /**
   * Obtains a generator of valid people.
   *
   * @return the generator, not null
   */
  public static Gen<Person> people() {
    return of(OrganisationRecipes.person());
  }

  /**
   * Obtains a generator of valid officeholders.
   *
   * @return the generator, not null
   */
  public static Gen<Officeholder> officeholders() {
    return of(OrganisationRecipes.officeholder());
  }

  /**
   * Obtains a generator of valid managing teams.
   *
   * @return the generator, not null
   */
  public static Gen<ManagingTeam> managingTeams() {
    return of(OrganisationRecipes.managingTeam());
  }

  /**
   * Obtains a generator of valid local crime categories.
   *
   * @return the generator, not null
   */
  public static Gen<CrimeCategory> crimeCategories() {
    return of(MeasureRecipes.crimeCategory());
  }

  /**
   * Obtains a generator of valid data sources.
   *
   * @return the generator, not null
   */
  public static Gen<DataSource> dataSources() {
    return of(MeasureRecipes.dataSource());
  }

  /**
   * Obtains a generator of valid rate bases.
   *
   * @return the generator, not null
   */
  public static Gen<RateBase> rateBases() {
    return of(MeasureRecipes.rateBase());
  }

  /**
   * Obtains a generator of valid series breaks.
   *
   * @return the generator, not null
   */
  public static Gen<SeriesBreak> seriesBreaks() {
    return of(MeasureRecipes.seriesBreak());
  }

  /**
   * Obtains a generator of valid measure definitions.
   *
   * @return the generator, not null
   */
  public static Gen<MeasureDefinition> measureDefinitions() {
    return of(MeasureRecipes.measureDefinition());
  }

  /**
   * Obtains a generator of valid baselines.
   *
   * @return the generator, not null
   */
  public static Gen<Baseline> baselines() {
    return of(MeasureRecipes.baseline());
  }

  /**
   * Obtains a generator of valid targets.
   *
   * @return the generator, not null
   */
  public static Gen<Target> targets() {
    return of(MeasureRecipes.target());
  }

  /**
   * Obtains a generator of valid tolerance policies.
   *
   * @return the generator, not null
   */
  public static Gen<TolerancePolicy> tolerancePolicies() {
    return of(MeasureRecipes.tolerancePolicy());
  }

  /**
   * Obtains a generator of valid measure bindings.
   *
   * @return the generator, not null
   */
  public static Gen<MeasureBinding> measureBindings() {
    return of(MeasureRecipes.measureBinding());
  }

  /**
   * Obtains a generator of valid observations.
   *
   * @return the generator, not null
   */
  public static Gen<Observation> observations() {
    return of(MeasureRecipes.observation());
  }

  /**
   * Obtains a generator of valid observation logs.
   *
   * @return the generator, not null
   */
  public static Gen<ObservationLog> observationLogs() {
    return of(MeasureRecipes.observationLog());
  }

  /**
   * Obtains a generator of valid priorities.
   *
   * @return the generator, not null
   */
  public static Gen<Priority> priorities() {
    return of(StrategyRecipes.priority());
  }

  /**
   * Obtains a generator of valid sub-issues.
   *
   * @return the generator, not null
   */
  public static Gen<SubIssue> subIssues() {
    return of(StrategyRecipes.subIssue());
  }

  /**
   * Obtains a generator of valid key crime issues.
   *
   * @return the generator, not null
   */
  public static Gen<KeyCrimeIssue> keyCrimeIssues() {
    return of(StrategyRecipes.keyCrimeIssue());
  }

  /**
   * Obtains a generator of valid actions.
   *
   * @return the generator, not null
   */
  public static Gen<Action> actions() {
    return of(StrategyRecipes.action());
  }

  /**
   * Obtains a generator of valid focus areas.
   *
   * @return the generator, not null
   */
  public static Gen<FocusArea> focusAreas() {
    return of(StrategyRecipes.focusArea());
  }

  /**
   * Obtains a generator of valid programmes.
   *
   * @return the generator, not null
   */
  public static Gen<Programme> programmes() {
    return of(StrategyRecipes.programme());
  }

  /**
   * Obtains a generator of valid planning documents.
   *
   * @return the generator, not null
   */
  public static Gen<PlanDocument> planDocuments() {
    return of(StrategyRecipes.planDocument());
  }

  /**
   * Obtains a generator of valid strategy revisions.
   *
   * @return the generator, not null
   */
  public static Gen<StrategyRevision> strategyRevisions() {
    return of(StrategyRecipes.strategyRevision());
  }

  /**
   * Obtains a generator of valid scheduled reviews.
   *
   * @return the generator, not null
   */
  public static Gen<ScheduledReview> scheduledReviews() {
    return of(StrategyRecipes.scheduledReview());
  }

  /**
   * Obtains a generator of valid plan alignments.
   *
   * @return the generator, not null
   */
  public static Gen<PlanAlignment> planAlignments() {
    return of(StrategyRecipes.planAlignment());
  }

  /**
   * Obtains a generator of valid annexes.
   *
   * @return the generator, not null
   */
  public static Gen<Annex> annexes() {
    return of(StrategyRecipes.annex());
  }

  /**
   * Obtains a generator of valid communications plans.
   *
   * @return the generator, not null
   */
  public static Gen<CommunicationsPlan> communicationsPlans() {
    return of(StrategyRecipes.communicationsPlan());
  }

  /**
   * Obtains a generator of valid strategies.
   *
   * @return the generator, not null
   */
  public static Gen<Strategy> strategies() {
    return of(StrategyRecipes.strategy());
  }

  /**
   * Obtains a generator of valid strategic assessments.
   *
   * @return the generator, not null
   */
  public static Gen<StrategicAssessment> strategicAssessments() {
    return of(EvidenceRecipes.strategicAssessment());
  }

  /**
   * Obtains a generator of valid surveys.
   *
   * @return the generator, not null
   */
  public static Gen<Survey> surveys() {
    return of(EvidenceRecipes.survey());
  }

  /**
   * Obtains a generator of valid engagement records.
   *
   * @return the generator, not null
   */
  public static Gen<Engagement> engagements() {
    return of(EvidenceRecipes.engagement());
  }

  /**
   * Obtains a generator of valid governance bodies.
   *
   * @return the generator, not null
   */
  public static Gen<GovernanceBody> governanceBodies() {
    return of(GovernanceRecipes.governanceBody());
  }

  /**
   * Obtains a generator of valid decisions.
   *
   * @return the generator, not null
   */
  public static Gen<Decision> decisions() {
    return of(GovernanceRecipes.decision());
  }

  /**
   * Obtains a generator of valid meetings.
   *
   * @return the generator, not null
   */
  public static Gen<Meeting> meetings() {
    return of(GovernanceRecipes.meeting());
  }

  /**
   * Obtains a generator of valid risks.
   *
   * @return the generator, not null
   */
  public static Gen<Risk> risks() {
    return of(GovernanceRecipes.risk());
  }

  /**
   * Obtains a generator of valid budget allocations.
   *
   * @return the generator, not null
   */
  public static Gen<BudgetAllocation> budgetAllocations() {
    return of(FundingRecipes.budgetAllocation());
  }

  /**
   * Obtains a generator of valid funding bids.
   *
   * @return the generator, not null
   */
  public static Gen<FundingBid> fundingBids() {
    return of(FundingRecipes.fundingBid());
  }

  /**
   * Obtains a generator of valid funding positions.
   *
   * @return the generator, not null
   */
  public static Gen<Funding> fundings() {
    return of(FundingRecipes.funding());
  }

  /**
   * Obtains a generator of valid reviews after a death.
   *
   * @return the generator, not null
   */
  public static Gen<StatutoryReview> statutoryReviews() {
    return of(StatutoryRecipes.statutoryReview());
  }

  /**
   * Obtains a generator of valid annual ASB case review figures.
   *
   * @return the generator, not null
   */
  public static Gen<AsbCaseReviewFigures> asbCaseReviewFigures() {
    return of(StatutoryRecipes.asbCaseReviewFigures());
  }

  /**
   * Obtains a generator of valid ASB case review arrangements.
   *
   * @return the generator, not null
   */
  public static Gen<AsbCaseReviewArrangements> asbCaseReviewArrangements() {
    return of(StatutoryRecipes.asbCaseReviewArrangements());
  }

  /**
   * Obtains a generator of valid community safety agreements.
   *
   * @return the generator, not null
   */
  public static Gen<CommunitySafetyAgreement> communitySafetyAgreements() {
    return of(StatutoryRecipes.communitySafetyAgreement());
  }

  /**
   * Obtains a generator of valid information sharing records.
   *
   * @return the generator, not null
   */
  public static Gen<InformationSharing> informationSharing() {
    return of(StatutoryRecipes.informationSharing());
  }

  /**
   * Obtains a generator of valid Serious Violence Duty records.
   *
   * @return the generator, not null
   */
  public static Gen<SeriousViolenceDuty> seriousViolenceDuties() {
    return of(StatutoryRecipes.seriousViolenceDuty());
  }

  /**
   * Obtains a generator of valid combination agreements.
   *
   * @return the generator, not null
   */
  public static Gen<CombinationAgreement> combinationAgreements() {
    return of(StatutoryRecipes.combinationAgreement());
  }

}
