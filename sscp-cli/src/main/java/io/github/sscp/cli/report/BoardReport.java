package io.github.sscp.cli.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.sscp.cli.report.ReportView.ActionView;
import io.github.sscp.cli.report.ReportView.AnnexRow;
import io.github.sscp.cli.report.ReportView.AttentionView;
import io.github.sscp.cli.report.ReportView.FindingView;
import io.github.sscp.cli.report.ReportView.FocusView;
import io.github.sscp.cli.report.ReportView.HolderView;
import io.github.sscp.cli.report.ReportView.IssueView;
import io.github.sscp.cli.report.ReportView.LawView;
import io.github.sscp.cli.report.ReportView.MatrixGroup;
import io.github.sscp.cli.report.ReportView.MatrixRow;
import io.github.sscp.cli.report.ReportView.MeasureView;
import io.github.sscp.cli.report.ReportView.MeetingView;
import io.github.sscp.cli.report.ReportView.MoneyView;
import io.github.sscp.cli.report.ReportView.PeerRowView;
import io.github.sscp.cli.report.ReportView.PeerView;
import io.github.sscp.cli.report.ReportView.RiskView;
import io.github.sscp.cli.report.ReportView.StrategyView;
import io.github.sscp.rules.board.ActionLine;
import io.github.sscp.rules.board.AttentionItem;
import io.github.sscp.rules.board.BoardPack;
import io.github.sscp.rules.board.FindingLine;
import io.github.sscp.rules.board.FocusAreaLine;
import io.github.sscp.rules.board.FundingLine;
import io.github.sscp.rules.board.HolderFindings;
import io.github.sscp.rules.board.KeyCrimeIssueLine;
import io.github.sscp.rules.board.LawComing;
import io.github.sscp.rules.board.MeasureGroup;
import io.github.sscp.rules.board.MeasureRow;
import io.github.sscp.rules.board.MeetingLine;
import io.github.sscp.rules.board.OfficeLine;
import io.github.sscp.rules.board.PartnerLine;
import io.github.sscp.rules.board.PeerLine;
import io.github.sscp.rules.board.PeerPanel;
import io.github.sscp.rules.board.PriorityLine;
import io.github.sscp.rules.board.ProgrammeLine;
import io.github.sscp.rules.board.RiskLine;
import io.github.sscp.rules.board.StrategyInBrief;
import io.github.sscp.rules.board.Words;
import io.github.sscp.rules.board.YearOnYear;
import io.github.sscp.rules.compliance.Outcome;
import io.github.sscp.rules.kpi.KpiPart;
import io.github.sscp.rules.kpi.peer.FunnelPosition;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.rules.kpi.window.WindowComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The board report: a {@link BoardPack} as one self-contained HTML page (inline CSS and SVG, no
 * scripts, nothing fetched when opened). Page 1 says what needs the board's attention and shows
 * the summary matrix; the strategy is the spine of the rest, each focus area with its measures and
 * actions; then the people, the money, the risks, what changed, the law by holder and the annex.
 * It computes nothing: every figure and sentence is the pack's. The same pack gives the same bytes.
 */
