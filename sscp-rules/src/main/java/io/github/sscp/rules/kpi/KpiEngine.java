package io.github.sscp.rules.kpi;

import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.peer.PeerComparison;
import io.github.sscp.rules.kpi.peer.PeerPosition;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.series.InsufficientDataException;
import io.github.sscp.rules.kpi.series.SeriesException;
import io.github.sscp.rules.kpi.spc.ImprovementDirection;
import io.github.sscp.rules.kpi.spc.Spc;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.rules.kpi.target.TargetAssessment;
import io.github.sscp.rules.kpi.target.Targets;
import io.github.sscp.rules.kpi.window.Aggregation;
import io.github.sscp.rules.kpi.window.WindowComparison;
import io.github.sscp.rules.kpi.window.WindowOptions;
import io.github.sscp.rules.kpi.window.Windows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Gives one verdict per measure. SPC is the primary signal (docs/KPI-METHODS.md §5): when the latest
 * SPC group has enough points for reliable limits, the latest point's variation icon decides the
 * headline. Otherwise the exact test of the latest 12 months against the 12 before decides it,
 * unless the two windows straddle a recording break. With neither, the status is
 * {@link KpiStatus#INSUFFICIENT_DATA} with the reasons. The target rating, the other window
 * comparisons and the peer position are reported beside the headline.
 *
 * <p>A series that would give a wrong number — a value that is not finite, a negative count, a
 * period twice, periods of different kinds — is refused with a {@link SeriesException} naming the
 * measure and the period. Missing periods are not an error: runs and trends stop at them, and a
 * window that needs one reports it.
 *
 * <p>Thread-safe: stateless; the policy is immutable.
 */
public final class KpiEngine {

  private static final TolerancePolicy STRICT = TolerancePolicy.relative("strict", BigDecimal.ZERO);

  private final KpiPolicy policy;

  private KpiEngine(KpiPolicy policy) {
    this.policy = policy;
  }

  /**
   * Obtains an engine with a policy.
   *
   * @param policy the policy, not null
   * @return the engine, not null
   */
  public static KpiEngine of(KpiPolicy policy) {
    return new KpiEngine(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Obtains an engine with the default policy.
   *
   * @return the engine, not null
   */
  public static KpiEngine standard() {
    return of(KpiPolicy.DEFAULT);
  }

  /**
   * Obtains the policy.
   *
   * @return the policy, not null
   */
  public KpiPolicy policy() {
    return policy;
  }

  /**
   * Assesses one measure.
   *
   * @param request the measure and its data, not null
   * @return the assessment, not null
   * @throws SeriesException if the series has a value that is not finite, a negative count, a
   *     period given twice or periods of different kinds; the message names the measure and period
   */
  public KpiAssessment assess(KpiRequest request) {
    boolean counts = request.valueType() == ValueType.COUNT;
    CheckedSeries series;
    try {
      series = CheckedSeries.of(request.points(), counts);
    } catch (SeriesException e) {
      throw new SeriesException("measure " + request.measureId() + ": " + e.getMessage());
    }
    Map<KpiPart, String> notRun = new EnumMap<>(KpiPart.class);
    if (series.size() == 0) {
      for (KpiPart part : KpiPart.values()) {
        if (policy.runs(part) && part != KpiPart.PEER) {
          notRun.put(part, "no observations");
        }
      }
    }
    WindowOptions windowOptions = WindowOptions.builder()
        .aggregation(counts ? Aggregation.SUM : Aggregation.MEAN)
        .smallNumberThreshold(request.smallNumberThreshold().orElse(policy.smallNumberThreshold())).confidence(1 - policy.alpha())
        .breaks(request.breaks()).build();

    Optional<WindowComparison> rolling = run(KpiPart.ROLLING_12_MONTHS, series, notRun,
        () -> Windows.rolling12(series, windowOptions));
    Optional<WindowComparison> ytd = run(KpiPart.FINANCIAL_YEAR_TO_DATE, series, notRun,
        () -> Windows.financialYearToDate(series, windowOptions));
    Optional<WindowComparison> baseline = run(KpiPart.BASELINE, series, notRun, () -> {
      var b = request.baseline().orElseThrow(() ->
          new InsufficientDataException("the measure has no baseline"));
      return Windows.againstBaseline(series, b.period(), OptionalDouble.of(b.value().doubleValue()),
          windowOptions);
    });
    Optional<PeerPosition> peer = Optional.empty();
    if (policy.runs(KpiPart.PEER)) {
      if (request.peers().isEmpty() || request.areaId().isEmpty()) {
        notRun.put(KpiPart.PEER, "no comparator group was given");
      } else {
        try {
          peer = Optional.of(PeerComparison.compare(request.areaId().get(), request.peers(),
              request.polarity(), policy.ratePer(), policy.alpha()));
        } catch (InsufficientDataException e) {
          notRun.put(KpiPart.PEER, e.getMessage());
        }
      }
    }
    Optional<TargetAssessment> target = Optional.empty();
    if (policy.runs(KpiPart.TARGET) && series.size() > 0) {
      if (request.targets().isEmpty()) {
        notRun.put(KpiPart.TARGET, "the measure has no target");
      } else {
        target = Optional.of(target(request, series, peer, counts));
      }
    }
    OptionalDouble perPeriod = perPeriod(target, series, counts);
    Optional<SpcResult> spc = run(KpiPart.SPC, series, notRun,
        () -> spc(request, series, perPeriod));

    List<String> reasons = new ArrayList<>();
    KpiStatus status;
    KpiSignal decidedBy;
    Optional<SpcGroup> latestGroup = spc.map(r -> r.groups().get(r.groups().size() - 1));
    if (latestGroup.isPresent() && !latestGroup.get().shortGroup()) {
      SpcPoint last = spc.get().latest().orElseThrow();
      status = switch (last.type()) {
        case SPECIAL_CAUSE_IMPROVEMENT -> KpiStatus.IMPROVING;
        case SPECIAL_CAUSE_CONCERN -> KpiStatus.DETERIORATING;
        case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> KpiStatus.CHANGED;
        case COMMON_CAUSE -> KpiStatus.NO_SIGNIFICANT_CHANGE;
      };
      decidedBy = KpiSignal.SPC;
      reasons.add(spcReason(last, latestGroup.get()));
      rolling.ifPresent(w -> reasons.add("beside it, " + windowReason(w)));
    } else if (rolling.isPresent() && rolling.get().test().isPresent() && !spansBreak(rolling.get(),
        request.breaks())) {
      WindowComparison w = rolling.get();
      boolean significant = w.isSignificant(policy.alpha());
      status = !significant ? KpiStatus.NO_SIGNIFICANT_CHANGE
          : direction(request.polarity(), w.absoluteChange());
      decidedBy = KpiSignal.ROLLING_12_MONTHS;
      reasons.add(windowReason(w));
      reasons.add("SPC did not decide: " + spcShortfall(spc, latestGroup, notRun));
    } else {
      status = KpiStatus.INSUFFICIENT_DATA;
      decidedBy = KpiSignal.NONE;
      reasons.add("SPC: " + spcShortfall(spc, latestGroup, notRun));
      reasons.add("rolling 12 months: " + rolling.map(w -> w.test().isEmpty()
          ? "the figures are not whole counts, so there is no exact test"
          : "the windows straddle a recording break")
          .orElse(notRun.getOrDefault(KpiPart.ROLLING_12_MONTHS, "not asked for")));
    }
    Optional<DateRange> covers = series.size() == 0 || series.period(0).isEmpty()
        ? Optional.empty()
        : Optional.of(DateRange.of(series.period(0).get().start(),
            series.period(series.size() - 1).orElseThrow().endExclusive()));
    return new KpiAssessment(request.measureId(), status, decidedBy, reasons, spc, rolling, ytd,
        baseline, target, peer, notRun, covers);
  }

  /**
   * The target's aim for one of the chart's periods, for its target line and assurance icon: for a
   * count, the aim for the target's period (a year's total) shared in proportion to the chart's
   * period (a quarter gets a quarter of it); for a rate or mean, the aim itself. None for a target
   * judged against peers or without an aim.
   */
  static OptionalDouble perPeriod(Optional<TargetAssessment> target, CheckedSeries series,
      boolean counts) {
    if (target.isEmpty() || target.get().aim().isEmpty() || series.size() == 0
        || series.period(series.size() - 1).isEmpty()) {
      return OptionalDouble.empty();
    }
    double aim = target.get().aim().get().doubleValue();
    if (!counts) {
      return OptionalDouble.of(aim);
    }
    int chart = series.period(series.size() - 1).get().months().size();
    int whole = target.get().target().by().months().size();
    return whole <= 0 ? OptionalDouble.empty() : OptionalDouble.of(aim * chart / whole);
  }

  private SpcResult spc(KpiRequest request, CheckedSeries series, OptionalDouble perPeriod) {
    SpcOptions options = policy.spc().withImprovement(ImprovementDirection.of(request.polarity()));
    if (options.target().isEmpty() && perPeriod.isPresent()) {
      options = options.withTarget(perPeriod);
    }
    if (policy.rebaseAtRecordedBreaks() && series.kind().isPresent()) {
      List<ReportingPeriod> rebase = new ArrayList<>(options.rebaseAt());
      for (LocalDate d : request.breaks()) {
        for (int i = 0; i < series.size(); i++) {
          ReportingPeriod p = series.period(i).orElseThrow();
          if (p.endExclusive().isAfter(d)) {
            if (i > 0 && !rebase.contains(p)) {
              rebase.add(p);
            }
            break;
          }
        }
      }
      options = options.withRebaseAt(rebase);
    }
    return Spc.analyse(series, options);
  }

  private TargetAssessment target(KpiRequest request, CheckedSeries series,
      Optional<PeerPosition> peer, boolean counts) {
    ReportingPeriod latest = series.period(series.size() - 1).orElse(null);
    List<Target> targets = new ArrayList<>(request.targets());
    targets.sort(Comparator.comparing(t -> t.by().endExclusive()));
    Target chosen = targets.get(targets.size() - 1);
    if (latest != null) {
      for (Target t : targets) {
        if (t.by().endExclusive().isAfter(latest.start())) {
          chosen = t;
          break;
        }
      }
    }
    TolerancePolicy tolerance = request.tolerancePolicy().orElse(STRICT);
    TargetType type = chosen.type();
    if (type == TargetType.PEER_RANK || type == TargetType.PEER_AVERAGE
        || type == TargetType.NOT_SIGNIFICANTLY_WORSE_THAN) {
      return Targets.assessAgainstPeers(chosen, request.polarity(), peer, tolerance);
    }
    TargetWindow actual = TargetWindow.over(series, chosen.by(), counts);
    Optional<BigDecimal> baseline = request.baseline().map(b -> b.value());
    List<String> notes = new ArrayList<>();
    if (!actual.note().isEmpty()) {
      notes.add(actual.note());
    }
    Optional<BigDecimal> reference = baseline;
    if (type == TargetType.PREVIOUS_YEAR_OUTTURN
        || (type == TargetType.DIRECTION_ONLY && baseline.isEmpty())) {
      reference = actual.yearBefore(series, counts);
      if (type == TargetType.DIRECTION_ONLY) {
        notes.add("with no baseline, the direction is judged against the same months a year earlier");
      }
    }
    TargetAssessment a = Targets.assess(chosen, request.polarity(), actual.value(), reference,
        tolerance);
    return notes.isEmpty() ? a
        : new TargetAssessment(a.target(), a.rating(), a.actual(), a.aim(), a.shortfall(),
            a.reason() + "; " + String.join("; ", notes));
  }

  private <T> Optional<T> run(KpiPart part, CheckedSeries series, Map<KpiPart, String> notRun,
      Supplier<T> calculation) {
    if (!policy.runs(part) || series.size() == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(calculation.get());
    } catch (InsufficientDataException e) {
      notRun.put(part, e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean spansBreak(WindowComparison w, List<LocalDate> breaks) {
    return breaks.stream().anyMatch(d -> w.comparison().start().isBefore(d)
        && d.isBefore(w.current().endExclusive()));
  }

  private static KpiStatus direction(Polarity polarity, double change) {
    return switch (polarity) {
      case LOWER_IS_BETTER -> change < 0 ? KpiStatus.IMPROVING : KpiStatus.DETERIORATING;
      case HIGHER_IS_BETTER -> change > 0 ? KpiStatus.IMPROVING : KpiStatus.DETERIORATING;
      case NEUTRAL, CONTEXT_ONLY -> KpiStatus.CHANGED;
    };
  }

  private static String spcReason(SpcPoint last, SpcGroup group) {
    String at = last.period().map(ReportingPeriod::toString).orElse("the latest point");
    String what = switch (last.type()) {
      case COMMON_CAUSE -> "common cause variation";
      case SPECIAL_CAUSE_IMPROVEMENT -> "special cause improvement";
      case SPECIAL_CAUSE_CONCERN -> "special cause concern";
      case SPECIAL_CAUSE_NEUTRAL_HIGH -> "special cause, high";
      case SPECIAL_CAUSE_NEUTRAL_LOW -> "special cause, low";
    };
    String rule = last.isSpecialCause() ? " (" + last.label().text() + ")" : "";
    return "SPC: " + at + " shows " + what + rule + " against a mean of " + number(group.mean())
        + " over " + group.points() + " points" + group.first().map(p -> " from " + p).orElse("");
  }

  private String windowReason(WindowComparison w) {
    StringBuilder s = new StringBuilder("the latest 12 months (").append(number(w.currentValue()))
        .append(") against the 12 before (").append(number(w.comparisonValue())).append(")");
    w.percentChange().ifPresent(pc -> s.append(", ").append(String.format(Locale.ROOT, "%+.1f%%", pc)));
    w.test().ifPresent(t -> s.append(", exact test ").append(pValue(t.pValue())).append(": ")
        .append(t.isSignificant(policy.alpha()) ? "bigger than chance" : "within chance"));
    w.warnings().forEach(x -> s.append("; ").append(x));
    return s.toString();
  }

  private static String spcShortfall(Optional<SpcResult> spc, Optional<SpcGroup> group,
      Map<KpiPart, String> notRun) {
    if (group.isPresent()) {
      return "the latest group has " + group.get().points() + " points, fewer than the "
          + spc.orElseThrow().options().shortGroupThreshold() + " reliable limits need";
    }
    return notRun.getOrDefault(KpiPart.SPC, "not asked for");
  }

  /**
   * Writes an exact p-value as a board reads it: {@code "p < 0.001"}, "p = 0.004", "p = 0.10".
   *
   * @param p the p-value, between 0 and 1
   * @return the text, not null
   */
  public static String pValue(double p) {
    if (p < 0.001) {
      return "p < 0.001";
    }
    return "p = " + java.math.BigDecimal.valueOf(p).setScale(p < 0.01 ? 3 : 2,
        java.math.RoundingMode.HALF_UP).toPlainString();
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%,.2f", v);
  }
}
