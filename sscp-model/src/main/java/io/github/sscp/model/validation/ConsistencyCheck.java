package io.github.sscp.model.validation;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The model's checks across values that no single constraint can see: observed values possible
 * for their measure, one current value per series and period, targets that fit the measure's
 * polarity, unique positions, and roles, kinds, nations and council tiers that fit each other.
 */
final class ConsistencyCheck {

  private static final Map<LocalGovernmentStructure, Set<LocalAuthorityTier>> TIERS = Map.of(
      LocalGovernmentStructure.UNITARY, EnumSet.of(LocalAuthorityTier.UNITARY),
      LocalGovernmentStructure.TWO_TIER_DISTRICT,
      EnumSet.of(LocalAuthorityTier.DISTRICT, LocalAuthorityTier.COUNTY),
      LocalGovernmentStructure.COUNTY, EnumSet.of(LocalAuthorityTier.COUNTY, LocalAuthorityTier.DISTRICT),
      LocalGovernmentStructure.LONDON_BOROUGH, EnumSet.of(LocalAuthorityTier.LONDON_BOROUGH),
      LocalGovernmentStructure.METROPOLITAN_DISTRICT,
      EnumSet.of(LocalAuthorityTier.METROPOLITAN_DISTRICT),
      LocalGovernmentStructure.WELSH_PRINCIPAL_AREA, EnumSet.of(LocalAuthorityTier.WELSH_PRINCIPAL_AREA),
      LocalGovernmentStructure.CITY_OF_LONDON, EnumSet.of(LocalAuthorityTier.CITY_OF_LONDON));

  private final Partnership p;
  private final List<Violation> found = new ArrayList<>();
  private final Map<String, MeasureDefinition> measures = new HashMap<>();
  private final Map<String, Organisation> organisations = new HashMap<>();

  ConsistencyCheck(Partnership partnership) {
    this.p = partnership;
    p.measures().forEach(m -> measures.putIfAbsent(m.id(), m));
    p.organisations().forEach(o -> organisations.putIfAbsent(o.id(), o));
  }

  List<Violation> run() {
    checkArea();
    for (int i = 0; i < p.memberships().size(); i++) {
      checkMembership("memberships[" + i + "]", p.memberships().get(i));
    }
    for (int i = 0; i < p.measures().size(); i++) {
      MeasureDefinition m = p.measures().get(i);
      if (m.valueType() == ValueType.RATE && m.rateBase().isEmpty()) {
        found.add(new Violation("measures[" + i + "].rateBase", "measure " + m.id()
            + " is a RATE and needs a rateBase saying what it is per", Violation.INCOMPLETE));
      }
    }
    checkObservations();
    for (int s = 0; s < p.strategies().size(); s++) {
      checkStrategy("strategies[" + s + "]", p.strategies().get(s));
    }
    return found;
  }

  private void checkArea() {
    Nation nation = p.nation();
    nationOf("area.code", p.area());
    for (int i = 0; i < p.coveredAreas().size(); i++) {
      nationOf("coveredAreas[" + i + "].code", p.coveredAreas().get(i));
    }
    boolean welshStructure = p.structure() == LocalGovernmentStructure.WELSH_PRINCIPAL_AREA;
    if (welshStructure != (nation == Nation.WALES)) {
      found.add(new Violation("structure", "a partnership in " + nation + " cannot have the "
          + p.structure() + " structure", Violation.NATION_MISMATCH));
    }
    if (p.merged() && p.coveredAreas().size() < 2) {
      found.add(new Violation("coveredAreas", "a merged partnership covers at least 2 local"
          + " authority districts, but " + p.coveredAreas().size() + " are listed", "Size"));
    }
  }

  private void nationOf(String path, GeographyRef area) {
    area.code().ifPresent(code -> {
      char letter = code.value().charAt(0);
      char expected = p.nation() == Nation.WALES ? 'W' : 'E';
      if (letter != expected) {
        found.add(new Violation(path, "code " + code + " is not a code of " + p.nation()
            + " (expected " + expected + "…)", Violation.NATION_MISMATCH));
      }
    });
  }

