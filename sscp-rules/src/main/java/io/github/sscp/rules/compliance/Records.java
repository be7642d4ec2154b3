package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.StatutoryFunction;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the YAML that records what satisfies a rule, for one partnership on one date: the lines
 * to add to its file. It refers to the partnership's own records where it has them (its council,
 * its strategy in force) and adds what is missing, so that the YAML merged into the file (objects
 * merged, list items with the same {@code id} — or a revision's {@code version} — merged, others
 * added) turns the finding met.
 */
final class Records {

  private final Partnership p;
  private final LocalDate date;
  private final Map<String, List<List<String>>> lists = new LinkedHashMap<>();
  private final Map<String, List<String>> objects = new LinkedHashMap<>();
  private final List<String> added = new ArrayList<>();

  private final Jurisdiction jurisdiction;

  Records(Context c) {
    this.p = c.partnership();
    this.date = c.asOf();
    this.jurisdiction = c.jurisdiction();
  }

  Partnership partnership() {
    return p;
  }

  LocalDate date() {
    return date;
  }

  /** A day in the 12 months to the date, for a record that must be recent. */
  String recently() {
    return date.toString();
  }

  /**
   * Adds an item to a top-level list; an item with the same first line (its id) as one added
   * already is merged into it, so that the YAML holds each record once.
   */
  Records item(String key, String... lines) {
    List<List<String>> items = lists.computeIfAbsent(key, k -> new ArrayList<>());
    for (int i = 0; i < items.size(); i++) {
      if (lines.length > 0 && items.get(i).get(0).equals(lines[0])) {
        List<String> merged = new ArrayList<>(items.get(i));
        merged.addAll(List.of(lines).subList(1, lines.length));
        items.set(i, merged);
        return this;
      }
    }
    items.add(List.of(lines));
    return this;
  }

  /** Adds lines to a top-level object. */
  Records object(String key, String... lines) {
    objects.computeIfAbsent(key, k -> new ArrayList<>()).addAll(List.of(lines));
    return this;
  }

  /** The YAML. */
  String yaml() {
    StringBuilder out = new StringBuilder();
    lists.forEach((key, items) -> {
      out.append(key).append(":\n");
      for (List<String> item : items) {
        for (int i = 0; i < item.size(); i++) {
          out.append(i == 0 ? "- " : "  ").append(item.get(i)).append('\n');
        }
      }
    });
    objects.forEach((key, lines) -> {
      out.append(key).append(":\n");
      lines.forEach(l -> out.append("  ").append(l).append('\n'));
    });
    return out.toString();
  }

