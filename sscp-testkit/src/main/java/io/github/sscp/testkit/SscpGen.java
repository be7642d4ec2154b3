package io.github.sscp.testkit;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.Provenance;
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
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.ContactDetails;
import io.github.sscp.model.organisation.ManagingTeam;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.Officeholder;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.Annex;
import io.github.sscp.model.strategy.CommunicationsPlan;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.PlanAlignment;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Programme;
import io.github.sscp.model.strategy.ScheduledReview;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
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
import org.quicktheories.core.Gen;

/**
 * The testkit's front door for QuickTheories: a {@link Gen} for every sscp model type, every value
 * valid by construction (it passes {@link io.github.sscp.model.validation.ModelValidator} with no
 * violations) and shrinking toward small, simple values. The seed is QuickTheories' own: set it
 * with the {@code QT_SEED} system property (sscp's build pins it) and it is printed on failure.
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
    return of(SscpRecipes.partnership(size));
  }

  /** @return generator of small whole partnerships */
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
    return of(SscpRecipes.gssCode(type));
  }

  /**
   * Obtains a generator of named geographies of one type.
   *
   * @param type the geography type, not null
   * @return the generator, not null
   */
  public static Gen<GeographyRef> geographyRefs(GeographyType type) {
    return of(SscpRecipes.geographyRef(type));
  }

  /**
   * Obtains a generator of values valid for a measure's value type.
   *
   * @param type the value type, not null
   * @return the generator, not null
   */
  public static Gen<BigDecimal> values(ValueType type) {
    return of(SscpRecipes.value(type));
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

  /** @return generator of partnerships broken in exactly one named place */
  public static Gen<InvalidValue<Partnership>> invalidPartnerships() {
    return of(InvalidPartnerships.any());
  }

  /** @return generator of valid {@link Month} values */
  public static Gen<Month> months() {
    return of(SscpRecipes.month());
  }

  /** @return generator of valid {@link FinancialYear} values */
  public static Gen<FinancialYear> financialYears() {
    return of(SscpRecipes.financialYear());
  }

  /** @return generator of valid {@link Quarter} values */
  public static Gen<Quarter> quarters() {
    return of(SscpRecipes.quarter());
  }

  /** @return generator of valid {@link FinancialYearToDate} values */
  public static Gen<FinancialYearToDate> financialYearsToDate() {
    return of(SscpRecipes.financialYearToDate());
  }

  /** @return generator of valid {@link CalendarYear} values */
  public static Gen<CalendarYear> calendarYears() {
    return of(SscpRecipes.calendarYear());
  }

  /** @return generator of valid {@link Rolling12Months} values */
  public static Gen<Rolling12Months> rolling12Months() {
    return of(SscpRecipes.rolling12Months());
  }

  /** @return generator of valid {@link DateRange} values */
  public static Gen<DateRange> dateRanges() {
    return of(SscpRecipes.dateRange());
  }

  /** @return generator of valid {@link ReportingPeriod} values */
  public static Gen<ReportingPeriod> reportingPeriods() {
    return of(SscpRecipes.reportingPeriod());
  }

  /** @return generator of valid {@link ComparatorGroup} values */
  public static Gen<ComparatorGroup> comparatorGroups() {
    return of(SscpRecipes.comparatorGroup());
  }

  /** @return generator of valid {@link Provenance} values */
  public static Gen<Provenance> provenances() {
    return of(SscpRecipes.provenance());
  }

  /** @return generator of valid {@link Money} values */
  public static Gen<Money> money() {
    return of(SscpRecipes.money());
  }

  /** @return generator of valid {@link Organisation} values */
  public static Gen<Organisation> organisations() {
    return of(SscpRecipes.organisation());
  }

  /** @return generator of valid {@link Membership} values */
  public static Gen<Membership> memberships() {
    return of(SscpRecipes.membership());
  }

  /** @return generator of valid {@link ContactDetails} values */
  public static Gen<ContactDetails> contactDetailss() {
    return of(SscpRecipes.contactDetails());
  }

  /** @return generator of valid {@link Person} values */
  public static Gen<Person> people() {
    return of(SscpRecipes.person());
  }

  /** @return generator of valid {@link Officeholder} values */
  public static Gen<Officeholder> officeholders() {
    return of(SscpRecipes.officeholder());
  }

  /** @return generator of valid {@link ManagingTeam} values */
  public static Gen<ManagingTeam> managingTeams() {
    return of(SscpRecipes.managingTeam());
  }

  /** @return generator of valid {@link CrimeCategory} values */
  public static Gen<CrimeCategory> crimeCategories() {
    return of(SscpRecipes.crimeCategory());
  }

  /** @return generator of valid {@link DataSource} values */
  public static Gen<DataSource> dataSources() {
    return of(SscpRecipes.dataSource());
  }

  /** @return generator of valid {@link MeasureDefinition} values */
  public static Gen<MeasureDefinition> measureDefinitions() {
    return of(SscpRecipes.measureDefinition());
  }

  /** @return generator of valid {@link Baseline} values */
  public static Gen<Baseline> baselines() {
    return of(SscpRecipes.baseline());
  }

  /** @return generator of valid {@link Target} values */
  public static Gen<Target> targets() {
    return of(SscpRecipes.target());
  }

  /** @return generator of valid {@link MeasureBinding} values */
  public static Gen<MeasureBinding> measureBindings() {
    return of(SscpRecipes.measureBinding());
  }

  /** @return generator of valid {@link Observation} values */
  public static Gen<Observation> observations() {
    return of(SscpRecipes.observation());
  }

  /** @return generator of valid {@link ObservationLog} values */
  public static Gen<ObservationLog> observationLogs() {
    return of(SscpRecipes.observationLog());
  }

  /** @return generator of valid {@link Priority} values */
  public static Gen<Priority> priorities() {
    return of(SscpRecipes.priority());
  }

  /** @return generator of valid {@link SubIssue} values */
  public static Gen<SubIssue> subIssues() {
    return of(SscpRecipes.subIssue());
  }

  /** @return generator of valid {@link KeyCrimeIssue} values */
  public static Gen<KeyCrimeIssue> keyCrimeIssues() {
    return of(SscpRecipes.keyCrimeIssue());
  }

  /** @return generator of valid {@link Action} values */
  public static Gen<Action> actions() {
    return of(SscpRecipes.action());
  }

  /** @return generator of valid {@link FocusArea} values */
  public static Gen<FocusArea> focusAreas() {
    return of(SscpRecipes.focusArea());
  }

  /** @return generator of valid {@link Programme} values */
  public static Gen<Programme> programmes() {
    return of(SscpRecipes.programme());
  }

  /** @return generator of valid {@link StrategyRevision} values */
  public static Gen<StrategyRevision> strategyRevisions() {
    return of(SscpRecipes.strategyRevision());
  }

  /** @return generator of valid {@link ScheduledReview} values */
  public static Gen<ScheduledReview> scheduledReviews() {
    return of(SscpRecipes.scheduledReview());
  }

  /** @return generator of valid {@link PlanAlignment} values */
  public static Gen<PlanAlignment> planAlignments() {
    return of(SscpRecipes.planAlignment());
  }

  /** @return generator of valid {@link Annex} values */
  public static Gen<Annex> annexes() {
    return of(SscpRecipes.annex());
  }

  /** @return generator of valid {@link CommunicationsPlan} values */
  public static Gen<CommunicationsPlan> communicationsPlans() {
    return of(SscpRecipes.communicationsPlan());
  }

  /** @return generator of valid {@link Strategy} values */
  public static Gen<Strategy> strategies() {
    return of(SscpRecipes.strategy());
  }

  /** @return generator of valid {@link StrategicAssessment} values */
  public static Gen<StrategicAssessment> strategicAssessments() {
    return of(SscpRecipes.strategicAssessment());
  }

  /** @return generator of valid {@link Survey} values */
  public static Gen<Survey> surveys() {
    return of(SscpRecipes.survey());
  }

  /** @return generator of valid {@link GovernanceBody} values */
  public static Gen<GovernanceBody> governanceBodies() {
    return of(SscpRecipes.governanceBody());
  }

  /** @return generator of valid {@link Decision} values */
  public static Gen<Decision> decisions() {
    return of(SscpRecipes.decision());
  }

  /** @return generator of valid {@link Meeting} values */
  public static Gen<Meeting> meetings() {
    return of(SscpRecipes.meeting());
  }

  /** @return generator of valid {@link Risk} values */
  public static Gen<Risk> risks() {
    return of(SscpRecipes.risk());
  }

  /** @return generator of valid {@link BudgetAllocation} values */
  public static Gen<BudgetAllocation> budgetAllocations() {
    return of(SscpRecipes.budgetAllocation());
  }

  /** @return generator of valid {@link FundingBid} values */
  public static Gen<FundingBid> fundingBids() {
    return of(SscpRecipes.fundingBid());
  }

  /** @return generator of valid {@link Funding} values */
  public static Gen<Funding> fundings() {
    return of(SscpRecipes.funding());
  }
}