  private static String kind(Observation o) {
    String name = o.period().getClass().getSimpleName();
    return switch (name) {
      case "CalendarMonth" -> "months";
      case "Quarter" -> "quarters";
      case "FinancialYear" -> "financial years";
      case "FinancialYearToDate" -> "years to date";
      case "Rolling12Months" -> "rolling 12 months";
      case "CalendarYear" -> "calendar years";
      default -> "date ranges";
    };
  }

  private void checkMembership(String at, Membership m) {
    Organisation o = organisations.get(m.organisationId());
    if (o == null) {
      return;  // a dangling reference, reported by ReferenceCheck
    }
    Optional<OrganisationType> expected = m.responsibleAuthorityType().map(ConsistencyCheck::typeFor);
    if (m.role() == MembershipRole.LOCAL_POLICING_BODY) {
      expected = Optional.of(OrganisationType.LOCAL_POLICING_BODY);
    }
    expected.filter(t -> !o.actsAs(t) && !isPfccFire(m, o)).ifPresent(t -> found.add(new Violation(
        at + (m.role() == MembershipRole.LOCAL_POLICING_BODY ? ".role" : ".responsibleAuthorityType"),
        "membership of " + o.id() + " as " + m.responsibleAuthorityType().map(Enum::name)
            .orElse(m.role().name()) + " needs an organisation of type " + t + ", but "
            + o.id() + " is a " + o.type() + " (record a capacity if it acts as both)",
        Violation.ROLE_MISMATCH)));
    m.healthBodyKind().filter(k -> k.nation() != p.nation()).ifPresent(k -> found.add(new Violation(
        at + ".healthBodyKind", "a " + k + " is a health body of " + k.nation() + ", but the"
            + " partnership is in " + p.nation(), Violation.NATION_MISMATCH)));
    if (m.isStatutory() && m.responsibleAuthorityType().equals(Optional.of(
        ResponsibleAuthorityType.LOCAL_AUTHORITY)) && o.actsAs(OrganisationType.LOCAL_AUTHORITY)) {
      if (o.localAuthorityTier().isEmpty()) {
        found.add(new Violation(at + ".organisationId", "council " + o.id() + " is a responsible"
            + " authority and needs its localAuthorityTier", Violation.INCOMPLETE));
      } else if (!TIERS.getOrDefault(p.structure(), Set.of()).contains(o.localAuthorityTier().get())) {
        found.add(new Violation(at + ".organisationId", "council " + o.id() + " is a "
            + o.localAuthorityTier().get() + " council, which does not fit the partnership's "
            + p.structure() + " structure", Violation.STRUCTURE_MISMATCH));
      }
    }
    if (o.actsAs(OrganisationType.LOCAL_POLICING_BODY) && o.policingBodyKind().isEmpty()) {
      found.add(new Violation(at + ".organisationId", "local policing body " + o.id()
          + " needs its policingBodyKind", Violation.INCOMPLETE));
    }
  }

