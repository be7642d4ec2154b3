package io.github.sscp.rules.board;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.funding.BudgetAllocation;
import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.geography.AreaPopulation;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.governance.Risk;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.measure.DenominatorKind;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.ActionStatus;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Programme;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.compliance.DutyHolder;
import io.github.sscp.rules.compliance.Finding;
import io.github.sscp.rules.compliance.Jurisdiction;
import io.github.sscp.rules.compliance.Outcome;
import io.github.sscp.rules.compliance.RuleDescription;
import io.github.sscp.rules.compliance.RuleVersion;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.KpiEngine;
import io.github.sscp.rules.kpi.KpiRequest;
import io.github.sscp.rules.kpi.PartnershipAssessment;
import io.github.sscp.rules.kpi.peer.FunnelLimits;
import io.github.sscp.rules.kpi.peer.PeerArea;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.peer.PeerPosition;
import io.github.sscp.rules.kpi.peer.PeerRow;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.rules.kpi.window.WindowComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Prepares a partnership's {@link BoardPack}: its measures of success assessed with the data cut at
 * the data-to date (by default the end of the latest complete period in the data, never the day it
 * runs), its duties judged on the law date, and everything else the board reads.
 *
 * <pre>{@code
 * BoardPack pack = PackPreparation.of(partnership, LocalDate.of(2026, 7, 1))
 *     .withPopulations(CensusPopulations.bundled()::partnership)
 *     .prepare();
 * }</pre>
 *
 * <p>Rates per 1,000 residents are shown for count measures of an area whose population is known
 * (a rate measure shows its own value with its own denominator); peers are ranked on rate when
 * every peer's population is known, on percentage change otherwise, and the pack says which.
 *
 * <p>Immutable and thread-safe.
 */
public final class PackPreparation {

  /** How far ahead actions count as due soon. */
  static final int DUE_SOON_MONTHS = 3;
  /** How far ahead law counts as coming. */
  static final int LAW_COMING_MONTHS = 12;
  private static final Set<DutyHolder> OURS = EnumSet.of(DutyHolder.PARTNERSHIP,
      DutyHolder.RESPONSIBLE_AUTHORITIES);
  private static final Set<Outcome> CALLS_FOR_ACTION = EnumSet.of(Outcome.NOT_MET,
      Outcome.INSUFFICIENT_EVIDENCE, Outcome.ADVISORY);

  private final Partnership partnership;
  private final LocalDate lawAsOf;
  private final Optional<LocalDate> dataTo;
  private final Function<GssCode, Optional<AreaPopulation>> populations;
  private final KpiEngine engine;
  private final Catalogue catalogue;
  private final List<String> sources;
  private final Optional<String> populationAttribution;

  private PackPreparation(Partnership partnership, LocalDate lawAsOf, Optional<LocalDate> dataTo,
      Function<GssCode, Optional<AreaPopulation>> populations, KpiEngine engine,
      Catalogue catalogue, List<String> sources, Optional<String> populationAttribution) {
    this.partnership = partnership;
    this.lawAsOf = lawAsOf;
    this.dataTo = dataTo;
    this.populations = populations;
    this.engine = engine;
    this.catalogue = catalogue;
    this.sources = List.copyOf(sources);
    this.populationAttribution = populationAttribution;
  }

  /**
   * Obtains the preparation of a partnership's pack, with the law judged on a date, the standard
   * engine and statutory catalogue, and no populations.
   *
   * @param partnership the partnership, with its data joined, not null
   * @param lawAsOf the date the law is judged on, not null
   * @return the preparation, not null
   */
  public static PackPreparation of(Partnership partnership, LocalDate lawAsOf) {
    return new PackPreparation(Objects.requireNonNull(partnership, "partnership"),
        Objects.requireNonNull(lawAsOf, "lawAsOf"), Optional.empty(), code -> Optional.empty(),
        KpiEngine.standard(), Catalogue.statutory(), List.of(), Optional.empty());
  }

  /**
   * Obtains a copy that cuts the data at a date rather than at the end of the latest complete
   * period.
   *
   * @param lastDay the last day of data to use, not null
   * @return the preparation, not null
   */
  public PackPreparation dataTo(LocalDate lastDay) {
    return new PackPreparation(partnership, lawAsOf, Optional.of(lastDay), populations, engine,
        catalogue, sources, populationAttribution);
  }