public final class BoardReport {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null,
      ContentType.Html, BoardReport.class.getClassLoader(), "io.github.sscp.cli.report.templates");

  /** The most items page 1 lists for the board's attention. */
  static final int ATTENTION = 7;

  private BoardReport() {}

  /**
   * Turns a board pack into what the page shows.
   *
   * @param pack the board pack, not null
   * @return the view, not null
   */
  public static ReportView view(BoardPack pack) {
    Map<String, MeasureView> measures = new LinkedHashMap<>();
    List<MatrixGroup> matrix = new ArrayList<>();
    Set<String> illustrative = new LinkedHashSet<>();
    int n = 0;
    for (MeasureGroup g : pack.measures()) {
      List<MatrixRow> rows = new ArrayList<>();
      for (MeasureRow r : g.rows()) {
        n++;
        rows.add(matrixRow(r, n));
        measures.put(r.measureId(), measure(r, n));
        if (!r.labels().isEmpty()) {
          illustrative.add(r.name() + ": " + String.join(", ", r.labels()) + ".");
        }
      }
      matrix.add(new MatrixGroup(g.priority(), rows));
    }
    StrategyView strategy = pack.strategy().map(s -> strategy(s, measures)).orElse(null);
    List<MeasureView> others = new ArrayList<>(measures.values());
    if (strategy != null) {
      strategy.focusAreas().forEach(f -> others.removeAll(f.measures()));
    }
    // page 1 holds at most seven items: the rest are in their sections, said below the list
    List<AttentionView> attention = new ArrayList<>();
    for (AttentionItem a : pack.attention().subList(0, Math.min(ATTENTION,
        pack.attention().size()))) {
      attention.add(new AttentionView(a.sentence(), "#" + a.detail()));
    }
    int more = pack.attention().size() - attention.size();
    String dates = pack.dataTo().map(d -> "Data to " + Words.date(d)).orElse("No data yet")
        + " · law as of " + Words.date(pack.lawAsOf());
    List<String> changes = pack.changes().map(c -> c.changes().stream()
        .map(x -> x.sentence()).toList()).orElse(List.of());
    String since = pack.changes().map(c -> c.since()).orElse("");
    pack.notes().forEach(x -> {
      if (x.toLowerCase(Locale.UK).contains("illustrative")) {
        illustrative.add(x);
      }
    });
    return new ReportView(pack.partnershipName() + " — board report, "
        + Words.date(pack.lawAsOf()), pack.partnershipName(), dates,
        basis(pack.dataToBasis()),
        List.copyOf(illustrative), attention, more == 0 ? "" : (more == 1 ? "One more item,"
            + " lower in rank, is" : more + " more items, lower in rank, are") + " in the sections"
            + " below.", matrix, strategy, others,
        pack.actions().overdue().stream().map(BoardReport::action).toList(),
        java.util.stream.Stream.concat(pack.actions().dueSoon().stream(),
            pack.actions().atRisk().stream()).distinct()
            .filter(a -> !pack.actions().overdue().contains(a)).map(BoardReport::action).toList(),
        pack.funding().stream().map(BoardReport::funding).toList(),
        pack.programmes().stream().map(BoardReport::programme).toList(),
        pack.risks().stream().map(BoardReport::risk).toList(), changes, since, law(pack),
        annex(pack), pack.sources(), pack.notes());
  }

  /**
   * Writes the page.
   *
   * @param view what it shows
   * @return the HTML, not null
   */
  public static String render(ReportView view) {
    StringOutput out = new StringOutput(96 * 1024);
    ENGINE.render("report.jte", view, out);
    return out.toString();
  }

  static String basis(String basis) {
    return switch (basis) {
      case "given" -> "The data are cut at the date given.";
      case "" -> "";
      default -> basis.startsWith("the ") ? "The data stop at " + basis + "."
          : Words.sentence(basis) + ".";
    };
  }

  // --- page 1 ----------------------------------------------------------------------------------

  static MatrixRow matrixRow(MeasureRow r, int n) {
    String latest = r.latest().map(l -> Words.figure(l.value())).orElse("no data");
    String when = r.latest().map(l -> l.period()).orElse("");
    String rate = r.rate().map(x -> Words.rate(x.rate())).orElse("");
    String change = r.change().map(BoardReport::shortChange).orElse("");
    String test = r.change().map(BoardReport::testWords).orElse("");
    String target = r.target().map(t -> Words.of(t.rating())).orElse("");
    String targetClass = r.target().map(t -> css(t.rating().name())).orElse("");
    String targetWhat = r.target().map(t -> t.description()).orElse("");
    String variationSvg = r.variation().map(v -> Icons.variation(v, "matrix-variation-" + n))
        .orElse("");
    String variation = r.variation().map(Words::of).orElse("");
    String assuranceSvg = r.assurance().map(a -> Icons.assurance(a, "matrix-assurance-" + n))
        .orElse("");
    String assurance = r.assurance().map(Words::of).orElse(r.variation().isEmpty() ? ""
        : r.target().isPresent() ? "no assurance: the target has no value to test"
            : "no assurance: no target");
    String peers = r.peers().map(p -> p.rank() + ordinal(p.rank()) + " of " + p.of()).orElse("");
    String peersNote = r.peers().map(BoardReport::funnelWords).orElse("");
    return new MatrixRow("#measure-" + r.measureId(), r.name(), r.labels().stream()
        .anyMatch(x -> x.contains("illustrative")) ? "illustrative" : labels(r.labels()), latest,
        when,
        rate, change, test, target, targetClass, targetWhat, variationSvg, variation,
        assuranceSvg, assurance, peers, peersNote);
  }

  static String shortChange(YearOnYear y) {
    if (y.percentChange().isEmpty()) {
      return y.current() == y.previous() ? "level" : (y.current() > y.previous() ? "up " : "down ")
          + Words.figure(Math.abs(y.current() - y.previous()));
    }
    double pc = y.percentChange().getAsDouble();
    return Math.abs(pc) < 0.05 ? "level" : (pc > 0 ? "up " : "down ") + Words.percent(Math.abs(pc));
  }

  static String testWords(YearOnYear y) {
    return y.pValue().isEmpty() ? "no test" : Words.pValue(y.pValue().getAsDouble())
        + (y.significant() ? ", more than chance" : ", within chance");
  }

  static String funnelWords(PeerPanel p) {
    if (p.funnel().isEmpty()) {
      return p.method() == PeerMethod.RATE ? "on rate per 1,000" : "on change";
    }
    return switch (p.funnel().get()) {
      case ABOVE_99_8 -> "above the funnel's 99.8% limit";
      case ABOVE_95 -> "above the funnel's 95% limit";
      case WITHIN_95 -> "within the funnel";
      case BELOW_95 -> "below the funnel's 95% limit";
      case BELOW_99_8 -> "below the funnel's 99.8% limit";
    };
  }

  static String ordinal(int n) {
    int mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  // --- measures --------------------------------------------------------------------------------

  static MeasureView measure(MeasureRow r, int n) {
    String chart = "";
    String variationSvg = "";
    String variation = "";
    String assuranceSvg = "";
    String assurance = "";
    java.util.Optional<SpcResult> spc = r.assessment().spc().filter(x -> !x.points().isEmpty());
    if (spc.isPresent()) {
      chart = SvgChart.draw("chart-" + n, r.name(), r.unit(), spc.get());
      variationSvg = Icons.variation(spc.get().variation(), "variation-" + n);
      variation = Words.of(spc.get().variation());
      if (spc.get().assurance().isPresent()) {
        assuranceSvg = Icons.assurance(spc.get().assurance().get(), "assurance-" + n);
        assurance = Words.of(spc.get().assurance().get());
      } else {
        assurance = r.target().isPresent() ? "no assurance icon: the target has no value to draw"
            : "no assurance icon: the measure has no target";
      }
    }
    List<String> figures = new ArrayList<>();
    r.latest().ifPresent(l -> figures.add(Words.figure(l.value()) + " " + r.unit() + " in the "
        + l.label()));
    r.rate().ifPresent(x -> figures.add(Words.rate(x.rate()) + " per " + Words.count(x.per())
        + " residents (" + x.populationSource() + ")"));
    r.change().ifPresent(y -> figures.add(y.words()));
    String target = r.target().map(t -> Words.sentence(Words.of(t.rating())) + " against its"
        + " target of " + t.description() + ": " + t.reason() + ".").orElse("");
    String targetClass = r.target().map(t -> css(t.rating().name())).orElse("");
    PeerView peers = r.peers().map(p -> peers(p, r.labels().contains("illustrative peers")))
        .orElse(null);
    return new MeasureView("measure-" + r.measureId(), r.name(), labels(r.labels()),
        r.sentence(), r.dataNeeded().orElse(""), chart, variationSvg, variation, assuranceSvg,
        assurance, figures, target, targetClass, peers, r.cautions());
  }

  static PeerView peers(PeerPanel p, boolean illustrative) {
    List<PeerRowView> rows = new ArrayList<>();
    boolean rate = p.method() == PeerMethod.RATE;
    for (PeerLine l : p.areas()) {
      String value = rate ? Words.rate(l.value()) + " per " + Words.count((long) p.ratePer())
          + " (" + Words.count(l.count()) + ")"
          : (l.value() >= 0 ? "+" : "") + Words.percent(l.value());
      String limits = l.limits().map(x -> Words.count(x.lower998()) + " to "
          + Words.count(x.upper998())).orElse("");
      rows.add(new PeerRowView(l.rank(), l.name(), value, limits, l.own()));
    }
    String method = rate ? "Ranked on the rate per 1,000 residents, lowest first; the funnel's"
        + " 99.8% limits are the counts within which each area would fall by chance at the peers'"
        + " average rate" : "Ranked on the change over the latest 12 months, lowest first";
    String note = illustrative ? "The peers are illustrative: chosen for the example, not the"
        + " partnership's own comparator group." : String.join(" ", p.notes());
    return new PeerView(p.words() + (p.funnel().isPresent() ? "; " + funnelWords(p) : ""),
        method, rows, note);
  }

  // --- the strategy ----------------------------------------------------------------------------

  static StrategyView strategy(StrategyInBrief s, Map<String, MeasureView> measures) {
    List<FocusView> focus = new ArrayList<>();
    List<String> priorities = new ArrayList<>();
    for (PriorityLine p : s.priorities()) {
      priorities.add(p.title());
      for (FocusAreaLine f : p.focusAreas()) {
        List<MeasureView> own = new ArrayList<>();
        f.measureIds().forEach(id -> {
          MeasureView m = measures.get(id);
          if (m != null && !own.contains(m)) {
            own.add(m);
          }
        });
        focus.add(new FocusView("focus-" + f.id(), Words.sentence(f.kind()), f.title(), p.title(),
            f.keyCrimeIssue().orElse(""), f.dataSummary().orElse(""), f.whatNeedsToBeDone(),
            f.howWeWillDoIt().stream().map(BoardReport::action).toList(), own,
            f.agreedAt().orElse(""), labels(f.labels())));
      }
    }
    List<IssueView> issues = new ArrayList<>();
    for (KeyCrimeIssueLine k : s.keyCrimeIssues()) {
      issues.add(new IssueView(k.title(), k.period(), k.subIssues(), labels(k.labels())));
    }
    List<String> statutory = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (PartnerLine p : s.partners()) {
      (p.statutory() ? statutory : others).add(p.name() + (p.role().isEmpty() ? "" : " — "
          + p.role()) + (p.labels().isEmpty() ? "" : " (" + String.join(", ", p.labels()) + ")"));
    }
    List<String> offices = new ArrayList<>();
    for (OfficeLine o : s.offices()) {
      offices.add(Words.sentence(o.office()) + ": " + o.holder()
          + o.detail().map(d -> " (" + d + ")").orElse(""));
    }
    List<MeetingView> meetings = new ArrayList<>();
    for (MeetingLine m : s.meetings()) {
      meetings.add(new MeetingView(Words.date(m.date()), m.body(), m.status(), m.business(),
          labels(m.labels())));
    }
    String status = Words.sentence(s.status()) + s.lastRevision().map(x -> "; last revised: " + x)
        .orElse("");
    return new StrategyView(s.title(), Words.date(s.period().start()) + " to "
        + Words.date(s.period().endExclusive().minusDays(1)), status, Words.list(s.strands()),
        s.reviews(), priorities, issues, focus, statutory, others, offices, meetings,
        labels(s.labels()));
  }

  static ActionView action(ActionLine a) {
    return new ActionView(a.title(), a.owner(), a.due().map(Words::date).orElse(""), a.status(),
        a.overdue(), labels(a.labels()));
  }

  static MoneyView funding(FundingLine f) {
    List<String> detail = new ArrayList<>();
    detail.add(Words.sentence(f.status()));
    if (!f.themes().isEmpty()) {
      detail.add("for " + Words.list(f.themes()));
    }
    if (!f.funders().isEmpty()) {
      detail.add("from " + Words.list(f.funders()));
    }
    f.lead().ifPresent(l -> detail.add("led by " + l));
    return new MoneyView(f.title(), f.amount().orElse(""), String.join("; ", detail),
        labels(f.labels()));
  }

  static MoneyView programme(ProgrammeLine p) {
    List<String> detail = new ArrayList<>();
    if (!p.focuses().isEmpty()) {
      detail.add("for " + Words.list(p.focuses()));
    }
    p.lead().ifPresent(l -> detail.add("led by " + l));
    return new MoneyView(p.name(), p.funding().orElse(""), String.join("; ", detail),
        labels(p.labels()));
  }

  static RiskView risk(RiskLine r) {
    return new RiskView(r.description(), r.owner() + " (" + r.category() + ")", r.mitigations(),
        labels(r.labels()));
  }

  // --- the law ---------------------------------------------------------------------------------

  static LawView law(BoardPack pack) {
    var law = pack.law();
    List<FindingView> ours = law.ours().stream().map(BoardReport::finding).toList();
    List<HolderView> others = new ArrayList<>();
    for (HolderFindings h : law.others()) {
      // what another body must do is its business: the partnership sees what was found
      others.add(new HolderView(Words.sentence(h.holder()), h.findings().stream()
          .map(f -> finding(new FindingLine(f.ruleId(), f.title(), f.outcome(), f.holder(),
              f.sentence(), java.util.Optional.empty(), f.citation(), f.confidence()))).toList()));
    }
    List<String> met = law.met().stream().map(f -> f.title() + " (" + f.citation() + ")")
        .toList();
    List<String> notApplicable = law.notApplicable().stream().map(f -> f.title() + " ("
        + f.citation() + ")").toList();
    List<String> coming = new ArrayList<>();
    for (LawComing c : pack.lawComing()) {
      coming.add(c.from().map(d -> "From " + Words.date(d) + ": ").orElse("Not yet in force: ")
          + c.title() + " — " + c.requirement() + " (" + c.citation() + ")");
    }
    String verdictClass = law.ours().stream().anyMatch(f -> f.outcome() == Outcome.NOT_MET)
        ? "not-compliant" : law.ours().stream().anyMatch(f -> f.outcome()
            == Outcome.INSUFFICIENT_EVIDENCE) ? "gaps-in-evidence" : "compliant";
    return new LawView(Words.date(law.asOf()), law.jurisdiction(), law.verdict(), verdictClass,
        ours, others, met, notApplicable, coming);
  }

  static FindingView finding(FindingLine f) {
    return new FindingView("law-" + f.ruleId().toLowerCase(Locale.ROOT), f.title(),
        Words.of(f.outcome()), css(f.outcome().name()), f.sentence(), f.fix().orElse(""),
        f.citation());
  }

  // --- the annex -------------------------------------------------------------------------------

  static List<AnnexRow> annex(BoardPack pack) {
    List<AnnexRow> rows = new ArrayList<>();
    for (MeasureRow r : pack.rows()) {
      if (r.dataNeeded().isPresent()) {
        continue;
      }
      java.util.Optional<WindowComparison> w = r.assessment().rolling12();
      if (w.isPresent()) {
        rows.add(annexRow(r.name(), w.get()));
      } else {
        String why = r.assessment().notRun().getOrDefault(KpiPart.ROLLING_12_MONTHS,
            "no comparison");
        rows.add(new AnnexRow(r.name(), "—", "—", "—", "—", "—", "—", "—",
            "not compared: " + why));
      }
    }
    return rows;
  }

  static AnnexRow annexRow(String name, WindowComparison w) {
    String pValue = w.test().map(t -> Words.pValue(t.pValue())).orElse("—");
    String significance = w.test().map(t -> Wording.significance(t.pValue())).orElse("no test");
    if (w.smallNumbers()) {
      significance += " (small numbers: read with caution)";
    }
    double change = w.absoluteChange();
    return new AnnexRow(name, range(w.current()), Words.figure(w.currentValue()),
        range(w.comparison()), Words.figure(w.comparisonValue()),
        (change > 0 ? "+" : change < 0 ? "−" : "") + Words.figure(Math.abs(change)),
        w.percentChange().isPresent() ? (w.percentChange().getAsDouble() > 0 ? "+"
            : w.percentChange().getAsDouble() < 0 ? "−" : "")
            + Words.percent(Math.abs(w.percentChange().getAsDouble())) : "—", pValue,
        significance);
  }

  private static String range(io.github.sscp.model.time.DateRange r) {
    return Words.date(r.start()) + " to " + Words.date(r.endExclusive().minusDays(1));
  }

  // --- words -----------------------------------------------------------------------------------

  static String labels(List<String> labels) {
    return String.join(", ", labels);
  }

  static String css(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