  /** A police, fire and crime commissioner recorded as one organisation may be the fire authority. */
  private static boolean isPfccFire(Membership m, Organisation o) {
    return m.responsibleAuthorityType().equals(Optional.of(ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        && o.policingBodyKind().equals(Optional.of(
            io.github.sscp.model.organisation.LocalPolicingBodyKind.POLICE_FIRE_AND_CRIME_COMMISSIONER));
  }

  private static OrganisationType typeFor(ResponsibleAuthorityType type) {
    return switch (type) {
      case LOCAL_AUTHORITY -> OrganisationType.LOCAL_AUTHORITY;
      case CHIEF_OFFICER_OF_POLICE -> OrganisationType.POLICE_FORCE;
      case FIRE_AND_RESCUE_AUTHORITY -> OrganisationType.FIRE_AND_RESCUE;
      case HEALTH_BODY -> OrganisationType.HEALTH_BODY;
      case PROBATION_PROVIDER -> OrganisationType.PROBATION;
    };
  }

  private void checkObservations() {
    List<Observation> entries = p.observations().entries();
    for (int i = 0; i < entries.size(); i++) {
      Observation o = entries.get(i);
      MeasureDefinition m = measures.get(o.measureId());
      String at = "observations.entries[" + i + "]";
      if (m != null && o.value().isPresent()) {
        BigDecimal v = o.value().get();
        valueProblem(m.valueType(), v).ifPresent(problem -> found.add(new Violation(at + ".value",
            "value " + v.toPlainString() + " of a " + m.valueType() + " measure (" + m.id() + ") "
                + problem, Violation.VALUE_TYPE)));
      }
    }
    // one kind of period per series: the engines cannot mix months with quarters
    Map<io.github.sscp.model.measure.SeriesKey, Observation> firstOfSeries = new HashMap<>();
    Set<String> current = new java.util.HashSet<>();
    p.observations().current().forEach(o -> current.add(o.id()));
    for (int i = 0; i < entries.size(); i++) {
      Observation o = entries.get(i);
      if (!current.contains(o.id())) {
        continue;
      }
      // the partnership's own code and no code are one series (Partnership.ownSeries)
      io.github.sscp.model.measure.SeriesKey key = o.seriesKey();
      if (key.geography().isPresent() && key.geography().equals(p.area().code())) {
        key = new io.github.sscp.model.measure.SeriesKey(key.measureId(), Optional.empty(),
            key.breakdown());
      }
      Observation first = firstOfSeries.putIfAbsent(key, o);
      if (first != null && first.period().getClass() != o.period().getClass()) {
        found.add(new Violation("observations.entries[" + i + "].period", "measure "
            + o.measureId() + ": this series mixes " + kind(first) + " (" + first.period()
            + ") with " + kind(o) + " (" + o.period() + "); a measure's series has one kind of"
            + " period: give these to a measure of their own frequency", Violation.MIXED_PERIODS));
      }
    }
    p.observations().conflicts().forEach((i, o) -> found.add(new Violation(
        "observations.entries[" + i + "].period", "observation " + o.id() + " gives a second current"
            + " value of " + o.seriesKey() + " for " + o.period() + "; supersede the earlier one"
            + " instead", Violation.DUPLICATE_PERIOD)));
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

  private void checkStrategy(String at, Strategy st) {
    uniqueOrder(at + ".priorities", st.priorities(), x -> x.order(), "priority");
    uniqueOrder(at + ".keyCrimeIssues", st.keyCrimeIssues(), x -> x.order(), "key crime issue");
    if (st.kind() == StrategyKind.JOINT_PLAN && st.coOwnerOrganisationIds().isEmpty()) {
      found.add(new Violation(at + ".coOwnerOrganisationIds", "a JOINT_PLAN names the"
          + " organisations it is owned with", Violation.INCOMPLETE));
    }
    for (int f = 0; f < st.focusAreas().size(); f++) {
      List<MeasureBinding> bindings = st.focusAreas().get(f).measuresOfSuccess();
      for (int b = 0; b < bindings.size(); b++) {
        checkBinding(at + ".focusAreas[" + f + "].measuresOfSuccess[" + b + "]", bindings.get(b));
      }
    }
  }

  private <T> void uniqueOrder(String listPath, List<T> items, ToIntFunction<T> order, String what) {
    Map<Integer, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      int o = order.applyAsInt(items.get(i));
      Integer earlier = first.putIfAbsent(o, i);
      if (earlier != null) {
        found.add(new Violation(listPath + "[" + i + "].order", "order " + o + " is already held"
            + " by " + what + " [" + earlier + "]", Violation.DUPLICATE_ORDER));
      }
    }
  }

  private void checkBinding(String at, MeasureBinding binding) {
    MeasureDefinition measure = measures.get(binding.measureId());
    if (measure != null && measure.polarity() == Polarity.CONTEXT_ONLY) {
      for (int t = 0; t < binding.targets().size(); t++) {
        TargetType type = binding.targets().get(t).type();
        if (type != TargetType.DIRECTION_ONLY) {
          found.add(new Violation(at + ".targets[" + t + "].type", "measure " + measure.id()
              + " is CONTEXT_ONLY: only a DIRECTION_ONLY target may be set, not " + type,
              Violation.TARGET_POLARITY));
        }
      }
    }
  }
}
