package io.github.sscp.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.spc.ImprovementDirection;
import io.github.sscp.rules.kpi.spc.Spc;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The SVG writer: deterministic numbers, escaped text, well-formed charts for awkward series. */
class SvgChartTest {

  static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static SpcResult spc(double[] values, SpcOptions options) {
    List<SeriesPoint> points = new ArrayList<>();
    CalendarMonth m = CalendarMonth.of(2024, 1);
    for (double v : values) {
      points.add(SeriesPoint.of(m, v));
      m = m.plusMonths(1);
    }
    return Spc.analyse(points, options);
  }

  @Test
  void numbersHaveAtMostOneDecimalAndNoExponentOrNegativeZero() {
    assertThat(Svg.num(12)).isEqualTo("12");
    assertThat(Svg.num(12.04)).isEqualTo("12");
    assertThat(Svg.num(12.06)).isEqualTo("12.1");
    assertThat(Svg.num(-0.04)).isEqualTo("0");
    assertThat(Svg.num(-3.25)).isEqualTo("-3.2");
    assertThat(Svg.num(1.0e7)).isEqualTo("10000000");
    assertThatThrownBy(() -> Svg.num(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Svg.escape("<a & \"b\" 'c'>")).isEqualTo("&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;");
  }

  @Test
  void ticksAreRoundAndInsideTheRange() {
    assertThat(SvgChart.ticks(0, 100)).containsExactly(0, 20, 40, 60, 80, 100);
    assertThat(SvgChart.ticks(3, 27)).containsExactly(5, 10, 15, 20, 25);
    double[] small = SvgChart.ticks(0.1, 0.9);
    assertThat(small).hasSizeBetween(4, 9);
    for (double t : small) {
      assertThat(t).isBetween(0.1, 0.9);
    }
    assertThat(SvgChart.label(896.8)).isEqualTo("896.8");
    assertThat(SvgChart.label(933)).isEqualTo("933");
  }

  @Test
  void aChartIsWellFormedWithItsTitleDescriptionAndOnePointPerValue() throws Exception {
    double[] values = {10, 11, 9, 10, 12, 10, 11, 9, 10, 11, 10, 9, 30};
    String svg = SvgChart.draw("c1", "Burglary <residential>", "offences", spc(values,
        SpcOptions.builder().improvement(ImprovementDirection.DECREASE).target(12).build()));
    Document d = parse(svg);
    assertThat(d.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("SPC chart: Burglary <residential>");
    assertThat(d.getElementsByTagName("desc").item(0).getTextContent())
        .startsWith("Burglary <residential>: 13 points from 2024-01 to 2025-01.")
        .contains("Variation: special cause of concern (high)")
        .doesNotContain("indicative").contains("target 12");
    int circles = d.getElementsByTagName("circle").getLength();
    int diamonds = d.getElementsByTagName("polygon").getLength();
    assertThat(circles + diamonds).isEqualTo(values.length);
    assertThat(svg).contains("class=\"pt concern\"").contains("class=\"target\"")
        .contains("target 12")
        // the y axis says what is counted, per what; each January is labelled
        .contains(">offences per month</text>").contains(">2024</text>").contains(">2025</text>")
        // the key lists what is drawn; 13 points give reliable limits
        .contains("— mean   - - process limits   ··· target   ◆ special cause<")
        .doesNotContain("indicative");
    assertThat(SvgChart.draw("c1", "Burglary <residential>", "offences", spc(values,
        SpcOptions.builder().improvement(ImprovementDirection.DECREASE).target(12).build())))
        .isEqualTo(svg);
  }

  @Test
  void aFlatSeriesAndARebasedOneStillDraw() throws Exception {
    String flat = SvgChart.draw("f", "Flat", "incidents", spc(new double[] {5, 5, 5, 5}, SpcOptions.DEFAULT));
    assertThat(parse(flat).getElementsByTagName("circle").getLength()).isEqualTo(4);
    // a flat series of very large values: the axis still has a span, every coordinate is finite
    String huge = SvgChart.draw("h", "Huge", "offences", spc(new double[] {1e17, 1e17, 1e17, 1e17},
        SpcOptions.DEFAULT));
    assertThat(parse(huge).getElementsByTagName("circle").getLength()).isEqualTo(4);
    assertThat(huge).doesNotContain("NaN").doesNotContain("Infinity");
    String rebased = SvgChart.draw("r", "Rebased", "offences", spc(new double[] {1, 2, 1, 2, 9, 8, 9, 8},
        SpcOptions.builder().addRebaseAtPositions(4).build()));
    assertThat(rebased).contains("class=\"rebase\"").contains(">rebased<");
    assertThat(SvgChart.description("Rebased", spc(new double[] {1, 2, 1, 2, 9, 8, 9, 8},
        SpcOptions.builder().addRebaseAtPositions(4).build()))).contains("Rebased once");
    // nothing drawn that the key would name: no target, no special cause, no rebase
    // a flat series has no spread, so no limits; the key names only the mean
    assertThat(flat).contains(">— mean<").doesNotContain("limit").doesNotContain("target")
        .doesNotContain("special cause<");
    assertThat(rebased).contains("limits from 4 and 4 points — indicative")
        .contains(">— mean   - - process limits   ┊ rebased<");
  }

  /**
   * Coordinates worked by hand. The plot is 630 wide from x = 74 and 198 high from y = 22. Three
   * points of 10 have no spread: the axis is widened by 1 each way (5% of 10 is less than 1), then
   * padded by 8% of its span, so it runs from 8.84 to 11.16 and 10 sits at 22 + 198 × 1.16/2.32
   * = 121; the points sit at x = 74, 389 and 704.
   */
  @Test
  void aFlatSeriesSitsMidwayOnAnAxisWidenedInProportion() {
    String small = SvgChart.draw("s", "Flat", "incidents", spc(new double[] {10, 10, 10},
        SpcOptions.DEFAULT));
    assertThat(small).contains("<circle cx=\"74\" cy=\"121\"").contains("<circle cx=\"389\" cy=\"121\"")
        .contains("<circle cx=\"704\" cy=\"121\"");
    // 100 flat: widened by 5 each way, 94.2 to 105.8 after padding; ticks every 2.5, 95 to 105
    String large = SvgChart.draw("l", "Flat", "incidents", spc(new double[] {100, 100, 100},
        SpcOptions.DEFAULT));
    assertThat(large).contains(">95</text>").contains(">97.5</text>").contains(">105</text>")
        .doesNotContain(">92.5</text>").doesNotContain(">107.5</text>");
  }

  /**
   * One point stands in the middle (x = 74 + 630/2 = 389), and a group of one point has its mean
   * drawn 4 either side of it. Five points rebased at the fifth: x = 74 + 157.5 i, so the last
   * group's mean runs from 700 to 708 and the rebase mark is midway between 546.5 and 704.
   */
  @Test
  void aSinglePointAndAGroupOfOneAreDrawnAtTheirPlace() {
    String one = SvgChart.draw("o", "One", "incidents", spc(new double[] {10}, SpcOptions.DEFAULT));
    assertThat(one).contains("<circle cx=\"389\" cy=\"121\"")
        .contains("<line x1=\"385\" y1=\"121\" x2=\"393\" y2=\"121\" class=\"mean\"/>");
    String rebased = SvgChart.draw("r", "Rebased", "incidents", spc(new double[] {1, 2, 1, 2, 9},
        SpcOptions.builder().addRebaseAtPositions(4).build()));
    assertThat(rebased).containsPattern("<line x1=\"700\" y1=\"[0-9.]+\" x2=\"708\" y2=\"[0-9.]+\""
        + " class=\"mean\"/>");
    assertThat(rebased).contains("<line x1=\"625.3\" y1=\"22\" x2=\"625.3\" y2=\"220\""
        + " class=\"rebase\"/>");
    // the first group's mean, 1.5, runs from the first point to the fourth
    assertThat(rebased).containsPattern("<line x1=\"74\" y1=\"[0-9.]+\" x2=\"546.5\""
        + " y2=\"[0-9.]+\" class=\"mean\"/>");
  }

  /**
   * Years are labelled where they start: 36 months from January 2024 put 2025 at point 12, x = 74 +
   * 630 × 12/35 = 290, and 2026 at point 24, x = 506. Sixty quarters leave 630/59 = 10.7 between
   * points, 42.7 a year, less than the 56 a label needs: every other financial year is labelled.
   */
  @Test
  void yearsAreLabelledWhereTheyStartAndThinnedWhenCrowded() {
    double[] months = new double[36];
    java.util.Arrays.fill(months, 10);
    months[5] = 12;
    String monthly = SvgChart.draw("m", "Monthly", "incidents", spc(months, SpcOptions.DEFAULT));
    assertThat(monthly).contains("<text x=\"74\" y=\"236\" text-anchor=\"middle\" class=\"axis\">2024</text>")
        .contains("<text x=\"290\" y=\"236\" text-anchor=\"middle\" class=\"axis\">2025</text>")
        .contains("<text x=\"506\" y=\"236\" text-anchor=\"middle\" class=\"axis\">2026</text>");
    List<SeriesPoint> quarters = new ArrayList<>();
    io.github.sscp.model.time.ReportingPeriod q = io.github.sscp.model.time.ReportingPeriod
        .parse("2010/11 Q1");
    for (int i = 0; i < 60; i++) {
      quarters.add(SeriesPoint.of(q, 100 + i % 7));
      q = io.github.sscp.model.time.ReportingPeriod.parse(next(q.toString()));
    }
    String quarterly = SvgChart.draw("q", "Quarterly", "offences", Spc.analyse(quarters,
        SpcOptions.DEFAULT));
    assertThat(quarterly).contains(">2010/11</text>").contains(">2012/13</text>")
        .contains(">2024/25</text>").doesNotContain(">2011/12</text>")
        .doesNotContain(">2013/14</text>");
  }

  private static String next(String quarter) {
    int year = Integer.parseInt(quarter.substring(0, 4));
    int n = quarter.charAt(quarter.length() - 1) - '0';
    return n == 4 ? (year + 1) + "/" + String.format("%02d", (year + 2) % 100) + " Q1"
        : quarter.substring(0, quarter.length() - 1) + (n + 1);
  }
}
