package io.github.sscp.cli.report;

import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.board.Words;
import io.github.sscp.rules.kpi.spc.PointType;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Draws a Making Data Count XmR chart as SVG: the values, each group's mean and process limits,
 * a mark where the chart was rebased, the target, and each point coloured by its type —
 * improvement blue, concern orange, neutral purple, common cause grey — with special causes also
 * drawn as diamonds, so colour is never the only signal. The y axis has a title with its unit,
 * the x axis a label at the start of each year, and the key lists only what is drawn; limits
 * from fewer points than reliable limits need are marked as indicative.
 */
public final class SvgChart {

  static final double WIDTH = 720;
  static final double HEIGHT = 270;
  static final double LEFT = 74;
  static final double RIGHT = 16;
  static final double TOP = 22;
  static final double BOTTOM = 50;
  /** The fewest points of a group whose limits are not marked as indicative. */
  static final int RELIABLE = 13;

  private SvgChart() {}

  /**
   * Draws a chart.
   *
   * @param id a unique id for the chart's title and description, e.g. "chart-1"
   * @param measure the measure's name, for the title
   * @param unit what is counted, e.g. "offences", for the y axis
   * @param result the SPC result, with at least one point
   * @return the SVG element's text
   */
  public static String draw(String id, String measure, String unit, SpcResult result) {
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

    Svg svg = new Svg(WIDTH, HEIGHT, id, "SPC chart: " + measure, description(measure, result));
    svg.rect(LEFT, TOP, plotW, plotH, "plot");
    for (double tick : ticks(yMin, yMax)) {
      double ty = y.applyAsDouble(tick);
      svg.line(LEFT, ty, LEFT + plotW, ty, "grid");
      svg.text(LEFT - 6, ty + 4, "end", "axis", label(tick));
    }
    svg.verticalText(16, TOP + plotH / 2, "axis-title", yTitle(unit, points));
    // each group's mean and limits, drawn over the group's points only
    int start = 0;
    boolean limits = false;
    List<String> indicative = new ArrayList<>();
    for (SpcGroup g : result.groups()) {
      int end = Math.min(n, start + g.points());
      if (end - start >= 1) {
        double x1 = xs[start] - (end - start == 1 ? 4 : 0);
        double x2 = xs[end - 1] + (end - start == 1 ? 4 : 0);
        if (Double.isFinite(g.upperLimit())) {
          svg.line(x1, y.applyAsDouble(g.upperLimit()), x2, y.applyAsDouble(g.upperLimit()), "limit");
          svg.line(x1, y.applyAsDouble(g.lowerLimit()), x2, y.applyAsDouble(g.lowerLimit()), "limit");
          limits = true;
          if (g.points() < RELIABLE) {
            indicative.add(g.points() + "");
          }
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
    if (!indicative.isEmpty()) {
      svg.text(LEFT, TOP - 7, "start", "warn", "limits from " + String.join(" and ", indicative)
          + " points — indicative");
    }
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      ys[i] = y.applyAsDouble(points.get(i).value());
    }
    svg.polyline(xs, ys, "series");
    boolean special = false;
    for (int i = 0; i < n; i++) {
      SpcPoint p = points.get(i);
      String tip = p.period().map(Object::toString).orElse("point " + (i + 1)) + ": "
          + label(p.value()) + " — " + words(p.type());
      if (p.type() == PointType.COMMON_CAUSE) {
        svg.circle(xs[i], ys[i], 3, "pt " + cssClass(p.type()), tip);
      } else {
        special = true;
        svg.diamond(xs[i], ys[i], 5, "pt " + cssClass(p.type()), tip);
      }
    }
    double right = Double.NEGATIVE_INFINITY;
    for (int i : yearStarts(points, plotW)) {
      String text = yearLabel(points.get(i), i);
      double half = text.length() * 3.3;
      // centred under its point, kept inside the chart, never over the label before it
      double x = Math.min(Math.max(xs[i], half + 2), WIDTH - half - 2);
      if (x - half < right + 6) {
        continue;
      }
      svg.line(xs[i], TOP + plotH, xs[i], TOP + plotH + 4, "axis-tick");
      svg.text(x, TOP + plotH + 16, "middle", "axis", text);
      right = x + half;
    }
    List<String> key = new ArrayList<>();
    key.add("— mean");
    if (limits) {
      key.add("- - process limits");
    }
    if (target.isPresent()) {
      key.add("··· target");
    }
    if (special) {
      key.add("◆ special cause");
    }
    if (result.groups().size() > 1) {
      key.add("┊ rebased");
    }
    svg.text(LEFT, HEIGHT - 8, "start", "key", String.join("   ", key));
    return svg.close();
  }

  /** The y axis's title: what is counted, and per what, e.g. "offences per quarter". */
  static String yTitle(String unit, List<SpcPoint> points) {
    String per = points.get(points.size() - 1).period().map(SvgChart::per).orElse("");
    return unit + (per.isEmpty() ? "" : " per " + per);
  }

  private static String per(ReportingPeriod p) {
    return switch (p.months().size()) {
      case 1 -> "month";
      case 3 -> "quarter";
      case 12 -> "year";
      default -> "";
    };
  }

  /**
   * The points that start a year (April for financial periods, January for calendar ones), at
   * most one label for every 56 pixels; the first point when none does.
   */
  static List<Integer> yearStarts(List<SpcPoint> points, double width) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      ReportingPeriod p = points.get(i).period().orElse(null);
      if (p == null) {
        continue;
      }
      boolean financial = p.toString().contains("/");
      int month = p.start().getMonthValue();
      if (p.months().size() >= 12 || month == (financial ? 4 : 1)) {
        starts.add(i);
      }
    }
    if (starts.isEmpty()) {
      return List.of(0);
    }
    double gap = points.size() <= 1 ? width : width / (points.size() - 1);
    int every = 1;
    while (every * gap * yearLength(points) < 56 && every < points.size()) {
      every++;
    }
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k += every) {
      out.add(starts.get(k));
    }
    return out;
  }

  private static int yearLength(List<SpcPoint> points) {
    int months = points.get(0).period().map(p -> p.months().size()).orElse(12);
    return Math.max(1, 12 / Math.max(1, months));
  }

  private static String yearLabel(SpcPoint point, int i) {
    return point.period().map(p -> {
      String text = p.toString();
      if (text.contains("/")) {
        return text.split(" ")[0];
      }
      return Integer.toString(p.start().getYear());
    }).orElse("point " + (i + 1));
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
      if (last.points() < RELIABLE) {
        d.append(" (from ").append(last.points()).append(" points: indicative)");
      }
    }
    d.append(". Variation: ").append(Words.of(result.variation()));
    result.assurance().ifPresent(a -> d.append("; assurance: ").append(Words.of(a)));
    result.options().target().ifPresent(t -> d.append("; target ").append(label(t)));
    if (result.groups().size() > 1) {
      d.append(". Rebased ").append(result.groups().size() - 1 == 1 ? "once"
          : (result.groups().size() - 1) + " times");
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

  static String words(PointType type) {
    return switch (type) {
      case SPECIAL_CAUSE_IMPROVEMENT -> "special cause, improvement";
      case SPECIAL_CAUSE_CONCERN -> "special cause, concern";
      case SPECIAL_CAUSE_NEUTRAL_HIGH -> "special cause, high (neither better nor worse)";
      case SPECIAL_CAUSE_NEUTRAL_LOW -> "special cause, low (neither better nor worse)";
      case COMMON_CAUSE -> "common cause";
    };
  }

  /** A tick label: whole numbers with thousands separators, others to one decimal. */
  static String label(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.UK, "%,.0f", v);
    }
    return String.format(Locale.UK, "%,.1f", v);
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