  /**
   * Obtains a copy that knows areas' populations, for rates per 1,000 and peers ranked on rate.
   *
   * @param byCode each area's population by its GSS code, not null
   * @return the preparation, not null
   */
  public PackPreparation withPopulations(Function<GssCode, Optional<AreaPopulation>> byCode) {
    return new PackPreparation(partnership, lawAsOf, dataTo, Objects.requireNonNull(byCode),
        engine, catalogue, sources, populationAttribution);
  }

  /**
   * Obtains a copy that knows areas' populations and attributes their source wherever a rate
   * rests on one.
   *
   * @param byCode each area's population by its GSS code, not null
   * @param attribution the populations' attribution, e.g. the ONS licence line, not null
   * @return the preparation, not null
   */
  public PackPreparation withPopulations(Function<GssCode, Optional<AreaPopulation>> byCode,
      String attribution) {
    return new PackPreparation(partnership, lawAsOf, dataTo, Objects.requireNonNull(byCode),
        engine, catalogue, sources, Optional.of(attribution));
  }

  /**
   * Obtains a copy with another KPI engine, for another policy.
   *
   * @param other the engine, not null
   * @return the preparation, not null
   */
  public PackPreparation withEngine(KpiEngine other) {
    return new PackPreparation(partnership, lawAsOf, dataTo, populations,
        Objects.requireNonNull(other), catalogue, sources, populationAttribution);
  }

  /**
   * Obtains a copy with another compliance catalogue.
   *
   * @param other the catalogue, not null
   * @return the preparation, not null
   */
  public PackPreparation withCatalogue(Catalogue other) {
    return new PackPreparation(partnership, lawAsOf, dataTo, populations, engine,
        Objects.requireNonNull(other), sources, populationAttribution);
  }

  /**
   * Obtains a copy that attributes more sources, such as the data files' publishers.
   *
   * @param more the attributions, not null
   * @return the preparation, not null
   */
  public PackPreparation withSources(Collection<String> more) {
    List<String> all = new ArrayList<>(sources);
    more.stream().filter(s -> !all.contains(s)).forEach(all::add);
    return new PackPreparation(partnership, lawAsOf, dataTo, populations, engine, catalogue, all,
        populationAttribution);
  }

  /**
   * Obtains the last day of the latest complete period of the measures of success's own data on
   * the law date: the data-to date a pack uses unless given one.
   *
   * @return the day, or empty when no measure of success has data
   */
  public Optional<LocalDate> latestCompleteDataDay() {
    return latestCompleteDataDay(ownObservations());
  }

  private Optional<LocalDate> latestCompleteDataDay(Map<String, List<Observation>> own) {
    LocalDate limit = lawAsOf.plusDays(1);
    LocalDate latest = null;
    for (MeasureBinding b : PartnershipAssessment.of(partnership).measuresOfSuccess()) {
      for (Observation o : own.getOrDefault(b.measureId(), List.of())) {
        LocalDate end = o.period().endExclusive();
        if (o.value().isPresent() && !end.isAfter(limit)
            && (latest == null || end.isAfter(latest))) {
          latest = end;
        }
      }
    }
    return Optional.ofNullable(latest).map(end -> end.minusDays(1));
  }

  /**
   * The partnership's own observations in force (no area or its own code, no breakdown), by
   * measure, in one pass over the log.
   */
  private Map<String, List<Observation>> ownObservations() {
    Optional<GssCode> code = partnership.area().code();
    Map<String, List<Observation>> out = new HashMap<>();
    for (Observation o : partnership.observations().current()) {
      if ((o.geography().isEmpty() || o.geography().equals(code)) && o.breakdown().isEmpty()) {
        out.computeIfAbsent(o.measureId(), k -> new ArrayList<>()).add(o);
      }
    }
    return out;
  }

