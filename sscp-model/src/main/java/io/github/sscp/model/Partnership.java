package io.github.sscp.model;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.strategy.Engagement;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.evidence.Survey;
import io.github.sscp.model.funding.Funding;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.Risk;
import io.github.sscp.model.measure.CrimeCategories;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.ObservationSeries;
import io.github.sscp.model.measure.SeriesKey;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.organisation.ManagingTeam;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.statutory.StatutoryRecords;
import io.github.sscp.model.strategy.Strategy;
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
import org.immutables.value.Value;

/**
 * A Community Safety Partnership: the root of the model. It holds the partnership's area and how
 * local government is organised there, its members and the people who hold its offices, its
 * governance and meetings, its strategies and their evidence, its measures and observations,
 * tolerance policies, funding, risks, comparator groups and statutory records.
 *
 * <p>Everything refers to everything else by id; {@link
 * io.github.sscp.model.validation.ModelValidator} reports any id that does not resolve.
 *
 * <p>Queries that depend on dates come in two forms: one taking the date, and an undated one whose
 * meaning its javadoc states (for example {@link #statutoryMemberships()} ignores dates).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Partnership extends WithPartnership {

  /** Orders officeholders most recently appointed first; a term with no start counts as earliest. */
  Comparator<Officeholder> MOST_RECENTLY_APPOINTED_FIRST =
      Comparator.comparing((Officeholder o) -> o.term().start()).reversed();

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The partnership's id, e.g. {@code southampton-safe-city-partnership}. */
  @Id
  String id();

  /** Its name, e.g. "Southampton Safe City Partnership". */
  @NotBlank
  String name();

  /** Its short name, e.g. "SSCP". */
  Optional<@NotBlankIfPresent String> shortName();

  /** The nation whose law applies. */
  Nation nation();

  /** The partnership's own area, a {@code COMMUNITY_SAFETY_PARTNERSHIP} geography (E22…), code if known. */
  @Valid
  GeographyRef area();

  /** How local government is organised where the partnership works. */
  LocalGovernmentStructure structure();

  /**
   * Whether the partnership covers several local authority districts because their partnerships
   * merged into one (Crime and Disorder Act 1998 s5(1A)–(1C) and s5A, a combination
   * agreement), listed in {@link #coveredAreas()}; it has
   * nothing to do with merging with safeguarding boards or other partnerships.
   */
  @Value.Default
  default boolean merged() {
    return false;
  }

  /** The local authority districts the partnership covers (several for a merged CSP). */
  List<@Valid GeographyRef> coveredAreas();

  /** The police force areas (E23…) the partnership lies in; two where it straddles forces. */
  List<@Valid GeographyRef> policeForceAreas();

  /** The team that manages the partnership. */
  Optional<@Valid ManagingTeam> managingTeam();

  /** Every organisation the model mentions. */
  List<@Valid Organisation> organisations();

  /** Memberships: who is in the partnership, in what role and when. */
  List<@Valid Membership> memberships();

  /** People in public roles. */
  List<@Valid Person> people();

  /** Who holds which office, of the partnership or of one of its bodies. */
  List<@Valid Officeholder> officeholders();

  /** Governance bodies. */
  List<@Valid GovernanceBody> governanceBodies();

  /** Meetings, held and scheduled. */
  List<@Valid Meeting> meetings();

  /** Strategies, current and past. */
  List<@Valid Strategy> strategies();

  /** Strategic assessments. */
  List<@Valid StrategicAssessment> strategicAssessments();

  /** Public surveys. */
  List<@Valid Survey> surveys();

  /** Records of community engagement and consultation. */
  List<@Valid Engagement> engagements();

  /** Measure definitions. */
  List<@Valid MeasureDefinition> measures();

  /**
   * Crime categories the partnership defines beyond the built-in {@link
   * io.github.sscp.model.measure.CrimeCategories}, e.g. its local definition of serious youth
   * violence.
   */
  List<@Valid CrimeCategory> crimeCategories();

  /** Observations of the measures, append-only. */
  @Value.Default
  @Valid
  default ObservationLog observations() {
    return ObservationLog.EMPTY;
  }

  /** Tolerance policies for rating measures against targets. */
  List<@Valid TolerancePolicy> tolerancePolicies();

  /** The tolerance policy for measures of success that name none, by id. */
  @RefersTo(TolerancePolicy.class)
  Optional<@Id String> defaultTolerancePolicyId();

  /** Funding: core allocations and external bids. */
  @Value.Default
  @Valid
  default Funding funding() {
    return Funding.NONE;
  }

  /** Risks. */
  List<@Valid Risk> risks();

  /** Comparator groups for peer comparison. */
  List<@Valid ComparatorGroup> comparatorGroups();

  /**
   * The data files its figures are read from, which the {@code kpi} and {@code report} commands
   * read with the file; their observations join {@link #observations()} when read.
   */
  List<io.github.sscp.model.measure.@Valid DataFile> dataFiles();

  /** Statutory records: case reviews, ASB case reviews, agreements, information sharing, the SVD. */
  @Value.Default
  @Valid
  default StatutoryRecords statutory() {
    return StatutoryRecords.NONE;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Obtains the people holding an office of the partnership as a whole on a date, most recently
   * appointed first. Co-holders (co-chairs) are all returned.
   *
   * @param office the office, not null
   * @param asOf the date, not null
   * @return the holders, not null
   */
  default List<Person> officeholders(Office office, LocalDate asOf) {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(asOf, "asOf");
    return holders(office, Optional.empty(), o -> o.holdsOfficeOn(asOf));
  }

  /**
   * Obtains the people holding an office of one body on a date, most recently appointed first.
   *
   * @param office the office, not null
   * @param bodyId the body's id, not null
   * @param asOf the date, not null
   * @return the holders, not null
   */
  default List<Person> officeholders(Office office, String bodyId, LocalDate asOf) {
    Objects.requireNonNull(bodyId, "bodyId");
    Objects.requireNonNull(asOf, "asOf");
    return holders(office, Optional.of(bodyId), o -> o.holdsOfficeOn(asOf));
  }

  /**
   * Obtains the names of those holding an office of the partnership as a whole on a date, most
   * recently appointed first: each person's name, or the post where only the post is known.
   *
   * @param office the office, not null
   * @param asOf the date, not null
   * @return the names, not null
   */
  default List<String> officeholderNames(Office office, LocalDate asOf) {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(asOf, "asOf");
    return officeholders().stream()
        .filter(o -> o.office() == office && o.bodyId().isEmpty() && o.holdsOfficeOn(asOf))
        .sorted(MOST_RECENTLY_APPOINTED_FIRST)
        .map(o -> o.personId().flatMap(this::person).map(Person::displayName)
            .or(o::post).orElse(""))
        .filter(n -> !n.isEmpty()).toList();
  }

  /**
   * Obtains the chairs of the partnership on a date, most recently appointed first: one chair, or
   * every co-chair.
   *
   * @param asOf the date, not null
   * @return the chairs, not null
   */
  default List<Person> chairs(LocalDate asOf) {
    return officeholders(Office.CHAIR, asOf);
  }

  /**
   * Obtains the chairs of the partnership whose terms have no end date, whatever their start: the
   * chairs as recorded, without asking about a date. Most recently appointed first.
   *
   * @return the chairs with open-ended terms, not null
   */
  default List<Person> chairs() {
    return holders(Office.CHAIR, Optional.empty(), o -> o.term().isUnboundedEnd());
  }

  /**
   * Obtains the lead Cabinet Members on a date, most recently appointed first.
   *
   * @param asOf the date, not null
   * @return the lead members, not null
   */
  default List<Person> leadCabinetMembers(LocalDate asOf) {
    return officeholders(Office.LEAD_CABINET_MEMBER, asOf);
  }

  private List<Person> holders(Office office, Optional<String> bodyId,
      java.util.function.Predicate<Officeholder> when) {
    return officeholders().stream()
        .filter(o -> o.office() == office && o.bodyId().equals(bodyId) && when.test(o))
        .sorted(MOST_RECENTLY_APPOINTED_FIRST)
        .flatMap(o -> o.personId().flatMap(this::person).stream())
        .toList();
  }

  /**
   * Obtains the memberships held on a date.
   *
   * @param asOf the date, not null
   * @return the memberships valid on that date, not null
   */
  default List<Membership> membershipsOn(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return memberships().stream().filter(m -> m.isValidOn(asOf)).toList();
  }

  /**
   * Obtains every statutory membership (responsible authority) ever recorded, whatever its dates:
   * past, current and future. Use {@link #statutoryMemberships(LocalDate)} for one date.
   *
   * @return the statutory memberships, not null
   */
  default List<Membership> statutoryMemberships() {
    return memberships().stream().filter(Membership::isStatutory).toList();
  }

  /**
   * Obtains the statutory memberships held on a date.
   *
   * @param asOf the date, not null
   * @return the responsible authorities on that date, not null
   */
  default List<Membership> statutoryMemberships(LocalDate asOf) {
    return membershipsOn(asOf).stream().filter(Membership::isStatutory).toList();
  }

  /**
   * Obtains every membership that is not statutory, whatever its dates.
   *
   * @return the non-statutory memberships, not null
   */
  default List<Membership> nonStatutoryMemberships() {
    return memberships().stream().filter(m -> !m.isStatutory()).toList();
  }

  /**
   * Obtains the memberships that are not statutory and are held on a date.
   *
   * @param asOf the date, not null
   * @return the non-statutory memberships on that date, not null
   */
  default List<Membership> nonStatutoryMemberships(LocalDate asOf) {
    return membershipsOn(asOf).stream().filter(m -> !m.isStatutory()).toList();
  }

  /**
   * Finds an organisation by id.
   *
   * @param id the id, not null
   * @return the organisation, or empty
   */
  default Optional<Organisation> organisation(String id) {
    return organisations().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Finds a person by id.
   *
   * @param id the id, not null
   * @return the person, or empty
   */
  default Optional<Person> person(String id) {
    return people().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Finds a governance body by id.
   *
   * @param id the id, not null
   * @return the body, or empty
   */
  default Optional<GovernanceBody> governanceBody(String id) {
    return governanceBodies().stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /**
   * Finds a measure definition by id.
   *
   * @param id the id, not null
   * @return the measure, or empty
   */
  default Optional<MeasureDefinition> measure(String id) {
    return measures().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * Finds a tolerance policy by id.
   *
   * @param id the id, not null
   * @return the policy, or empty
   */
  default Optional<TolerancePolicy> tolerancePolicy(String id) {
    return tolerancePolicies().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Finds a crime category by id, among the partnership's own and the built-in catalogue.
   *
   * @param id the id, e.g. "police-uk/burglary", not null
   * @return the category, or empty
   */
  default Optional<CrimeCategory> crimeCategory(String id) {
    return crimeCategories().stream().filter(c -> c.id().equals(id)).findFirst()
        .or(() -> CrimeCategories.find(id));
  }

  /**
   * Finds a strategy by id.
   *
   * @param id the id, not null
   * @return the strategy, or empty
   */
  default Optional<Strategy> strategy(String id) {
    return strategies().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Finds the strategies whose period covers a date.
   *
   * @param date the date, not null
   * @return the strategies in force, not null
   */
  default List<Strategy> strategiesInForceOn(LocalDate date) {
    return strategies().stream().filter(s -> s.isInForceOn(date)).toList();
  }

  /**
   * Obtains a measure's series for the partnership's own area: the observations with no area and
   * those for the partnership's own GSS code, as one series in period order.
   *
   * @param measureId the measure's id, not null
   * @return the series, possibly empty, not null
   */
  default ObservationSeries ownSeries(String measureId) {
    ObservationSeries unplaced = observations().series(SeriesKey.of(measureId));
    Optional<ObservationSeries> placed = area().code()
        .map(code -> observations().series(SeriesKey.of(measureId, code)));
    if (placed.isEmpty() || placed.get().isEmpty()) {
      return unplaced;
    }
    if (unplaced.isEmpty()) {
      return new ObservationSeries(SeriesKey.of(measureId), placed.get().observations());
    }
    java.util.Map<List<LocalDate>, io.github.sscp.model.measure.Observation> byDays =
        new java.util.LinkedHashMap<>();
    java.util.stream.Stream.concat(unplaced.observations().stream(),
            placed.get().observations().stream())
        .forEach(o -> byDays.put(List.of(o.period().start(), o.period().endExclusive()), o));
    List<io.github.sscp.model.measure.Observation> all = new java.util.ArrayList<>(byDays.values());
    all.sort(ObservationLog.BY_PERIOD);
    return new ObservationSeries(SeriesKey.of(measureId), all);
  }

  /** Construction invariant: the area is a partnership geography. */
  @Value.Check
  default void check() {
    InvalidValueException.require(area().type() == GeographyType.COMMUNITY_SAFETY_PARTNERSHIP,
        "area: partnership " + id() + " has area " + area().name() + " of type " + area().type()
            + ", not a COMMUNITY_SAFETY_PARTNERSHIP geography");
  }

  /** Builder for {@link Partnership}. */
  class Builder extends ImmutablePartnership.Builder {}
}
