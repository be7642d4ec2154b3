package io.github.sscp.testkit;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.ComparatorSource;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.ReportKind;
import io.github.sscp.model.governance.ReportingLine;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.ContactDetails;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyKind;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Recipes for partnerships broken in exactly one named place, one per kind of breakage. */
public final class InvalidPartnerships {

  /** The kinds of breakage, each with the constraint it breaks. */
  public enum Breakage {
    /** A blank partnership name. */
    BLANK_NAME("NotBlank"),
    /** A blank organisation name. */
    BLANK_ORGANISATION_NAME("NotBlank"),
    /** A malformed organisation id. */
    MALFORMED_ORGANISATION_ID("Id"),
    /** A blank external identifier of an organisation. */
    BLANK_IDENTIFIER("NotBlank"),
    /** A priority whose order is zero. */
    PRIORITY_ORDER_ZERO("Positive"),
    /** Two priorities of one strategy in the same position. */
    DUPLICATE_PRIORITY_ORDER(Violation.DUPLICATE_ORDER),
    /** A blank priority alias. */
    BLANK_PRIORITY_ALIAS("NotBlank"),
    /** A malformed e-mail address in contact details. */
    MALFORMED_EMAIL("Email"),
    /** An organisation id used twice. */
    DUPLICATE_ORGANISATION_ID(Violation.DUPLICATE_ID),
    /** A focus area naming a priority that does not exist. */
    DANGLING_PRIORITY(Violation.REFERENCE),
    /** A measure of success naming a measure that does not exist. */
    DANGLING_MEASURE(Violation.REFERENCE),
    /** A reporting line to a body that does not exist. */
    DANGLING_REPORTING_LINE(Violation.REFERENCE),
    /** A negative count. */
    NEGATIVE_COUNT(Violation.VALUE_TYPE),
    /** A second current value of a series for a period it already has. */
    DUPLICATE_CURRENT_OBSERVATION(Violation.DUPLICATE_PERIOD),
    /** A numeric target on a context-only measure. */
    NUMERIC_TARGET_ON_CONTEXT_ONLY(Violation.TARGET_POLARITY),
    /** A comparator group with one member. */
    COMPARATOR_GROUP_OF_ONE("Size"),
    /** A responsible authority whose organisation is of another type. */
    RESPONSIBLE_AUTHORITY_OF_WRONG_TYPE(Violation.ROLE_MISMATCH),
    /** A health body of the other nation. */
    HEALTH_BODY_OF_OTHER_NATION(Violation.NATION_MISMATCH),
    /** A council whose tier does not fit the local government structure. */
    COUNCIL_TIER_OUT_OF_STRUCTURE(Violation.STRUCTURE_MISMATCH),
    /** A rate measure with no rate base. */
    RATE_WITHOUT_BASE(Violation.INCOMPLETE),
    /** A joint plan that names no co-owner. */
    JOINT_PLAN_WITHOUT_CO_OWNER(Violation.INCOMPLETE);

    private final String constraint;

    Breakage(String constraint) {
      this.constraint = constraint;
    }

    /**
     * Obtains the constraint this breakage breaks.
     *
     * @return a Jakarta constraint's simple name or a {@link Violation} code, not null
     */
    public String constraint() {
      return constraint;
    }
  }

  private InvalidPartnerships() {}

  /**
   * Obtains a recipe for partnerships broken in one way, chosen at random.
   *
   * @return the recipe, not null
   */
  public static Recipe<InvalidValue<Partnership>> any() {
    return d -> of(d.pick(Breakage.class)).make(d);
  }

  /**
   * Obtains a recipe for partnerships broken in a given way.
   *
   * @param breakage the breakage, not null
   * @return the recipe, not null
   */
  public static Recipe<InvalidValue<Partnership>> of(Breakage breakage) {
    return d -> {
      Partnership valid = PartnershipRecipes.partnership(PartnershipSize.small()).make(d);
      return apply(breakage, valid, d);
    };
  }