  /** A quoted YAML string. */
  static String q(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  // --- organisations and memberships -----------------------------------------------------------

  /** The id of an organisation acting as a type on the date, adding one if there is none. */
  String organisation(OrganisationType type, String id, String name, String... extra) {
    for (Organisation o : p.organisations()) {
      if (o.actsAs(type, date)) {
        return o.id();
      }
    }
    return addOrganisation(type, id, name, extra);
  }

  /** The id of an organisation that passes a test, adding one of a type if there is none. */
  String organisation(java.util.function.Predicate<Organisation> which, OrganisationType type,
      String id, String name, String... extra) {
    for (Organisation o : p.organisations()) {
      if (which.test(o)) {
        return o.id();
      }
    }
    return addOrganisation(type, id, name, extra);
  }

  private String addOrganisation(OrganisationType type, String id, String name, String... extra) {
    String unique = id;
    for (int i = 2; p.organisation(unique).isPresent() || added.contains(unique); i++) {
      unique = id + "-" + i;
    }
    added.add(unique);
    List<String> lines = new ArrayList<>(List.of("id: " + unique, "name: " + q(name),
        "type: " + type.name()));
    lines.addAll(List.of(extra));
    item("organisations", lines.toArray(String[]::new));
    return unique;
  }

  /** Whether an organisation has a membership of a role (and responsible authority type). */
  boolean isMember(String organisationId, MembershipRole role,
      Optional<ResponsibleAuthorityType> type) {
    return p.memberships().stream().anyMatch(m -> m.organisationId().equals(organisationId)
        && m.role() == role && m.responsibleAuthorityType().equals(type) && m.isValidOn(date));
  }

  /** Adds a responsible-authority membership unless the organisation has one of that type. */
  Records responsibleAuthority(String organisationId, ResponsibleAuthorityType type,
      String... extra) {
    if (!isMember(organisationId, MembershipRole.RESPONSIBLE_AUTHORITY, Optional.of(type))) {
      List<String> lines = new ArrayList<>(List.of("organisationId: " + organisationId,
          "role: RESPONSIBLE_AUTHORITY", "responsibleAuthorityType: " + type.name()));
      lines.addAll(List.of(extra));
      item("memberships", lines.toArray(String[]::new));
    }
    return this;
  }

  /** Adds a membership of another role unless the organisation has it. */
  Records member(String organisationId, MembershipRole role, String... extra) {
    if (!isMember(organisationId, role, Optional.empty())) {
      List<String> lines = new ArrayList<>(List.of("organisationId: " + organisationId,
          "role: " + role.name()));
      lines.addAll(List.of(extra));
      item("memberships", lines.toArray(String[]::new));
    }
    return this;
  }

  /** The councils the structure needs, each a responsible authority: the ids. */
  List<String> councils() {
    List<String> ids = new ArrayList<>();
    if (p.structure() == LocalGovernmentStructure.TWO_TIER_DISTRICT) {
      ids.add(council("DISTRICT", "council", "The district council"));
      ids.add(council("COUNTY", "county-council", "The county council"));
    } else {
      String tier = switch (p.structure()) {
        case LONDON_BOROUGH -> "LONDON_BOROUGH";
        case METROPOLITAN_DISTRICT -> "METROPOLITAN_DISTRICT";
        case WELSH_PRINCIPAL_AREA -> "WELSH_PRINCIPAL_AREA";
        case CITY_OF_LONDON -> "CITY_OF_LONDON";
        case COUNTY -> "COUNTY";
        default -> "UNITARY";
      };
      ids.add(council(tier, "council", "The council"));
    }
    return ids;
  }

  private String council(String tier, String id, String name) {
    for (Organisation o : p.organisations()) {
      if (o.actsAs(OrganisationType.LOCAL_AUTHORITY, date)
          && o.localAuthorityTier().map(t -> t.name().equals(tier)).orElse(false)) {
        responsibleAuthority(o.id(), ResponsibleAuthorityType.LOCAL_AUTHORITY);
        return o.id();
      }
    }
    String added = addOrganisation(OrganisationType.LOCAL_AUTHORITY, id, name,
        "localAuthorityTier: " + tier);
    responsibleAuthority(added, ResponsibleAuthorityType.LOCAL_AUTHORITY);
    return added;
  }

  /** The chief officer of police, a responsible authority. */
  String police() {
    String id = organisation(OrganisationType.POLICE_FORCE, "police", "The police force");
    responsibleAuthority(id, ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE);
    return id;
  }

  /** The fire and rescue authority, a responsible authority. */
  String fire() {
    String id = organisation(OrganisationType.FIRE_AND_RESCUE, "fire",
        "The fire and rescue authority");
    responsibleAuthority(id, ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY);
    return id;
  }

  /** The health body of the kind the date needs, a responsible authority. */
  String health(HealthBodyKind kind) {
    for (Membership m : p.memberships()) {
      if (m.isValidOn(date) && m.healthBodyKind().equals(Optional.of(kind))
          && m.role() == MembershipRole.RESPONSIBLE_AUTHORITY) {
        return m.organisationId();
      }
    }
    String id = addOrganisation(OrganisationType.HEALTH_BODY, kind.name().toLowerCase(Locale.ROOT)
        .replace('_', '-'), "The " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    item("memberships", "organisationId: " + id, "role: RESPONSIBLE_AUTHORITY",
        "responsibleAuthorityType: HEALTH_BODY", "healthBodyKind: " + kind.name());
    return id;
  }

  /** The probation provider, a responsible authority. */
  String probation() {
    String id = organisation(OrganisationType.PROBATION, "probation", "The Probation Service");
    responsibleAuthority(id, ResponsibleAuthorityType.PROBATION_PROVIDER);
    return id;
  }

  /** The elected local policing body on the date (a commissioner, MOPAC or a mayor). */
  String policingBody() {
    Optional<Organisation> recorded = PolicingBodies.recorded(p, date);
    if (recorded.isPresent()) {
      member(recorded.get().id(), MembershipRole.LOCAL_POLICING_BODY);
      return recorded.get().id();
    }
    LocalPolicingBodyKind kind = PolicingBodies.electedKind(p, date)
        .orElse(LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER);
    String id = addOrganisation(OrganisationType.LOCAL_POLICING_BODY, "policing-body",
        PolicingBodies.name(kind), "policingBodyKind: " + kind.name());
    member(id, MembershipRole.LOCAL_POLICING_BODY);
    return id;
  }

  /** Every responsible authority the law needs on the date: the ids. */
  List<String> responsibleAuthorities(Jurisdiction j) {
    List<String> ids = new ArrayList<>(councils());
    ids.add(police());
    if (!date.isBefore(LawParameters.date(LawParameters.SI_2007_ENGLAND))) {
      ids.add(fire());
    }
    ids.add(health(healthKind(j, date)));
    if (!date.isBefore(LawParameters.date(LawParameters.PROBATION))) {
      ids.add(probation());
    }
    return ids;
  }

  static HealthBodyKind healthKind(Jurisdiction j, LocalDate date) {
    if (j == Jurisdiction.WALES) {
      return HealthBodyKind.LOCAL_HEALTH_BOARD;
    }
    return date.isBefore(LawParameters.date(LawParameters.CCGS)) ? HealthBodyKind.PRIMARY_CARE_TRUST
        : date.isBefore(LawParameters.date(LawParameters.ICBS))
            ? HealthBodyKind.CLINICAL_COMMISSIONING_GROUP : HealthBodyKind.INTEGRATED_CARE_BOARD;
  }

  // --- the strategy ----------------------------------------------------------------------------

  /** The adopted strategy in force on the date, if there is one. */
  Optional<Strategy> strategyInForce() {
    return Evidence.strategies(p, date).stream().map(Evidence.At::value).findFirst();
  }

  /**
   * The id of the strategy in force, adding one covering the date (three financial years round it)
   * with the strands given when there is none.
   */
  String strategy(Set<StatutoryStrand> strands, String... extra) {
    Optional<Strategy> s = strategyInForce();
    if (s.isPresent()) {
      return s.get().id();
    }
    int year = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    List<String> lines = new ArrayList<>(List.of("id: community-safety-plan",
        "title: \"Community safety plan " + year + "-" + (year + 3) % 100 + "\"",
        "period: " + LocalDate.of(year, 4, 1) + "/" + LocalDate.of(year + 3, 4, 1),
        "status: ACTIVE", "statutoryStrands: [" + strands.stream().map(Enum::name)
            .collect(Collectors.joining(", ")) + "]"));
    lines.addAll(List.of(extra));
    item("strategies", lines.toArray(String[]::new));
    return "community-safety-plan";
  }

  /** The strands the law requires on the date. */
  static Set<StatutoryStrand> strandsRequired(LocalDate date) {
    Set<StatutoryStrand> all = java.util.EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER,
        StatutoryStrand.SUBSTANCE_MISUSE);
    if (!date.isBefore(LawParameters.date(LawParameters.PROBATION))) {
      all.add(StatutoryStrand.REOFFENDING);
    }
    if (!date.isBefore(LawParameters.date(LawParameters.SERIOUS_VIOLENCE))) {
      all.add(StatutoryStrand.SERIOUS_VIOLENCE_PREVENT_INVOLVEMENT);
      all.add(StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES);
    }
    return all;
  }

  /** The strategy group: a body with the partnership's function, seated by the authorities. */
  String strategyGroup(boolean seats, List<String> authorities) {
    Optional<GovernanceBody> group = StrategyRegulations2007.strategyGroups(p, date).stream()
        .map(Evidence.At::value).findFirst();
    List<String> lines = new ArrayList<>();
    String id = group.map(GovernanceBody::id).orElse("strategy-group");
    lines.add("id: " + id);
    if (group.isEmpty()) {
      lines.addAll(List.of("name: \"The strategy group\"", "type: STRATEGY_GROUP",
          "statutoryFunctions: [COMMUNITY_SAFETY_PARTNERSHIP]"));
    }
    if (seats) {
      boolean senior = jurisdiction == Jurisdiction.ENGLAND
          && date.isBefore(LawParameters.date(LawParameters.SI_2011_ENGLAND));
      List<String> seated = group.map(g -> g.seats().stream().filter(x -> x.senior() || !senior)
          .map(x -> x.appointedByOrganisationId().orElse(x.organisationId())).toList())
          .orElse(List.of());
      List<String> more = authorities.stream().filter(a -> !seated.contains(a)).toList();
      if (!more.isEmpty()) {
        lines.add("seats:");
      }
      for (String a : more) {
        lines.addAll(List.of("- organisationId: " + a, "  appointedByOrganisationId: " + a,
            "  senior: true"));
      }
      seats = !more.isEmpty();
    }
    if (group.isEmpty() || seats) {
      item("governanceBodies", lines.toArray(String[]::new));
    }
    return id;
  }

  /** A body with a statutory function, added with the name given when there is none. */
  String body(StatutoryFunction function, GovernanceBodyType type, String id, String name,
      String... extra) {
    for (GovernanceBody b : p.governanceBodies()) {
      if (b.existsOn(date) && b.statutoryFunctions().contains(function)) {
        return b.id();
      }
    }
    List<String> lines = new ArrayList<>(List.of("id: " + id, "name: " + q(name),
        "type: " + type.name(), "statutoryFunctions: [" + function.name() + "]"));
    lines.addAll(List.of(extra));
    item("governanceBodies", lines.toArray(String[]::new));
    return id;
  }
}
