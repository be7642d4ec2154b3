package io.github.sscp.model;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.evidence.Survey;
import io.github.sscp.model.funding.Funding;
import io.github.sscp.model.geography.AreaType;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.Risk;
import io.github.sscp.model.measure.CrimeCategories;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.organisation.ManagingTeam;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.Office;
import io.github.sscp.model.organisation.Officeholder;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.strategy.Strategy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Community Safety Partnership: the root of the model. It holds the partnership's area, its
 * members and the people who hold its offices, its governance and meetings, its strategies and their
 * evidence, its measures and observations, its funding, risks and comparator groups.
 *
 * <p>Everything refers to everything else by id; {@link
 * io.github.sscp.model.validation.ModelValidator} reports any id that does not resolve.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Partnership extends WithPartnership {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The partnership's id, e.g. {@code southampton-safe-city-partnership}. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** Its name, e.g. "Southampton Safe City Partnership". */
  @NotBlank
  String name();

  /** Its short name, e.g. "SSCP". */
  Optional<@NotBlankIfPresent String> shortName();

  /** The nation whose law applies. */
  Nation nation();

  /** The partnership's own area, a {@code COMMUNITY_SAFETY_PARTNERSHIP} geography (E22…). */
  @Valid
  GeographyRef area();

  /** How local government is organised in the area. */
  AreaType areaType();

  /** The local authority districts the partnership covers (several for a merged CSP). */
  List<@Valid GeographyRef> coveredAreas();

  /** The police force area (E23…) the partnership lies in. */
  Optional<@Valid GeographyRef> policeForceArea();

  /** The team that manages the partnership. */
  Optional<@Valid ManagingTeam> managingTeam();

  /** Every organisation the model mentions. */
  List<@Valid Organisation> organisations();

  /** Memberships: who is in the partnership and in what role. */
  List<@Valid Membership> memberships();

  /** People in public roles. */
  List<@Valid Person> people();

  /** Who holds which office. */
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

  /** Measure definitions. */
  List<@Valid MeasureDefinition> measures();

  /**
   * Crime categories the partnership defines beyond the built-in {@link CrimeCategories}, e.g. its
   * local definition of serious youth violence.
   */
  List<@Valid CrimeCategory> crimeCategories();

  /** Observations of the measures, append-only. */
  @Value.Default
  @Valid
  default ObservationLog observations() {
    return ObservationLog.EMPTY;
  }

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

  // ---------------------------------------------------------------------------------------------

  /**
   * Finds the person holding an office on a date (or at any time, if the term has no dates).
   *
   * @param office the office, not null
   * @param asOf the date, not null
   * @return the person, or empty if no-one holds it or the person is unknown
   */
  default Optional<Person> officeholder(Office office, LocalDate asOf) {
    return officeholders().stream()
        .filter(o -> o.office() == office)
        .filter(o -> o.from().map(f -> !asOf.isBefore(f)).orElse(true)
            && o.to().map(t -> !asOf.isAfter(t)).orElse(true))
        .findFirst()
        .flatMap(o -> person(o.personId()));
  }

  /**
   * Finds the current chair: the most recently appointed holder of {@link Office#CHAIR} with no end.
   *
   * @return the chair, or empty
   */
  default Optional<Person> chair() {
    return currentHolder(Office.CHAIR);
  }

  /**
   * Finds the current lead Cabinet Member.
   *
   * @return the lead member, or empty
   */
  default Optional<Person> leadCabinetMember() {
    return currentHolder(Office.LEAD_CABINET_MEMBER);
  }

  private Optional<Person> currentHolder(Office office) {
    return officeholders().stream()
        .filter(o -> o.office() == office && o.to().isEmpty())
        .reduce((a, b) -> b)
        .flatMap(o -> person(o.personId()));
  }

  /**
   * Obtains the statutory partners: memberships whose role is responsible authority.
   *
   * @return the statutory memberships, not null
   */
  default List<Membership> statutoryMemberships() {
    return memberships().stream().filter(Membership::isStatutory).toList();
  }

  /**
   * Obtains the members that are not statutory partners.
   *
   * @return the non-statutory memberships, not null
   */
  default List<Membership> nonStatutoryMemberships() {
    return memberships().stream().filter(m -> !m.isStatutory()).toList();
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
   * Finds a measure definition by id.
   *
   * @param id the id, not null
   * @return the measure, or empty
   */
  default Optional<MeasureDefinition> measure(String id) {
    return measures().stream().filter(m -> m.id().equals(id)).findFirst();
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

  /** Construction invariant: the area is a partnership geography. */
  @Value.Check
  default void check() {
    InvalidValueException.require(area().type() == GeographyType.COMMUNITY_SAFETY_PARTNERSHIP,
        "area: " + area().code() + " is a " + area().type()
            + ", not a COMMUNITY_SAFETY_PARTNERSHIP geography");
  }

  /** Builder for {@link Partnership}. */
  class Builder extends ImmutablePartnership.Builder {}
}
