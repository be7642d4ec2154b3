package io.github.sscp.cli.report;

import static io.github.sscp.cli.report.Wording.words;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.sscp.cli.report.ReportView.AnnexRow;
import io.github.sscp.cli.report.ReportView.FindingRow;
import io.github.sscp.cli.report.ReportView.MeasureView;
import io.github.sscp.cli.report.ReportView.PeerRowView;
import io.github.sscp.cli.report.ReportView.PeerView;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.compliance.Finding;
import io.github.sscp.rules.compliance.Outcome;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.peer.PeerPosition;
import io.github.sscp.rules.kpi.peer.PeerRow;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.rules.kpi.stats.RateComparison;
import io.github.sscp.rules.kpi.window.WindowComparison;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The board report: a partnership's compliance findings, its measures' verdicts with their SPC
 * charts, the Annex-2-style table and the peer panels, as one self-contained HTML page (inline
 * CSS and SVG, no scripts, nothing fetched when opened). The same inputs give the same bytes.
 */
public final class BoardReport {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null,
      ContentType.Html, BoardReport.class.getClassLoader(), "io.github.sscp.cli.report.templates");

  private BoardReport() {}

  /**
   * Gathers what the report shows.
   *
   * @param p the partnership, with its data
   * @param law the compliance report on the date
   * @param assessed the measures' assessments
   * @param peerNote what the peer panel is (e.g. that it is illustrative), or ""
   * @param attributions the data's sources and licences
   * @return the view, not null
   */
  public static ReportView view(Partnership p, ComplianceReport law, List<KpiAssessment> assessed,
      String peerNote, Set<String> attributions) {
    LocalDate asOf = law.asOf();
    List<String> summary = new ArrayList<>();
    summary.add(capitalised(words(p.nation().name())) + "; local government: "
        + words(p.structure().name()) + "; area: "
        + p.area().name() + p.area().code().map(c -> " (" + c.value() + ")").orElse(""));
    summary.add(p.organisations().size() + " organisations, " + p.memberships().size()
        + " memberships, " + p.measures().size() + " measures, "
        + p.observations().entries().size() + " observations");
    List<String> authorities = new ArrayList<>();
    for (Membership m : p.statutoryMemberships(asOf)) {
      String name = p.organisation(m.organisationId()).map(o -> o.name()).orElse(m.organisationId());
      authorities.add(name + m.responsibleAuthorityType().map(t -> " — " + words(t.name())).orElse(""));
    }
    List<String> strategies = new ArrayList<>();
    for (Strategy s : p.strategies()) {
      strategies.add(s.title() + " (" + s.period() + "): " + s.priorities().size() + " priorities, "
          + s.focusAreas().size() + " focus areas");
    }
    List<String> counts = new ArrayList<>();
    law.counts().forEach((o, n) -> counts.add(n + " " + words(o.name())));
    List<FindingRow> findings = new ArrayList<>();
    List<FindingRow> settled = new ArrayList<>();
    law.findings().stream().sorted(Comparator.comparingInt((Finding f) -> order(f.outcome())))
        .forEach(f -> {
          FindingRow row = new FindingRow(f.ruleId(), f.title(), words(f.outcome().name()),
              cssClass(f.outcome()), words(f.holder().name()), f.sentence(), f.fix().orElse(""),
              f.citation());
          (order(f.outcome()) < order(Outcome.MET) ? findings : settled).add(row);
        });
    List<AnnexRow> annex = new ArrayList<>();
    List<MeasureView> measures = new ArrayList<>();
    List<PeerView> peers = new ArrayList<>();
    List<String> illustrative = new ArrayList<>();
    int chart = 0;
    for (KpiAssessment a : assessed) {
      String name = p.measure(a.measureId()).map(MeasureDefinition::name).orElse(a.measureId());
      a.rolling12().ifPresent(w -> annex.add(annexRow(name, w)));
      chart++;
      List<String> notes = new ArrayList<>();
      p.measure(a.measureId()).filter(m -> m.provenance().isIllustrative())
          .ifPresent(m -> notes.add("This measure is illustrative."));
      String target = a.target().map(t -> words(t.rating().name()) + ": " + t.reason()).orElse("");
      if (a.target().map(t -> t.target().provenance().isIllustrative()).orElse(false)) {
        notes.add("The target is illustrative, not the partnership's.");
        illustrative.add(name + ": the target");
      }
      // parts not run, grouped by why: "no observations" once, not six times
      java.util.Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
      a.notRun().forEach((part, why) -> byReason.computeIfAbsent(why, w -> new ArrayList<>())
          .add(words(part.name())));
      byReason.forEach((why, parts) -> notes.add("Not shown (" + why + "): "
          + String.join(", ", parts) + "."));
      String svg = "";
      String variation = "";
      String variationSvg = "";
      String assurance = "";
      String assuranceSvg = "";
      if (a.spc().isPresent() && !a.spc().get().points().isEmpty()) {
        SpcResult r = a.spc().get();
        svg = SvgChart.draw("chart-" + chart, name, r);
        variation = words(r.variation().name());
        variationSvg = Icons.variation(r.variation(), "variation-" + chart);
        if (r.assurance().isPresent()) {
          assurance = words(r.assurance().get().name());
          assuranceSvg = Icons.assurance(r.assurance().get(), "assurance-" + chart);
        }
      }
      measures.add(new MeasureView(name, words(a.status().name()), a.status().name()
          .toLowerCase(Locale.ROOT).replace('_', '-'), words(a.decidedBy().name()), a.reasons(), svg,
          variation, variationSvg, assurance, assuranceSvg, target, notes));
      a.peer().ifPresent(pp -> peers.add(peerView(name, pp, peerNote)));
    }
    if (!peers.isEmpty() && !peerNote.isEmpty()) {
      illustrative.add("The peer panels: " + peerNote);
    }
    long illustrativeRecords = p.observations().entries().stream()
        .filter(o -> o.provenance().isIllustrative()).count();
    if (illustrativeRecords > 0) {
      illustrative.add(illustrativeRecords + " observations are illustrative");
    }
    return new ReportView(p.name() + " — board report, " + DAY.format(asOf), p.name(),
        DAY.format(asOf), summary, authorities, strategies, words(law.verdict().name()),
        law.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'), counts, findings, settled,
        annex,
        measures, peers, illustrative, List.copyOf(attributions));
  }

  /**
   * Writes the page.
   *
   * @param view what it shows
   * @return the HTML, not null
   */
  public static String render(ReportView view) {
    StringOutput out = new StringOutput(64 * 1024);
    ENGINE.render("report.jte", view, out);
    return out.toString();
  }

  private static AnnexRow annexRow(String name, WindowComparison w) {
    String pValue = w.test().map(t -> String.format(Locale.ROOT, "%.3f", t.pValue())).orElse("—");
    String significance = w.test().map(RateComparison::pValue).map(Wording::significance)
        .orElse("no test");
    if (w.smallNumbers()) {
      significance += " (small numbers: read with caution)";
    }
    return new AnnexRow(name, range(w.current()), whole(w.currentValue()), range(w.comparison()),
        whole(w.comparisonValue()), String.format(Locale.ROOT, "%+.0f", w.absoluteChange()),
        w.percentChange().isPresent() ? String.format(Locale.ROOT, "%+.1f%%",
            w.percentChange().getAsDouble()) : "—", pValue, significance);
  }

  private static String range(io.github.sscp.model.time.DateRange r) {
    return DAY.format(r.start()) + " to " + DAY.format(r.endExclusive().minusDays(1));
  }

  private static String whole(double d) {
    return Math.abs(d - Math.rint(d)) < 1e-9 ? String.format(Locale.ROOT, "%,.0f", d)
        : String.format(Locale.ROOT, "%,.1f", d);
  }

  private static PeerView peerView(String name, PeerPosition pp, String note) {
    List<PeerRowView> rows = new ArrayList<>();
    boolean percent = pp.method() == PeerMethod.PERCENT_CHANGE;
    for (PeerRow r : pp.rows()) {
      rows.add(new PeerRowView(r.rank(), r.id(), percent
          ? String.format(Locale.ROOT, "%+.1f%%", r.value())
          : String.format(Locale.ROOT, "%.1f per %,.0f", r.value(), pp.ratePer()),
          r.id().equals(pp.areaId())));
    }
    String method = percent ? "ranked on the change over the latest 12 months against the 12 before"
        + " (lowest first)" : "ranked on the rate";
    return new PeerView(name, method, rows, "rank " + pp.rank() + " of " + pp.rows().size() + "; "
        + words(pp.status().name()), note);
  }


  private static int order(Outcome o) {
    return switch (o) {
      case NOT_MET -> 0;
      case INSUFFICIENT_EVIDENCE -> 1;
      case ADVISORY -> 2;
      case MET -> 3;
      case NOT_APPLICABLE -> 4;
    };
  }

  private static String cssClass(Outcome o) {
    return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

}
