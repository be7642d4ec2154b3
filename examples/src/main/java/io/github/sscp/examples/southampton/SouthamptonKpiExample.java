package io.github.sscp.examples.southampton;

import io.github.sscp.data.files.DataFiles;
import io.github.sscp.data.files.DataImport;
import io.github.sscp.data.files.DataRequest;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.MeasureAssessments;
import io.github.sscp.rules.kpi.PartnershipAssessment;
import io.github.sscp.rules.kpi.peer.PeerPosition;
import io.github.sscp.rules.kpi.peer.PeerRow;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import io.github.sscp.rules.kpi.spc.SpcResult;
import io.github.sscp.rules.kpi.stats.RateComparison;
import io.github.sscp.rules.kpi.target.TargetAssessment;
import io.github.sscp.rules.kpi.window.WindowComparison;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints the KPI engine's verdicts for Southampton's residential burglary and theft of a motor
 * vehicle on real Home Office quarterly data, 2015/16 to 2025/26: the Annex-2 style table (the
 * latest four quarters against the four before, with the exact test and rate-ratio interval), the
 * SPC verdict of each (burglary rebased at 2017/18 Q1 from the measure's recorded April 2017
 * reclassification), the target rating and the position among the illustrative peer panel, ranked
 * on percentage change because no populations are cited. Run it with the README's KPI command.
 */
public final class SouthamptonKpiExample {

  /** The area's name in the peer panel. */
  static final String SOUTHAMPTON = "Southampton";

  private final PrintStream out;

  SouthamptonKpiExample(PrintStream out) {
    this.out = out;
  }

  /**
   * Assesses and prints the two measures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new SouthamptonKpiExample(System.out).print(assessments(SouthamptonSafeCityPartnership.build()));
  }

  /**
   * Assesses the two recorded-crime measures of success, with the peer panel's figures read from
   * the Home Office extract through the library (the partnership's comparator group names the
   * peers; the extract holds their series).
   *
   * @param p the partnership, not null
   * @return the assessments, burglary first, not null
   */
  static List<KpiAssessment> assessments(Partnership p) {
    MeasureAssessments all = PartnershipAssessment.of(withPeers(p)).assess();
    return List.of(all.of(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY).orElseThrow(),
        all.of(SouthamptonSafeCityPartnership.THEFT_OF_MOTOR_VEHICLE).orElseThrow());
  }