  private static InvalidValue<Partnership> apply(Breakage b, Partnership p, Draws d) {
    Strategy s = p.strategies().get(0);
    switch (b) {
      case BLANK_NAME:
        return broken(b, p.withName(" "), "name");
      case BLANK_ORGANISATION_NAME: {
        int i = d.intBetween(0, p.organisations().size() - 1);
        return broken(b, p.withOrganisations(replace(p.organisations(), i, o -> o.withName(""))),
            "organisations[" + i + "].name");
      }
      case MALFORMED_ORGANISATION_ID: {
        Organisation extra = OrganisationRecipes.organisation(d, "Not An Id", OrganisationType.OTHER,
            p.structure());
        return broken(b, Partnership.builder().from(p).addOrganisation(extra).build(),
            "organisations[" + p.organisations().size() + "].id");
      }
      case BLANK_IDENTIFIER: {
        int i = d.intBetween(0, p.organisations().size() - 1);
        return broken(b, p.withOrganisations(replace(p.organisations(), i,
            o -> Organisation.builder().from(o).putIdentifier("ods", " ").build())),
            "organisations[" + i + "].identifiers[ods]");
      }
      case PRIORITY_ORDER_ZERO: {
        int i = d.intBetween(0, s.priorities().size() - 1);
        return broken(b, withStrategy(p, s.withPriorities(replace(s.priorities(), i,
            x -> x.withOrder(0)))), "strategies[0].priorities[" + i + "].order");
      }
      case DUPLICATE_PRIORITY_ORDER: {
        Priority copy = Priority.builder().from(s.priorities().get(0)).id("priority-again").build();
        return broken(b, withStrategy(p, Strategy.builder().from(s).addPriority(copy).build()),
            "strategies[0].priorities[" + s.priorities().size() + "].order");
      }
      case BLANK_PRIORITY_ALIAS: {
        int i = d.intBetween(0, s.priorities().size() - 1);
        Priority pr = s.priorities().get(i);
        return broken(b, withStrategy(p, s.withPriorities(replace(s.priorities(), i,
            x -> Priority.builder().from(x).addAlias("  ").build()))),
            "strategies[0].priorities[" + i + "].aliases[" + pr.aliases().size() + "]");
      }
      case MALFORMED_EMAIL: {
        int i = d.intBetween(0, p.people().size() - 1);
        List<Person> people = replace(p.people(), i,
            x -> x.withContact(ContactDetails.builder().email("not-an-address").build()));
        return broken(b, p.withPeople(people), "people[" + i + "].contact.email");
      }
      case DUPLICATE_ORGANISATION_ID: {
        Organisation copy = d.pick(p.organisations());
        return broken(b, Partnership.builder().from(p).addOrganisation(copy).build(),
            "organisations[" + p.organisations().size() + "].id");
      }
      case DANGLING_PRIORITY: {
        int f = d.intBetween(0, s.focusAreas().size() - 1);
        FocusArea fa = s.focusAreas().get(f);
        return broken(b, withStrategy(p, s.withFocusAreas(replace(s.focusAreas(), f,
            x -> FocusArea.builder().from(x).addPriorityId("no-such-priority").build()))),
            "strategies[0].focusAreas[" + f + "].priorityIds[" + fa.priorityIds().size() + "]");
      }
      case DANGLING_MEASURE: {
        int f = d.intBetween(0, s.focusAreas().size() - 1);
        FocusArea fa = s.focusAreas().get(f);
        return broken(b, withStrategy(p, s.withFocusAreas(replace(s.focusAreas(), f,
            x -> FocusArea.builder().from(x).addMeasuresOfSuccess(
                MeasureBinding.of("no-such-measure")).build()))),
            "strategies[0].focusAreas[" + f + "].measuresOfSuccess[" + fa.measuresOfSuccess().size()
                + "].measureId");
      }
      case DANGLING_REPORTING_LINE: {
        int i = d.intBetween(0, p.governanceBodies().size() - 1);
        GovernanceBody body = p.governanceBodies().get(i);
        return broken(b, p.withGovernanceBodies(replace(p.governanceBodies(), i,
            x -> GovernanceBody.builder().from(x).addReportsTo(ReportingLine.builder()
                .toBodyId("no-such-body").frequency(Frequency.ANNUAL).addReports(ReportKind.ANNUAL_REPORT)
                .build()).build())),
            "governanceBodies[" + i + "].reportsTo[" + body.reportsTo().size() + "].toBodyId");
      }
      case NEGATIVE_COUNT: {
        MeasureDefinition count = MeasureDefinition.builder().from(p.measures().get(0))
            .id("negative-count-measure").valueType(ValueType.COUNT).build();
        int at = p.observations().entries().size();
        Observation o = Observation.builder().id("negative-count").measureId(count.id())
            .geography(p.area().code()).period(FinancialYear.of(2024))
            .value(BigDecimal.valueOf(-d.between(1, 100))).build();
        return broken(b, Partnership.builder().from(p).addMeasure(count)
            .observations(p.observations().append(o)).build(), "observations.entries[" + at + "].value");
      }
      case DUPLICATE_CURRENT_OBSERVATION: {
        MeasureDefinition m = p.measures().get(0);
        int at = p.observations().entries().size();
        Observation first = Observation.builder().id("first-value").measureId(m.id())
            .period(CalendarMonth.of(1999, 1)).value(MeasureRecipes.value(m.valueType()).make(d))
            .build();
        Observation second = Observation.builder().from(first).id("second-value")
            .period(DateRange.of(first.period().start(), first.period().endExclusive())).build();
        return broken(b, p.withObservations(p.observations().append(first).append(second)),
            "observations.entries[" + (at + 1) + "].period");
      }
      case NUMERIC_TARGET_ON_CONTEXT_ONLY: {
        MeasureDefinition context = MeasureDefinition.builder().from(p.measures().get(0))
            .id("context-only-measure").polarity(Polarity.CONTEXT_ONLY).build();
        int f = d.intBetween(0, s.focusAreas().size() - 1);
        FocusArea fa = s.focusAreas().get(f);
        MeasureBinding binding = MeasureBinding.builder().measureId(context.id())
            .addTarget(Target.builder().type(TargetType.ABSOLUTE).value(BigDecimal.TEN)
                .by(FinancialYear.of(2025)).build()).build();
        Partnership withMeasure = Partnership.builder().from(p).addMeasure(context).build();
        return broken(b, withStrategy(withMeasure, s.withFocusAreas(replace(s.focusAreas(), f,
            x -> FocusArea.builder().from(x).addMeasuresOfSuccess(binding).build()))),
            "strategies[0].focusAreas[" + f + "].measuresOfSuccess[" + fa.measuresOfSuccess().size()
                + "].targets[0].type");
      }
      case COMPARATOR_GROUP_OF_ONE: {
        ComparatorGroup one = ComparatorGroup.builder().id("group-of-one").name("Alone")
            .source(ComparatorSource.CUSTOM)
            .addMember(GeographyRecipes.geographyRef(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).make(d))
            .build();
        return broken(b, Partnership.builder().from(p).addComparatorGroup(one).build(),
            "comparatorGroups[" + p.comparatorGroups().size() + "].members");
      }
      case RESPONSIBLE_AUTHORITY_OF_WRONG_TYPE: {
        Organisation charity = OrganisationRecipes.organisation(d, "charity-as-police",
            OrganisationType.VOLUNTARY_OR_COMMUNITY, p.structure());
        int at = p.memberships().size();
        return broken(b, Partnership.builder().from(p).addOrganisation(charity)
            .addMembership(Membership.responsibleAuthority(charity.id(),
                ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE)).build(),
            "memberships[" + at + "].responsibleAuthorityType");
      }
      case HEALTH_BODY_OF_OTHER_NATION: {
        Organisation health = OrganisationRecipes.organisation(d, "health-elsewhere",
            OrganisationType.HEALTH_BODY, p.structure());
        HealthBodyKind wrong = p.nation() == Nation.WALES ? HealthBodyKind.INTEGRATED_CARE_BOARD
            : HealthBodyKind.LOCAL_HEALTH_BOARD;
        int at = p.memberships().size();
        return broken(b, Partnership.builder().from(p).addOrganisation(health)
            .addMembership(Membership.healthBody(health.id(), wrong)).build(),
            "memberships[" + at + "].healthBodyKind");
      }
      case COUNCIL_TIER_OUT_OF_STRUCTURE: {
        LocalAuthorityTier wrong = p.structure() == LocalGovernmentStructure.UNITARY
            ? LocalAuthorityTier.COUNTY : LocalAuthorityTier.UNITARY;
        Organisation council = Organisation.builder().id("council-elsewhere").name("Another Council")
            .type(OrganisationType.LOCAL_AUTHORITY).localAuthorityTier(wrong).build();
        int at = p.memberships().size();
        return broken(b, Partnership.builder().from(p).addOrganisation(council)
            .addMembership(Membership.responsibleAuthority(council.id(),
                ResponsibleAuthorityType.LOCAL_AUTHORITY)).build(),
            "memberships[" + at + "].organisationId");
      }
      case RATE_WITHOUT_BASE: {
        MeasureDefinition rate = MeasureDefinition.builder().from(p.measures().get(0))
            .id("rate-without-base").valueType(ValueType.RATE).rateBase(java.util.Optional.empty())
            .build();
        return broken(b, Partnership.builder().from(p).addMeasure(rate).build(),
            "measures[" + p.measures().size() + "].rateBase");
      }
      case JOINT_PLAN_WITHOUT_CO_OWNER:
        return broken(b, withStrategy(p, Strategy.builder().from(s).kind(StrategyKind.JOINT_PLAN)
            .coOwnerOrganisationIds(List.of()).build()), "strategies[0].coOwnerOrganisationIds");
      default:
        throw new AssertionError(b);
    }
  }

  private static InvalidValue<Partnership> broken(Breakage b, Partnership p, String path) {
    return new InvalidValue<>(p, path, b.constraint());
  }

  private static Partnership withStrategy(Partnership p, Strategy s) {
    List<Strategy> strategies = new ArrayList<>(p.strategies());
    strategies.set(0, s);
    return p.withStrategies(strategies);
  }

  private static <T> List<T> replace(List<T> list, int i, UnaryOperator<T> change) {
    List<T> out = new ArrayList<>(list);
    out.set(i, change.apply(out.get(i)));
    return out;
  }
}
