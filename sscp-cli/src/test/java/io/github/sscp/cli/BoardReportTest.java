package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The board report for Southampton as of 31 March 2026: well-formed (parsed by a strict XML
 * parser), self-contained, accessible, with its tables and one chart per measure with data, and
 * byte for byte the golden file ({@code -Dsscp.regenerate=true} rewrites it).
 */
class BoardReportTest {

  static final Path GOLDEN = Path.of("src/test/resources/io/github/sscp/cli/report/"
      + "southampton-2026-03-31.html");
  String html;
  Document dom;

  /**
   * Writes the report afresh for each test (not once for the class), so that a mutation tester
   * that runs one test sees the report its mutant writes.
   */
  @BeforeEach
  void write(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Run run = Run.of("report", "--example", "southampton", "--as-of", "2026-03-31", "--out",
        out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("wrote").contains("2 charts");
    html = Files.readString(out, StandardCharsets.UTF_8);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    dom = b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    if (Boolean.getBoolean("sscp.regenerate")) {
      Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
    }
  }

  NodeList nodes(String xpath) throws Exception {
    return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, dom,
        XPathConstants.NODESET);
  }

  @Test
  void itIsTheGoldenFile() throws IOException {
    assertThat(html).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void itHoldsTheComplianceTableTheAnnexTableAndOneChartPerMeasureWithData() throws Exception {
    // as of 31 March 2026: 2 not met, 18 insufficient evidence, 3 advisory; 10 met, 17 not applicable
    // (seven of them the Welsh regulations)
    assertThat(nodes("//section[@aria-labelledby='law']//tbody/tr").getLength()).isEqualTo(23);
    assertThat(nodes("//section[@aria-labelledby='settled']//tbody/tr").getLength()).isEqualTo(27);
    // the duty not met comes first, with its fix
    assertThat(nodes("//section[@aria-labelledby='law']//tbody/tr").item(0).getTextContent())
        .contains("Strategy to prevent and reduce serious violence").contains("not met")
        .contains("Record whether the strategy covers them");
    NodeList annex = nodes("//section[@aria-labelledby='annex']//tbody/tr");
    assertThat(annex.getLength()).isEqualTo(2);
    // 2025/26 against 2024/25 from the Home Office totals in the data's README
    assertThat(annex.item(0).getTextContent()).contains("Residential burglary").contains("933")
        .contains("863");
    assertThat(nodes("//figure/*[local-name()='svg']").getLength()).isEqualTo(2);
    assertThat(nodes("//section[@aria-labelledby='peers']//table").getLength()).isEqualTo(2);
    assertThat(nodes("//tr[@class='own']").getLength()).isEqualTo(2);
  }

  @Test
  void itIsAccessibleAndLabelsWhatIsIllustrative() throws Exception {
    assertThat(nodes("/html[@lang='en-GB']/head/title").getLength()).isEqualTo(1);
    assertThat(nodes("//h1").getLength()).isEqualTo(1);
    assertThat(nodes("//th[@scope]").getLength()).isGreaterThan(20);
    NodeList charts = nodes("//*[local-name()='svg']");
    for (int i = 0; i < charts.getLength(); i++) {
      org.w3c.dom.Element svg = (org.w3c.dom.Element) charts.item(i);
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(svg.getElementsByTagName("title").getLength()).isPositive();
      assertThat(svg.getElementsByTagName("desc").getLength()).isEqualTo(1);
    }
    // special causes are diamonds as well as coloured
    assertThat(html).contains("<polygon points=");
    assertThat(nodes("//aside[@class='illustrative']").getLength()).isEqualTo(1);
    assertThat(html).contains("was chosen for illustration");
  }

  @Test
  void itFetchesNothingWhenOpened() {
    Matcher m = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      assertThat(m.group(1)).as("a link that loads something").doesNotContain("//");
    }
    assertThat(html).doesNotContain("<script").doesNotContain("<link ").doesNotContain("@import")
        .doesNotContain("url(");
  }
}