  /**
   * Joins the peer panel's figures from the Home Office extract to the partnership, as the
   * command's {@code --example} does.
   *
   * @param p the partnership, not null
   * @return the partnership with its peers' observations, not null
   */
  static Partnership withPeers(Partnership p) {
    try (InputStream in = SouthamptonRecordedCrime.class.getResourceAsStream(
        SouthamptonRecordedCrime.RESOURCE)) {
      DataImport peers = DataFiles.read(Objects.requireNonNull(in, "the extract"),
          SouthamptonRecordedCrime.RESOURCE, DataRequest.forPartnership(p));
      return peers.joinTo(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void print(List<KpiAssessment> assessments) {
    Partnership p = SouthamptonSafeCityPartnership.build();
    out.println("Southampton Safe City Partnership: key crime types, one verdict each");
    out.println("Police recorded crime, Home Office CSP open data (real figures). Contains public sector"
        + " information licensed under the Open Government Licence v3.0.");
    out.println();
    WindowComparison first = assessments.get(0).rolling12().orElseThrow();
    out.println("Annex 2: the latest four quarters (" + quarters(first.current())
        + ") against the four before (" + quarters(first.comparison()) + ")");
    int width = assessments.stream().mapToInt(a -> name(p, a.measureId()).length()).max().orElse(10);
    String row = "%-" + width + "s %9s %9s %7s %9s %8s  %s%n";
    out.printf(Locale.ROOT, row, "Crime type", "Previous", "Latest", "Change", "% change", "Exact p",
        "Rate ratio (95% CI)");
    for (KpiAssessment a : assessments) {
      WindowComparison w = a.rolling12().orElseThrow();
      RateComparison t = w.test().orElseThrow();
      out.printf(Locale.ROOT, row, name(p, a.measureId()), String.format(Locale.ROOT, "%,d",
          (long) w.comparisonValue()), String.format(Locale.ROOT, "%,d", (long) w.currentValue()),
          String.format(Locale.ROOT, "%+d", (long) w.absoluteChange()),
          String.format(Locale.ROOT, "%+.1f%%", w.percentChange().orElse(Double.NaN)), p(t.pValue()),
          String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", t.rateRatio(), t.ratioLower(),
              t.ratioUpper()));
    }
    out.println("Exact p: R's poisson.test on the two counts (equal exposure); a p-value of 0.05 or"
        + " more means the change is within chance.");
    for (KpiAssessment a : assessments) {
      out.println();
      printMeasure(p, a);
    }
  }

  private void printMeasure(Partnership p, KpiAssessment a) {
    out.println(name(p, a.measureId()) + ": " + a.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " (decided by " + a.decidedBy().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    a.reasons().forEach(r -> out.println("  " + r));
    SpcResult spc = a.spc().orElseThrow();
    for (SpcGroup g : spc.groups()) {
      out.printf(Locale.ROOT, "  SPC group %d, %s to %s: %d quarters, mean %.1f, limits %.1f to %.1f%s%n",
          g.index() + 1, g.first().map(Object::toString).orElse("?"),
          g.last().map(Object::toString).orElse("?"), g.points(), g.mean(), g.lowerLimit(),
          g.upperLimit(), g.shortGroup() ? " (short: limits unreliable)" : "");
    }
    List<String> recent = new ArrayList<>();
    List<SpcPoint> points = spc.points();
    for (SpcPoint pt : points.subList(Math.max(0, points.size() - 8), points.size())) {
      recent.add(pt.period().map(ReportingPeriod::toString).orElse("?") + " "
          + String.format(Locale.ROOT, "%.0f", pt.value()) + " " + pt.label().text());
    }
    out.println("  the latest eight quarters: " + String.join("; ", recent));
    spc.warnings().forEach(w -> out.println("  SPC warning: " + w));
    a.baseline().ifPresent(b -> out.printf(Locale.ROOT,
        "  against the baseline %s (%,d): the latest four quarters %,d, %+.1f%%%n",
        quarters(b.comparison()), (long) b.comparisonValue(), (long) b.currentValue(),
        b.percentChange().orElse(Double.NaN)));
    a.target().ifPresent(t -> out.println("  target: " + target(t)));
    a.peer().ifPresent(this::printPeers);
    a.notRun().forEach((part, why) -> out.println("  " + part.name().toLowerCase(Locale.ROOT)
        .replace('_', ' ') + " not shown: " + why));
  }

  private static String target(TargetAssessment t) {
    return t.rating().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " against "
        + t.target().type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + t.target().value().map(v -> " " + v.toPlainString()).orElse("") + " by " + t.target().by()
        + " (illustrative target): " + t.reason();
  }

  private void printPeers(PeerPosition peer) {
    out.println("  peers (illustrative panel, ranked on % change as no populations are cited):"
        + " Southampton is " + peer.rank() + " of " + peer.of() + ", 1 = the largest fall");
    for (PeerRow r : peer.rows()) {
      out.printf(Locale.ROOT, "    %d. %-16s %+6.1f%%%n", r.rank(), r.id(), r.value());
    }
  }

  private static String quarters(io.github.sscp.model.time.DateRange days) {
    Quarter first = Quarter.from(days.start());
    Quarter last = Quarter.from(days.endExclusive().minusDays(1));
    return first.equals(last) ? first.toString() : first + " to " + last;
  }

  private static String name(Partnership p, String measureId) {
    return p.measure(measureId).map(MeasureDefinition::name).orElse(measureId);
  }

  private static String p(double p) {
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }
}
