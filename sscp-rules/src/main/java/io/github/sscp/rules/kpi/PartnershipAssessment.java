package io.github.sscp.rules.kpi;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationSeries;
import io.github.sscp.model.measure.SeriesKey;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.rules.kpi.peer.PeerArea;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Assesses every measure of success of a partnership: one request per measure (its definition,
 * binding, tolerance policy and the partnership's own series), cut at an as-of date, with its peers
 * — the areas of its comparator group, taken from the series the partnership's observations hold
 * for their GSS codes, or given explicitly — and run through a {@link KpiEngine}.
 *
 * <p>A measure's comparator group is the one its measure of success names, or the partnership's
 * only group. Each area's figure is its sum over the 12 months ending with the partnership's latest
 * period, with the 12 before for change; an area whose series does not cover both windows is left
 * out. With a population for every area (see {@link #withPopulations(Function)}), areas are
 * compared on rates.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartnershipAssessment {

  private final Partnership partnership;
  private final Optional<LocalDate> asOf;
  private final KpiEngine engine;
  private final Map<String, Panel> explicitPeers;
  private final Function<GssCode, OptionalDouble> populations;

  private PartnershipAssessment(Partnership partnership, Optional<LocalDate> asOf, KpiEngine engine,
      Map<String, Panel> explicitPeers, Function<GssCode, OptionalDouble> populations) {
    this.partnership = partnership;
    this.asOf = asOf;
    this.engine = engine;
    this.explicitPeers = Map.copyOf(explicitPeers);
    this.populations = populations;
  }

  /**
   * Obtains the assessment of a partnership's measures of success, with every period of data and
   * the standard engine.
   *
   * @param partnership the partnership, not null
   * @return the assessment, not null
   */
  public static PartnershipAssessment of(Partnership partnership) {
    return new PartnershipAssessment(Objects.requireNonNull(partnership, "partnership"),
        Optional.empty(), KpiEngine.standard(), Map.of(), code -> OptionalDouble.empty());
  }

  /**
   * Obtains a copy that leaves out every period ending after a date.
   *
   * @param lastDay the last day a period may end on, not null
   * @return the assessment, not null
   */
  public PartnershipAssessment asOf(LocalDate lastDay) {
    return new PartnershipAssessment(partnership, Optional.of(lastDay), engine, explicitPeers,
        populations);
  }

  /**
   * Obtains a copy with another engine, for another policy.
   *
   * @param other the engine, not null
   * @return the assessment, not null
   */
  public PartnershipAssessment withEngine(KpiEngine other) {
    return new PartnershipAssessment(partnership, asOf, Objects.requireNonNull(other, "engine"),
        explicitPeers, populations);
  }

  /**
   * Obtains a copy that compares a measure with peers given here rather than its comparator group.
   *
   * @param measureId the measure's id, not null
   * @param areaId the partnership's id among the peers, not null
   * @param peers the areas, the partnership included, not null
   * @return the assessment, not null
   */
  public PartnershipAssessment withPeers(String measureId, String areaId, List<PeerArea> peers) {
    Map<String, Panel> more = new HashMap<>(explicitPeers);
    more.put(measureId, new Panel(areaId, List.copyOf(peers)));
    return new PartnershipAssessment(partnership, asOf, engine, more, populations);
  }

  /**
   * Obtains a copy that knows areas' populations, so that peers are compared on rates.
   *
   * @param byCode each area's population by its GSS code, not null
   * @return the assessment, not null
   */
  public PartnershipAssessment withPopulations(Function<GssCode, OptionalDouble> byCode) {
    return new PartnershipAssessment(partnership, asOf, engine, explicitPeers,
        Objects.requireNonNull(byCode, "populations"));
  }

  /**
   * Obtains the measures of success, each once, in the strategies' order (a measure bound in two
   * focus areas is taken from the first).
   *
   * @return the bindings, not null
   */
  public List<MeasureBinding> measuresOfSuccess() {
    List<MeasureBinding> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Strategy s : partnership.strategies()) {
      for (FocusArea f : s.focusAreas()) {
        for (MeasureBinding b : f.measuresOfSuccess()) {
          if (seen.add(b.measureId())) {
            out.add(b);
          }
        }
      }
    }
    return out;
  }

  /**
   * Assesses every measure of success.
   *
   * @return the assessments, not null
   * @throws io.github.sscp.rules.kpi.series.SeriesException if a measure's series would give a
   *     wrong number (see {@link KpiEngine#assess(KpiRequest)}), naming the measure
   */
  public MeasureAssessments assess() {
    List<KpiAssessment> out = new ArrayList<>();
    for (MeasureBinding b : measuresOfSuccess()) {
      out.add(engine.assess(request(b)));
    }
    return new MeasureAssessments(partnership.id(), partnership.name(), asOf, out);
  }

  /**
   * Obtains the request this assessment makes for one measure of success: the partnership's own
   * series cut at the as-of date, and its peers.
   *
   * @param binding the measure of success, not null
   * @return the request, not null
   * @throws IllegalArgumentException if the partnership does not define the measure
   */
  public KpiRequest request(MeasureBinding binding) {
    KpiRequest request = KpiRequest.from(partnership, binding);
    KpiRequest.Builder r = KpiRequest.builder().from(request);
    asOf.ifPresent(end -> r.points(request.points().stream()
        .filter(pt -> pt.period().map(x -> !x.endExclusive().isAfter(end.plusDays(1)))
            .orElse(true)).toList()));
    Panel given = explicitPeers.get(binding.measureId());
    if (given != null) {
      return r.areaId(given.areaId()).peers(given.peers()).build();
    }
    comparatorGroup(binding).ifPresent(g -> panel(g, binding.measureId(), r.build().points())
        .ifPresent(p -> r.areaId(p.areaId()).peers(p.peers())));
    return r.build();
  }

  private Optional<ComparatorGroup> comparatorGroup(MeasureBinding binding) {
    if (binding.comparatorGroupId().isPresent()) {
      return partnership.comparatorGroups().stream()
          .filter(g -> g.id().equals(binding.comparatorGroupId().get())).findFirst();
    }
    return partnership.comparatorGroups().size() == 1
        ? Optional.of(partnership.comparatorGroups().get(0)) : Optional.empty();
  }

  private record Panel(String areaId, List<PeerArea> peers) {}

  private Optional<Panel> panel(ComparatorGroup group, String measureId, List<SeriesPoint> own) {
    Optional<LocalDate> end = own.stream().map(SeriesPoint::period).flatMap(Optional::stream)
        .map(p -> p.endExclusive()).max(LocalDate::compareTo);
    if (end.isEmpty()) {
      return Optional.empty();
    }
    LocalDate latestEnd = end.get();
    String ownId = null;
    List<PeerArea> peers = new ArrayList<>();
    for (GeographyRef member : group.members()) {
      boolean isOwn = member.code().isPresent() && member.code().equals(partnership.area().code())
          || member.name().equalsIgnoreCase(partnership.area().name());
      List<Observation> series;
      if (isOwn) {
        ownId = member.name();
        series = partnership.ownSeries(measureId).observations();
      } else if (member.code().isPresent()) {
        ObservationSeries s = partnership.observations().series(SeriesKey.of(measureId,
            member.code().get()));
        series = s.observations();
      } else {
        continue;
      }
      OptionalLong now = sum(series, latestEnd.minusMonths(12), latestEnd);
      OptionalLong before = sum(series, latestEnd.minusMonths(24), latestEnd.minusMonths(12));
      if (now.isEmpty()) {
        continue;
      }
      OptionalDouble population = isOwn ? partnership.area().code().map(populations)
          .orElse(OptionalDouble.empty())
          : member.code().map(populations).orElse(OptionalDouble.empty());
      peers.add(new PeerArea(member.name(), now.getAsLong(), population, before));
    }
    if (ownId == null || peers.size() < 2) {
      return Optional.empty();
    }
    String areaId = ownId;
    return peers.stream().anyMatch(p -> p.id().equals(areaId))
        ? Optional.of(new Panel(areaId, peers)) : Optional.empty();
  }

  /** The sum of whole counts over the days of a window, if the series covers every one of them. */
  private static OptionalLong sum(List<Observation> series, LocalDate start, LocalDate endExclusive) {
    long days = 0;
    long sum = 0;
    for (Observation o : series) {
      LocalDate s = o.period().start();
      LocalDate e = o.period().endExclusive();
      if (s.isBefore(start) || e.isAfter(endExclusive)) {
        continue;
      }
      if (o.value().isEmpty()) {
        return OptionalLong.empty();
      }
      BigDecimal v = o.value().get();
      if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
        return OptionalLong.empty();
      }
      if (v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - sum)) > 0) {
        return OptionalLong.empty();  // beyond a long: not a count to compare
      }
      sum += v.longValueExact();
      days += ChronoUnit.DAYS.between(s, e);
    }
    return days == ChronoUnit.DAYS.between(start, endExclusive) ? OptionalLong.of(sum)
        : OptionalLong.empty();
  }
}
