package io.github.sscp.cli.report;

import static io.github.sscp.cli.report.Wording.words;

import io.github.sscp.rules.kpi.spc.PointType;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Draws a Making Data Count XmR chart as SVG: the values, each group's mean and process limits,
 * a mark where the chart was rebased, the target, and each point coloured by its type —
 * improvement blue, concern orange, neutral purple, common cause grey — with special causes also
 * drawn as diamonds, so colour is never the only signal.
 */
public final class SvgChart {

  static final double WIDTH = 720;
  static final double HEIGHT = 260;
  static final double LEFT = 60;
  static final double RIGHT = 16;
  static final double TOP = 14;
  static final double BOTTOM = 44;

  private SvgChart() {}

  /**
   * Draws a chart.
   *
   * @param id a unique id for the chart's title and description, e.g. "chart-1"
   * @param measure the measure's name, for the title
   * @param result the SPC result, with at least one point
   * @return the SVG element's text
   */
  public static String draw(String id, String measure, SpcResult result) {
    List<SpcPoint> points = result.points();
    int n = points.size();
    if (n == 0) {
      throw new IllegalArgumentException("an SPC chart needs at least one point");
    }
    OptionalDouble target = result.options().target();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (SpcPoint p : points) {
      for (double v : new double[] {p.value(), p.lowerLimit(), p.upperLimit()}) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (target.isPresent()) {
      lo = Math.min(lo, target.getAsDouble());
      hi = Math.max(hi, target.getAsDouble());
    }
    if (!(hi - lo > Math.max(1e-9, Math.ulp(Math.max(Math.abs(lo), Math.abs(hi))) * 64))) {
      // a flat series: give it room, in proportion to its size (1 for small values)
      double room = Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)) * 0.05);
      lo -= room;
      hi += room;
    }
    double pad = (hi - lo) * 0.08;
    double yMin = lo - pad;
    double yMax = hi + pad;
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
    }
    java.util.function.DoubleUnaryOperator y = v -> TOP + plotH * (yMax - v) / (yMax - yMin);

    String description = description(measure, result);
    Svg svg = new Svg(WIDTH, HEIGHT, id, "SPC chart: " + measure, description);
    svg.rect(LEFT, TOP, plotW, plotH, "plot");
    for (double tick : ticks(yMin, yMax)) {
      double ty = y.applyAsDouble(tick);
      svg.line(LEFT, ty, LEFT + plotW, ty, "grid");
      svg.text(LEFT - 6, ty + 4, "end", "axis", label(tick));
    }
    // each group's mean and limits, drawn over the group's points only
    int start = 0;
    for (SpcGroup g : result.groups()) {
      int end = Math.min(n, start + g.points());
      if (end - start >= 1) {
        double x1 = xs[start] - (end - start == 1 ? 4 : 0);
        double x2 = xs[end - 1] + (end - start == 1 ? 4 : 0);
        if (Double.isFinite(g.upperLimit())) {
          svg.line(x1, y.applyAsDouble(g.upperLimit()), x2, y.applyAsDouble(g.upperLimit()), "limit");
          svg.line(x1, y.applyAsDouble(g.lowerLimit()), x2, y.applyAsDouble(g.lowerLimit()), "limit");
        }
        svg.line(x1, y.applyAsDouble(g.mean()), x2, y.applyAsDouble(g.mean()), "mean");
      }
      if (start > 0) {
        double rx = (xs[start - 1] + xs[start]) / 2;
        svg.line(rx, TOP, rx, TOP + plotH, "rebase");
        svg.text(rx + 3, TOP + 11, "start", "note", "rebased");
      }
      start = end;
    }
    if (target.isPresent()) {
      double ty = y.applyAsDouble(target.getAsDouble());
      svg.line(LEFT, ty, LEFT + plotW, ty, "target");
      svg.text(LEFT + plotW - 2, ty - 4, "end", "note", "target " + label(target.getAsDouble()));
    }
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      ys[i] = y.applyAsDouble(points.get(i).value());
    }
    svg.polyline(xs, ys, "series");
    for (int i = 0; i < n; i++) {
      SpcPoint p = points.get(i);
      String tip = p.period().map(Object::toString).orElse("point " + (i + 1)) + ": "
          + label(p.value()) + " — " + words(p.type().name());
      if (p.type() == PointType.COMMON_CAUSE) {
        svg.circle(xs[i], ys[i], 3, "pt " + cssClass(p.type()), tip);
      } else {
        svg.diamond(xs[i], ys[i], 5, "pt " + cssClass(p.type()), tip);
      }
    }
    // x labels: first, last, and each rebase
    svg.text(xs[0], HEIGHT - BOTTOM + 16, "start", "axis", periodLabel(points, 0));
    if (n > 1) {
      svg.text(xs[n - 1], HEIGHT - BOTTOM + 16, "end", "axis", periodLabel(points, n - 1));
    }
    svg.text(LEFT, HEIGHT - 8, "start", "key", "— mean   - - process limits   ··· target   ◆ special cause");
    return svg.close();
  }

  static String description(String measure, SpcResult result) {
    List<SpcPoint> points = result.points();
    StringBuilder d = new StringBuilder();
    d.append(measure).append(": ").append(points.size()).append(" points");
    points.get(0).period().ifPresent(p -> d.append(" from ").append(p));
    points.get(points.size() - 1).period().ifPresent(p -> d.append(" to ").append(p));
    SpcGroup last = result.groups().get(result.groups().size() - 1);
    d.append(". Latest group: mean ").append(label(last.mean()));
    if (Double.isFinite(last.lowerLimit())) {
      d.append(", process limits ").append(label(last.lowerLimit())).append(" to ")
          .append(label(last.upperLimit()));
    }
    d.append(". Variation: ").append(words(result.variation().name()));
    result.assurance().ifPresent(a -> d.append("; assurance: ").append(words(a.name())));
    if (result.groups().size() > 1) {
      d.append(". Rebased ").append(result.groups().size() - 1).append(" time(s)");
    }
    return d.append('.').toString();
  }

  static String cssClass(PointType type) {
    return switch (type) {
      case SPECIAL_CAUSE_IMPROVEMENT -> "improvement";
      case SPECIAL_CAUSE_CONCERN -> "concern";
      case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> "neutral";
      case COMMON_CAUSE -> "common";
    };
  }

  private static String periodLabel(List<SpcPoint> points, int i) {
    return points.get(i).period().map(Object::toString).orElse("point " + (i + 1));
  }

  /** A tick label: whole numbers plain, others to one decimal. */
  static String label(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** About five round ticks between the bounds. */
  static double[] ticks(double min, double max) {
    double raw = (max - min) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (raw <= m * mag) {
        step = m * mag;
        break;
      }
    }
    double first = Math.ceil(min / step) * step;
    int count = (int) Math.floor((max - first) / step) + 1;
    double[] out = new double[Math.max(0, Math.min(count, 12))];
    for (int i = 0; i < out.length; i++) {
      out[i] = first + i * step;
    }
    return out;
  }
}
