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
}