  /**
   * Prepares the pack.
   *
   * @return the pack, not null
   * @throws io.github.sscp.rules.kpi.series.SeriesException if a measure's series would give a
   *     wrong number (a partnership that passed validation has none)
   */
  public BoardPack prepare() {
    Map<String, List<Observation>> own = ownObservations();
    Optional<LocalDate> cut = dataTo.or(() -> latestCompleteDataDay(own));
    String basis = dataTo.isPresent() ? "given"
        : cut.isPresent() ? "the end of the latest complete period in the data"
            : "no measure of success has data yet";
    PartnershipAssessment assessment = PartnershipAssessment.of(partnership).withEngine(engine)
        .withPopulations(code -> populations.apply(code)
            .map(p -> OptionalDouble.of(p.residents())).orElse(OptionalDouble.empty()));
    if (cut.isPresent()) {
      assessment = assessment.asOf(cut.get());
    }
    Optional<Strategy> strategy = strategy();
    List<MeasureGroup> groups = measures(assessment, own);
    ComplianceReport report = catalogue.evaluate(partnership, lawAsOf);
    LawSummary law = law(report);
    ActionSummary actions = actions();
    List<LawComing> coming = lawComing();
    List<String> notes = new ArrayList<>();
    List<String> allSources = new ArrayList<>(sources);
    boolean populationsUsed = groups.stream().flatMap(g -> g.rows().stream()).anyMatch(r ->
        r.rate().map(x -> x.population().isPresent()).orElse(false)
            || r.peers().map(x -> x.method() == PeerMethod.RATE).orElse(false));
    populationAttribution.filter(a -> populationsUsed && !allSources.contains(a))
        .ifPresent(allSources::add);
    partnership.observations().entries().forEach(o -> o.provenance().citation().ifPresent(c -> {
      if (!allSources.contains(c)) {
        allSources.add(c);
      }
    }));
    if (partnership.comparatorGroups().stream().anyMatch(g -> g.provenance().isIllustrative())) {
      notes.add("The comparator group is illustrative: chosen for the example, not the"
          + " partnership's own.");
    }
    List<AttentionItem> attention = Attention.rank(groups, law, actions, coming, lawAsOf);
    return new BoardPack(partnership.id(), partnership.name(), cut, basis, lawAsOf,
        strategy.map(this::inBrief), attention, groups, law, actions, funding(),
        programmes(strategy), risks(), coming, Optional.empty(), allSources, notes);
  }

  /**
   * Prepares the pack with what changed since the last board: the previous version of the
   * partnership, and its pack prepared the same way as of the previous board's date.
   *
   * @param previous the partnership as recorded for the last board, not null
   * @param previousDate the last board's date: its law date, and its data cut's limit, not null
   * @return the pack with its changes, not null
   */
  public BoardPack prepareSince(Partnership previous, LocalDate previousDate) {
    BoardPack now = prepare();
    PackPreparation then = new PackPreparation(previous, previousDate, Optional.empty(),
        populations, engine, catalogue, sources, populationAttribution);
    BoardPack before = then.prepare();
    return now.withChanges(Changes.between(previous, before, partnership, now,
        "the partnership as recorded for the board of " + Words.date(previousDate)));
  }

  // --- the strategy ------------------------------------------------------------------------------

  private Optional<Strategy> strategy() {
    return partnership.strategies().stream().filter(s -> s.isInForceOn(lawAsOf)).findFirst()
        .or(() -> partnership.strategies().stream()
            .max(Comparator.comparing(s -> s.period().start())));
  }

  private StrategyInBrief inBrief(Strategy s) {
    List<String> strands = s.statutoryStrandsOn(lawAsOf).stream()
        .map(StatutoryStrand::description).toList();
    Optional<String> revision = s.revisions().stream()
        .filter(r -> r.effectiveOn().map(d -> !d.isAfter(lawAsOf)).orElse(true))
        .reduce((a, b) -> b).map(PackPreparation::revision);
    List<String> reviews = s.scheduledReviews().stream().map(r -> r.description() + " ("
        + Words.years(r.when()) + (r.completed() ? ", done" : "") + ")").toList();
    List<PriorityLine> priorities = new ArrayList<>();
    for (Priority p : s.priorities().stream().sorted(Comparator.comparingInt(Priority::order))
        .toList()) {
      List<FocusAreaLine> areas = s.focusAreas().stream()
          .filter(f -> !f.priorityIds().isEmpty() && f.priorityIds().get(0).equals(p.id()))
          .map(f -> focusArea(s, f)).toList();
      priorities.add(new PriorityLine(p.order(), p.title(), areas));
    }
    List<FocusAreaLine> loose = s.focusAreas().stream().filter(f -> f.priorityIds().isEmpty()
        || s.priorities().stream().noneMatch(p -> p.id().equals(f.priorityIds().get(0))))
        .map(f -> focusArea(s, f)).toList();
    if (!loose.isEmpty()) {
      priorities.add(new PriorityLine(priorities.size() + 1, "Other focus areas", loose));
    }
    List<KeyCrimeIssueLine> issues = s.keyCrimeIssues().stream()
        .sorted(Comparator.comparingInt(KeyCrimeIssue::order))
        .map(k -> new KeyCrimeIssueLine(k.order(), k.title(), Words.years(k.period()),
            k.subIssues().stream().map(x -> x.title()).toList(), labels(k))).toList();
    List<String> labels = new ArrayList<>(labels(s));
    Words.label(s.periodProvenance()).ifPresent(l -> labels.add(l + " period"));
    return new StrategyInBrief(s.id(), s.title(), s.period(), Words.of(s.status()), strands,
        revision, reviews, priorities, issues, partners(), offices(), meetings(), labels);
  }

