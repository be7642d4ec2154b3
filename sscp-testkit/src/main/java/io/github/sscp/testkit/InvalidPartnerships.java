package io.github.sscp.testkit;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.ContactDetails;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.time.FinancialYear;
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
    /** A priority whose order is zero. */
    PRIORITY_ORDER_ZERO("Positive"),
    /** A blank priority alias. */
    BLANK_PRIORITY_ALIAS("NotBlank"),
    /** A malformed e-mail address in contact details. */
    MALFORMED_EMAIL("Email"),
    /** An organisation id used twice. */
    DUPLICATE_ORGANISATION_ID(io.github.sscp.model.validation.Violation.DUPLICATE_ID),
    /** A focus area naming a priority that does not exist. */
    DANGLING_PRIORITY(io.github.sscp.model.validation.Violation.REFERENCE),
    /** A measure of success naming a measure that does not exist. */
    DANGLING_MEASURE(io.github.sscp.model.validation.Violation.REFERENCE),
    /** A negative count. */
    NEGATIVE_COUNT(io.github.sscp.model.validation.Violation.VALUE_TYPE),
    /** A numeric target on a context-only measure. */
    NUMERIC_TARGET_ON_CONTEXT_ONLY(io.github.sscp.model.validation.Violation.TARGET_POLARITY),
    /** A comparator group with one member. */
    COMPARATOR_GROUP_OF_ONE("Size");

    private final String constraint;

    Breakage(String constraint) {
      this.constraint = constraint;
    }

    /** @return the constraint this breakage breaks */
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
      Partnership valid = SscpRecipes.partnership(PartnershipSize.small()).make(d);
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
        List<Organisation> orgs = new ArrayList<>(p.organisations());
        orgs.set(i, orgs.get(i).withName(""));
        return broken(b, p.withOrganisations(orgs), "organisations[" + i + "].name");
      }
      case PRIORITY_ORDER_ZERO: {
        int i = d.intBetween(0, s.priorities().size() - 1);
        return broken(b, withStrategy(p, s.withPriorities(replace(s.priorities(), i,
            x -> x.withOrder(0)))), "strategies[0].priorities[" + i + "].order");
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
        List<Person> people = new ArrayList<>(p.people());
        people.set(i, people.get(i).withContact(ContactDetails.builder().email("not-an-address").build()));
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
            .source(io.github.sscp.model.geography.ComparatorSource.CUSTOM)
            .addMember(SscpRecipes.geographyRef(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).make(d))
            .build();
        return broken(b, Partnership.builder().from(p).addComparatorGroup(one).build(),
            "comparatorGroups[" + p.comparatorGroups().size() + "].members");
      }
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
