package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list of rules, evaluated together. {@link #statutory()} holds the law of England and Wales on
 * community safety partnerships (docs/LAW.md's ids); {@link #with(Rule)} adds a partnership's own rules,
 * which may not reuse a statutory id. Rules whose every version is prospective are listed but not
 * evaluated: they appear in {@link #upcoming()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {

  private static final List<Rule> STATUTORY = statutoryRules();
  private static final Set<String> STATUTORY_IDS = ids(STATUTORY);

  private final List<Rule> rules;

  Catalogue(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static List<Rule> statutoryRules() {
    List<Rule> all = new ArrayList<>();
    all.addAll(CrimeAndDisorderAct1998.rules());
    all.addAll(StrategyRegulations2007.rules());
    all.addAll(WelshRegulations2007.rules());
    all.addAll(OtherActs.rules());
    return List.copyOf(all);
  }

  private static Set<String> ids(List<Rule> rules) {
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalStateException(r.id() + ": the id is used twice");
      }
    }
    return Set.copyOf(ids);
  }

  /**
   * Obtains the statutory catalogue.
   *
   * @return the catalogue, not null
   */
  public static Catalogue statutory() {
    return new Catalogue(STATUTORY);
  }

  /**
   * Obtains every number, period and date the statutory rules use, dated and cited.
   *
   * @return the parameters, not null
   */
  public static List<LawParameter> parameters() {
    return LawParameters.all();
  }

  /**
   * Obtains an empty catalogue, for local rules only.
   *
   * @return the catalogue, not null
   */
  public static Catalogue empty() {
    return new Catalogue(List.of());
  }

  /**
   * Obtains a catalogue with one more rule.
   *
   * @param rule the rule, not null
   * @return the catalogue, not null
   * @throws IllegalArgumentException if the rule reuses a statutory id or an id already here
   */
  public Catalogue with(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    if (STATUTORY_IDS.contains(rule.id()) && !rules.contains(rule)) {
      throw new IllegalArgumentException(rule.id() + ": a local rule cannot reuse a statutory id");
    }
    if (rules.stream().anyMatch(r -> r.id().equals(rule.id()))) {
      throw new IllegalArgumentException(rule.id() + ": the catalogue already has a rule with this id");
    }
    List<Rule> more = new ArrayList<>(rules);
    more.add(rule);
    return new Catalogue(more);
  }

  /**
   * Obtains the rules, in order.
   *
   * @return the rules, not null
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Describes the rules as data, for listing or writing as JSON.
   *
   * @return the description, not null
   */
  public RuleCatalogue describe() {
    return new RuleCatalogue(rules.stream().map(RuleDescription::of).toList(),
        LawParameters.all());
  }

  /**
   * Computes the changes of outcome between two dates as a timeline value (see {@link
   * #timeline(Partnership, LocalDate, LocalDate)}).
   *
   * @param partnership the partnership, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the timeline, not null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public ComplianceTimeline timelineOf(Partnership partnership, LocalDate from, LocalDate to) {
    return new ComplianceTimeline(partnership.name(), Jurisdiction.of(partnership.nation()), from, to,
        timeline(partnership, from, to));
  }

  /**
   * Checks if an id is a statutory rule's.
   *
   * @param id the id, not null
   * @return true for docs/LAW.md's ids
   */
  public static boolean isStatutory(String id) {
    return STATUTORY_IDS.contains(id);
  }

  private static boolean prospectiveOnly(Rule r) {
    return r.versions().stream().allMatch(v -> v.from().isEmpty());
  }

  /**
   * Evaluates a partnership on a date.
   *
   * @param partnership the partnership, not null
   * @param asOf the date, not null
   * @return the report, not null
   */
  public ComplianceReport evaluate(Partnership partnership, LocalDate asOf) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(asOf, "asOf");
    Jurisdiction j = Jurisdiction.of(partnership.nation());
    List<Finding> findings = new ArrayList<>();
    for (Rule r : rules) {
      if (!prospectiveOnly(r)) {
        findings.add(evaluate(r, partnership, asOf, j));
      }
    }
    return new ComplianceReport(partnership.name(), asOf, j, findings);
  }

  static Finding evaluate(Rule r, Partnership p, LocalDate asOf, Jurisdiction j) {
    Optional<RuleVersion> v = r.versionOn(j, asOf);
    RuleVersion any = r.versions().get(0);
    if (v.isEmpty()) {
      boolean here = r.versions().stream().anyMatch(x -> x.jurisdictions().contains(j));
      Optional<LocalDate> first = r.versions().stream().filter(x -> x.jurisdictions().contains(j))
          .map(RuleVersion::from).flatMap(Optional::stream).min(LocalDate::compareTo);
      String why = !here ? (r.elsewhere().isEmpty() ? "This rule does not apply in "
          + j.name().charAt(0) + j.name().substring(1).toLowerCase(java.util.Locale.ROOT)
          : r.elsewhere()) + "."
          : first.map(d -> "Not in force until " + d + ".").orElse("Not in force.");
      return new Context(p, asOf, j, any, r).notApplicable(why);
    }
    if (v.get().repeal()) {
      return new Context(p, asOf, j, v.get(), r).notApplicable("No longer in force since "
          + v.get().from().orElseThrow() + ": " + v.get().requirement() + ".");
    }
    return r.check(new Context(p, asOf, j, v.get(), r));
  }

  /**
   * Computes the dates, between two dates, on which any finding changes, and why: from the rules'
   * dated versions and every date the partnership's records hold (a day after each, and 12 months
   * on, for duties measured over a year), not by evaluating every day.
   *
   * @param partnership the partnership, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the changes, in date then catalogue order, not null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<TimelineEntry> timeline(Partnership partnership, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    Jurisdiction j = Jurisdiction.of(partnership.nation());
    Map<String, Set<LocalDate>> lawDates = new HashMap<>();
    Set<LocalDate> candidates = new TreeSet<>();
    for (Rule r : rules) {
      Set<LocalDate> starts = new HashSet<>();
      r.versions().stream().filter(v -> v.jurisdictions().contains(j)).map(RuleVersion::from)
          .flatMap(Optional::stream).forEach(starts::add);
      lawDates.put(r.id(), starts);
      candidates.addAll(starts);
      candidates.addAll(r.changeDates(partnership));
    }
    Set<Integer> windows = new TreeSet<>();
    for (LawParameter parameter : LawParameters.all()) {
      if (parameter.value().endsWith(" months") || parameter.value().endsWith(" month")) {
        windows.add(parameter.months());
      } else if (parameter.from().isEmpty()) {
        candidates.add(parameter.date());
      }
    }
    for (LocalDate d : ModelDates.of(partnership)) {
      candidates.add(d);
      candidates.add(d.plusDays(1));
      for (int months : windows) {
        candidates.add(d.plusMonths(months));
        candidates.add(d.plusMonths(months).plusDays(1));
      }
    }
    Map<String, Finding> current = snapshot(partnership, from, j);
    List<TimelineEntry> out = new ArrayList<>();
    for (LocalDate d : candidates) {
      if (!d.isAfter(from) || d.isAfter(to)) {
        continue;
      }
      Map<String, Finding> next = snapshot(partnership, d, j);
      for (Rule r : rules) {
        Finding before = current.get(r.id());
        Finding after = next.get(r.id());
        if (before != null && after != null && before.outcome() != after.outcome()) {
          String why = lawDates.getOrDefault(r.id(), java.util.Set.of()).contains(d)
              ? "the law changed: " + r.versionOn(j, d).map(RuleVersion::requirement).orElse("")
              : "the records changed: " + after.sentence();
          out.add(new TimelineEntry(d, r.id(), r.title(), before.outcome(), after.outcome(), why));
        }
      }
      current = next;
    }
    return out;
  }

  private Map<String, Finding> snapshot(Partnership p, LocalDate asOf, Jurisdiction j) {
    Map<String, Finding> out = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (!prospectiveOnly(r)) {
        out.put(r.id(), evaluate(r, p, asOf, j));
      }
    }
    return out;
  }

  /**
   * Lists law not yet in force and duties that are not the partnership's: information, never
   * findings.
   *
   * @return the items, not null
   */
  public List<Information> upcoming() {
    List<Information> out = new ArrayList<>();
    for (Rule r : rules) {
      if (prospectiveOnly(r)) {
        out.add(new Information(r.id(), r.title(), "prospective: enacted, not in force",
            r.versions().get(0).requirement(), r.source().url()));
      }
    }
    out.addAll(NotTheCsps.ITEMS);
    return out;
  }
}