  private static String revision(StrategyRevision r) {
    return r.version() + r.agreedOn().map(d -> ", agreed " + Words.date(d)).orElse("");
  }

  private FocusAreaLine focusArea(Strategy s, FocusArea f) {
    Optional<String> issue = f.keyCrimeIssueId().flatMap(id -> s.keyCrimeIssues().stream()
        .filter(k -> k.id().equals(id)).findFirst()).map(KeyCrimeIssue::title);
    Optional<String> agreed = f.agreedAtMeetingId().flatMap(id -> partnership.meetings().stream()
        .filter(m -> m.id().equals(id)).findFirst()).map(m -> body(m) + ", " + Words.date(m.date()));
    return new FocusAreaLine(f.id(), Words.of(f.kind()), f.title(), issue, f.dataSummary(),
        f.whatNeedsToBeDone(), f.howWeWillDoIt().stream().map(a -> action(a, Optional.of(f.title())))
            .toList(), f.measuresOfSuccess().stream().map(MeasureBinding::measureId).toList(),
        agreed, labels(f));
  }

  private List<PartnerLine> partners() {
    List<PartnerLine> out = new ArrayList<>();
    List<Membership> on = partnership.membershipsOn(lawAsOf);
    on.stream().sorted(Comparator.comparing(m -> !m.isStatutory())).forEach(m ->
        partnership.organisation(m.organisationId()).ifPresent(o -> {
          List<String> labels = new ArrayList<>(labels(m));
          labels(o).stream().filter(l -> !labels.contains(l)).forEach(labels::add);
          out.add(new PartnerLine(o.name(), Words.role(m), m.isStatutory(), labels));
        }));
    return out;
  }

  private List<OfficeLine> offices() {
    List<OfficeLine> out = new ArrayList<>();
    for (Office office : Office.values()) {
      for (Officeholder h : partnership.officeholders()) {
        if (h.office() != office || !h.holdsOfficeOn(lawAsOf) || office == Office.CONTACT_OFFICER
            || office == Office.MEMBER) {
          continue;
        }
        Optional<io.github.sscp.model.organisation.Person> person = h.personId()
            .flatMap(partnership::person);
        String name = person.map(p -> p.displayName()).or(h::post).orElse("");
        List<String> detail = new ArrayList<>();
        person.flatMap(p -> p.roleTitle()).ifPresent(detail::add);
        h.portfolio().filter(x -> detail.stream().noneMatch(d -> d.contains(x)))
            .ifPresent(detail::add);
        h.selection().ifPresent(x -> detail.add(Words.of(x)));
        if (!name.isEmpty()) {
          out.add(new OfficeLine(Words.of(office), name, detail.isEmpty() ? Optional.empty()
              : Optional.of(String.join("; ", detail))));
        }
      }
    }
    return out;
  }

  private List<MeetingLine> meetings() {
    return partnership.meetings().stream().sorted(Comparator.comparing(Meeting::date))
        .map(m -> {
          List<String> business = new ArrayList<>(m.purposes());
          m.decisions().forEach(d -> business.add(d.summary() + " (" + Words.of(d.outcome())
              + ")"));
          return new MeetingLine(m.date(), body(m), Words.of(m.status()), business, labels(m));
        }).toList();
  }

  private String body(Meeting m) {
    return partnership.governanceBody(m.bodyId()).map(b -> b.name()).orElse(m.bodyId());
  }

  // --- the measures ------------------------------------------------------------------------------

  private List<MeasureGroup> measures(PartnershipAssessment assessment,
      Map<String, List<Observation>> own) {
    Map<String, List<MeasureRow>> byPriority = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Strategy s : partnership.strategies()) {
      for (Priority p : s.priorities().stream().sorted(Comparator.comparingInt(Priority::order))
          .toList()) {
        byPriority.putIfAbsent(p.title(), new ArrayList<>());
      }
    }
    for (Strategy s : partnership.strategies()) {
      for (FocusArea f : s.focusAreas()) {
        String priority = f.priorityIds().isEmpty() ? "Other measures"
            : s.priorities().stream().filter(p -> p.id().equals(f.priorityIds().get(0)))
                .findFirst().map(Priority::title).orElse("Other measures");
        for (MeasureBinding b : f.measuresOfSuccess()) {
          if (!seen.add(b.measureId()) || partnership.measure(b.measureId()).isEmpty()) {
            continue;
          }
          KpiRequest request = assessment.request(b);
          KpiAssessment a = engine.assess(request);
          byPriority.computeIfAbsent(priority, k -> new ArrayList<>())
              .add(row(s, f, b, request, a, own.getOrDefault(b.measureId(), List.of())));
        }
      }
    }
    List<MeasureGroup> out = new ArrayList<>();
    byPriority.forEach((p, rows) -> {
      if (!rows.isEmpty()) {
        out.add(new MeasureGroup(p, rows));
      }
    });
    return out;
  }

  private MeasureRow row(Strategy s, FocusArea f, MeasureBinding b, KpiRequest request,
      KpiAssessment a, List<Observation> own) {
    MeasureDefinition m = partnership.measure(b.measureId()).orElseThrow();
    Optional<String> issue = f.keyCrimeIssueId().flatMap(id -> s.keyCrimeIssues().stream()
        .filter(k -> k.id().equals(id)).findFirst()).map(KeyCrimeIssue::title);
    boolean counts = m.valueType() == ValueType.COUNT;
    Optional<YearOnYear> change = a.rolling12().map(w -> change(m.polarity(), w));
    Optional<LatestFigure> latest = latest(a, own, counts);
    Optional<RateFigure> rate = rate(m, latest, counts && a.rolling12().isPresent());
    Optional<TargetLine> target = a.target().map(t -> new TargetLine(Words.target(t.target(),
        m.polarity(), b.baseline()), t.rating(), t.reason(), labels(t.target())));
    Optional<PeerPanel> peers = a.peer().map(p -> peers(p, request.peers(), b));
    List<String> cautions = new ArrayList<>();
    a.spc().ifPresent(spc -> {
      SpcGroup last = spc.groups().get(spc.groups().size() - 1);
      if (last.points() < 13) {
        cautions.add("limits from " + last.points() + " points: indicative");
      }
      spc.warnings().stream().filter(w -> !w.contains("are unreliable")).forEach(cautions::add);
    });
    a.rolling12().ifPresent(w -> cautions.addAll(w.warnings()));
    Optional<String> dataNeeded = own.stream().noneMatch(o -> o.value().isPresent())
        ? Optional.of(dataNeeded(m)) : Optional.empty();
    String sentence = dataNeeded.isPresent() ? "No data yet."
        : Reading.of(m.polarity(), a.spc(), change, a.target())
            .orElse("Too little data to judge: " + (a.reasons().isEmpty() ? "too few periods"
                : a.reasons().get(0)) + ".");
    List<String> labels = new ArrayList<>();
    if (own.stream().anyMatch(o -> o.provenance().isIllustrative())) {
      labels.add("illustrative figures");
    }
    if (b.targets().stream().anyMatch(t -> t.provenance().isIllustrative())) {
      labels.add("illustrative target");
    }
    if (m.provenance().isIllustrative()) {
      labels.add("illustrative measure");
    }
    if (peers.isPresent() && comparatorGroup(b).map(g -> g.provenance().isIllustrative())
        .orElse(false)) {
      labels.add("illustrative peers");
    }
    return new MeasureRow(m.id(), m.name(), m.unit(), f.title(), issue, a.status(), latest, rate,
        change, a.spc().map(SpcResult::variation), a.spc().flatMap(SpcResult::assurance),
        target, peers, sentence, dataNeeded, cautions, labels, a);
  }

  private static YearOnYear change(Polarity polarity, WindowComparison w) {
    OptionalDouble pct = w.percentChange();
    OptionalDouble p = w.test().map(t -> OptionalDouble.of(t.pValue())).orElse(OptionalDouble.empty());
    boolean significant = w.isSignificant(0.05);
    boolean up = w.currentValue() > w.comparisonValue();
    boolean better = polarity == Polarity.LOWER_IS_BETTER ? !up
        : polarity == Polarity.HIGHER_IS_BETTER && up;
    String how = w.currentValue() == w.comparisonValue() ? "level with"
        : pct.isPresent() ? (up ? "up " : "down ") + Words.percent(pct.getAsDouble()) + " on"
            : "up from 0 on";
    String test = p.isPresent() ? ", " + Words.pValue(p.getAsDouble()) + ": "
        + (significant ? "more than chance" : "within chance") : "";
    String words = how + " the 12 months before (" + Words.figure(w.currentValue()) + " against "
        + Words.figure(w.comparisonValue()) + test + ")";
    boolean moved = w.currentValue() != w.comparisonValue();
    boolean directed = polarity == Polarity.LOWER_IS_BETTER || polarity == Polarity.HIGHER_IS_BETTER;
    return new YearOnYear(w.currentValue(), w.comparisonValue(), pct, p, significant,
        moved && better, moved && directed && !better, words);
  }

  private Optional<LatestFigure> latest(KpiAssessment a, List<Observation> own, boolean counts) {
    if (counts && a.rolling12().isPresent()) {
      WindowComparison w = a.rolling12().get();
      LocalDate last = w.current().endExclusive().minusDays(1);
      LocalDate first = w.current().start();
      boolean financialYear = first.getMonthValue() == 4 && first.getDayOfMonth() == 1
          && last.equals(first.plusYears(1).minusDays(1));
      String period = financialYear ? FinancialYear.from(first).toString()
          : "12 months to " + Words.date(last);
      return Optional.of(new LatestFigure(w.currentValue(), period, "12 months to "
          + Words.date(last)));
    }
    LocalDate cut = a.dataTo().orElse(null);
    return own.stream().filter(o -> o.value().isPresent())
        .filter(o -> cut == null || !o.period().endExclusive().isAfter(cut.plusDays(1)))
        .max(Comparator.comparing(o -> o.period().endExclusive()))
        .map(o -> new LatestFigure(o.value().orElseThrow().doubleValue(), o.period().toString(),
            "latest period, " + o.period()));
  }

  private Optional<RateFigure> rate(MeasureDefinition m, Optional<LatestFigure> latest,
      boolean countsOverAYear) {
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    if (m.valueType() == ValueType.RATE && m.rateBase().isPresent()) {
      var base = m.rateBase().get();
      return Optional.of(new RateFigure(latest.get().value(), base.per(), OptionalLong.empty(),
          base.year(), base.source()));
    }
    if (!countsOverAYear || m.rateBase().map(r -> r.denominator() != DenominatorKind.RESIDENTS)
        .orElse(false)) {
      return Optional.empty();
    }
    int per = m.rateBase().map(r -> r.per()).orElse(1000);
    return partnership.area().code().flatMap(populations).map(p -> new RateFigure(
        latest.get().value() / p.residents() * per, per, OptionalLong.of(p.residents()), p.year(),
        p.source()));
  }

  private PeerPanel peers(PeerPosition p, List<PeerArea> areas, MeasureBinding b) {
    Map<String, PeerArea> byId = new HashMap<>();
    areas.forEach(x -> byId.put(x.id(), x));
    boolean rates = p.method() == PeerMethod.RATE;
    List<PeerLine> lines = new ArrayList<>();
    for (PeerRow r : p.rows()) {
      PeerArea area = byId.get(r.id());
      long count = area == null ? 0 : area.count();
      OptionalLong population = area != null && area.population().isPresent()
          ? OptionalLong.of(Math.round(area.population().getAsDouble())) : OptionalLong.empty();
      Optional<FunnelLimits> limits = Optional.empty();
      if (rates && population.isPresent() && p.peerMean() > 0) {
        limits = Optional.of(FunnelLimits.around(p.peerMean() * population.getAsLong()
            / p.ratePer()));
      }
      lines.add(new PeerLine(r.id(), r.id().equals(p.areaId()), count, population, r.value(),
          r.rank(), limits));
    }
    Optional<String> source = Optional.empty();
    if (rates) {
      source = comparatorGroup(b).flatMap(g -> g.members().stream()
          .flatMap(m -> m.code().stream()).flatMap(c -> populations.apply(c).stream())
          .map(AreaPopulation::source).map(x -> x.replaceFirst(", summed over .*", ""))
          .findFirst());
    }
    String words = ordinal(p.rank()) + " of " + p.of() + (rates ? " on rate per "
        + Words.count(Math.round(p.ratePer())) + " residents" : " on change on the year before");
    return new PeerPanel(p.method(), p.rank(), p.of(), p.ratePer(), p.peerMean(), p.status(),
        p.funnel(), lines, source, words, p.notes());
  }

  private Optional<ComparatorGroup> comparatorGroup(MeasureBinding b) {
    if (b.comparatorGroupId().isPresent()) {
      return partnership.comparatorGroups().stream()
          .filter(g -> g.id().equals(b.comparatorGroupId().get())).findFirst();
    }
    return partnership.comparatorGroups().size() == 1
        ? Optional.of(partnership.comparatorGroups().get(0)) : Optional.empty();
  }

  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  private static String dataNeeded(MeasureDefinition m) {
    List<String> what = new ArrayList<>();
    String example = "";
    for (String c : m.crimeCategoryIds()) {
      if (c.startsWith("police-uk/") && example.isEmpty()) {
        what.add("police.uk street files for the area (the download from data.police.uk, as a"
            + " zip or a folder)");
        example = "police-uk-download.zip";
      } else if (c.startsWith("home-office/") && example.isEmpty()) {
        what.add("the Home Office table of police recorded crime by community safety"
            + " partnership");
        example = "prc-csp.csv";
      }
    }
    if (what.isEmpty()) {
      what.add("a CSV of " + m.name().toLowerCase(java.util.Locale.UK) + " from "
          + m.dataSource().name() + ", one row per period: measure,period,value with the"
          + " measure " + m.id() + " (e.g. " + m.id() + ",2025-04,42)");
      example = m.id() + ".csv";
    }
    return "Add " + Words.list(what) + ", with: sscp report my-partnership.yaml --data "
        + example + " --out report.html";
  }

  // --- the law -----------------------------------------------------------------------------------

  private LawSummary law(ComplianceReport report) {
    List<FindingLine> ours = new ArrayList<>();
    Map<String, List<FindingLine>> others = new LinkedHashMap<>();
    List<FindingLine> met = new ArrayList<>();
    List<FindingLine> notApplicable = new ArrayList<>();
    for (Finding f : report.findings()) {
      FindingLine line = line(f);
      if (f.outcome() == Outcome.MET) {
        met.add(line);
      } else if (f.outcome() == Outcome.NOT_APPLICABLE) {
        notApplicable.add(line);
      } else if (OURS.contains(f.holder())) {
        ours.add(line);
      } else if (CALLS_FOR_ACTION.contains(f.outcome())) {
        others.computeIfAbsent(line.holder(), k -> new ArrayList<>()).add(line);
      }
    }
    ours.sort(Comparator.comparing(FindingLine::outcome));
    long notMet = ours.stream().filter(l -> l.outcome() == Outcome.NOT_MET).count();
    long unknown = ours.stream().filter(l -> l.outcome() == Outcome.INSUFFICIENT_EVIDENCE).count();
    String verdict = notMet > 0 ? "not compliant: " + notMet + " of the partnership's own duties "
        + (notMet == 1 ? "is" : "are") + " not met"
        : unknown > 0 ? "no duty of the partnership's own is found unmet; " + unknown
            + (unknown == 1 ? " needs" : " need") + " more records to tell"
            : "every duty of the partnership's own that applies is met";
    List<HolderFindings> byHolder = new ArrayList<>();
    others.forEach((h, lines) -> byHolder.add(new HolderFindings(h, lines)));
    return new LawSummary(report.asOf(), report.jurisdiction() == Jurisdiction.WALES ? "Wales"
        : "England", verdict, ours, byHolder, met, notApplicable);
  }

  private FindingLine line(Finding f) {
    return new FindingLine(f.ruleId(), f.title(), f.outcome(), f.owedBy(), f.sentence(), f.fix(),
        f.citation(), f.confidence());
  }

  private List<LawComing> lawComing() {
    Jurisdiction here = Jurisdiction.of(partnership.nation());
    LocalDate until = lawAsOf.plusMonths(LAW_COMING_MONTHS);
    List<LawComing> out = new ArrayList<>();
    for (RuleDescription r : catalogue.describe().rules()) {
      for (RuleVersion v : r.versions()) {
        if (!v.jurisdictions().contains(here) || v.repeal()) {
          continue;
        }
        boolean dated = v.from().map(d -> d.isAfter(lawAsOf) && !d.isAfter(until)).orElse(false);
        boolean undated = v.from().isEmpty() && r.versions().stream()
            .allMatch(x -> x.from().isEmpty());
        if (dated || undated) {
          out.add(new LawComing(r.id(), r.title(), v.from(), v.requirement(), r.source().cite()));
        }
      }
    }
    out.sort(Comparator.comparing((LawComing l) -> l.from().orElse(LocalDate.MAX)));
    return out;
  }

  // --- actions, funding, risks -------------------------------------------------------------------

  private ActionSummary actions() {
    List<ActionLine> overdue = new ArrayList<>();
    List<ActionLine> dueSoon = new ArrayList<>();
    List<ActionLine> atRisk = new ArrayList<>();
    int total = 0;
    LocalDate soon = lawAsOf.plusMonths(DUE_SOON_MONTHS);
    for (Strategy s : partnership.strategies()) {
      for (FocusArea f : s.focusAreas()) {
        for (Action a : f.howWeWillDoIt()) {
          total++;
          ActionLine line = action(a, Optional.of(f.title()));
          ActionStatus status = a.statusOn(lawAsOf);
          boolean open = status != ActionStatus.COMPLETE && status != ActionStatus.CANCELLED;
          if (line.overdue()) {
            overdue.add(line);
          } else if (open && a.dueDate().map(d -> !d.isBefore(lawAsOf) && !d.isAfter(soon))
              .orElse(false)) {
            dueSoon.add(line);
          }
          if (status == ActionStatus.AT_RISK || status == ActionStatus.OFF_TRACK) {
            atRisk.add(line);
          }
        }
      }
    }
    Comparator<ActionLine> byDue = Comparator.comparing(l -> l.due().orElse(LocalDate.MAX));
    overdue.sort(byDue);
    dueSoon.sort(byDue);
    return new ActionSummary(total, overdue, dueSoon, atRisk);
  }

  private ActionLine action(Action a, Optional<String> focusArea) {
    String owner = a.ownerPersonId().flatMap(partnership::person).map(p -> p.displayName())
        .or(() -> partnership.organisation(a.ownerOrganisationId()).map(o -> o.name()))
        .orElse(a.ownerOrganisationId());
    return new ActionLine(a.title(), owner, focusArea, a.dueDate(), Words.of(a.statusOn(lawAsOf)),
        a.isOverdue(lawAsOf), labels(a));
  }

  private List<FundingLine> funding() {
    List<FundingLine> out = new ArrayList<>();
    for (BudgetAllocation c : partnership.funding().coreAllocations()) {
      String from = partnership.organisation(c.organisationId()).map(o -> o.name())
          .orElse(c.organisationId());
      out.add(new FundingLine("Core budget from " + from, Optional.of(c.amount().formatted()),
          "allocated for " + c.period(), List.of(), List.of(from), Optional.empty(), List.of()));
    }
    for (FundingBid bid : partnership.funding().bids()) {
      Optional<String> amount = bid.amountAwarded().or(bid::amountRequested)
          .map(m -> (bid.approximate() ? "approximately " : "") + m.formatted());
      List<String> funders = bid.funderOrganisationIds().stream()
          .map(id -> partnership.organisation(id).map(o -> o.name()).orElse(id)).toList();
      Optional<String> lead = bid.ledByPersonId().flatMap(partnership::person)
          .map(p -> p.displayName() + p.roleTitle().map(t -> ", " + t).orElse(""));
      out.add(new FundingLine(bid.title(), amount, Words.of(bid.status()), bid.purposes(), funders,
          lead, List.of()));
    }
    return out;
  }

  private List<ProgrammeLine> programmes(Optional<Strategy> strategy) {
    return strategy.stream().flatMap(s -> s.programmes().stream()).map((Programme p) ->
        new ProgrammeLine(p.name(), p.focuses(), p.fundingStream(), p.leadOrganisationId()
            .flatMap(partnership::organisation).map(o -> o.name()), List.of())).toList();
  }

  private List<RiskLine> risks() {
    return partnership.risks().stream().map((Risk r) -> new RiskLine(r.description(),
        Words.of(r.category()), partnership.organisation(r.ownerOrganisationId())
            .map(o -> o.name()).orElse(r.ownerOrganisationId()), r.mitigations(), List.of()))
        .toList();
  }

  private static List<String> labels(HasProvenance x) {
    return Words.label(x.provenance()).map(List::of).orElse(List.of());
  }
}
