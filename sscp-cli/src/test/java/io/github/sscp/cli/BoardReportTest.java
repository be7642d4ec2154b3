package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.json.Format;
import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.testkit.PartnershipRecipes;
import io.github.sscp.testkit.PartnershipSize;
import io.github.sscp.testkit.SscpSamples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The board report, read section by section as a strict XML parser and XPath see it: for
 * Southampton as of 1 July 2026 (data to 31 March 2026), and the same structural checks on
 * generated partnerships in Wales and in a two-tier area, so that nothing Southampton-specific is
 * built in. Southampton's page is also byte for byte the golden file. The test never writes the
 * golden file; after a deliberate change, write it with {@code ./sscp report --example southampton
 * --as-of 2026-07-01 --force --out
 * sscp-cli/src/test/resources/io/github/sscp/cli/report/southampton-2026-07-01.html} and review
 * the difference.
 */
class BoardReportTest {

  static final Path GOLDEN = Path.of("src/test/resources/io/github/sscp/cli/report/"
      + "southampton-2026-07-01.html");
  /** Words for machines: enum names, rule ids, field paths, unrounded figures. */
  static final Pattern MACHINE = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b"
      + "|\\b(?:CDA98|SI2007|WSI20\\d\\d|PJA06|PRSRA11|DVCVA04|ASBCPA14|PCSC22|DHR)-"
      + "|\\[\\d+\\]|p = <|\\d\\.\\d{3,}%");

  @TempDir
  Path dir;

  record Page(String html, Document dom, String err) {
    NodeList nodes(String xpath) throws Exception {
      return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, dom,
          XPathConstants.NODESET);
    }

    String text(String xpath) throws Exception {
      NodeList n = nodes(xpath);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n.getLength(); i++) {
        s.append(n.item(i).getTextContent()).append('\n');
      }
      return s.toString();
    }
  }

  Page report(String... args) throws Exception {
    Path out = dir.resolve("report-" + System.nanoTime() + ".html");
    List<String> all = new ArrayList<>(List.of("report"));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", out.toString()));
    Run run = Run.of(all.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return new Page(html, b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))),
        run.err());
  }

  Page southampton() throws Exception {
    return report("--example", "southampton", "--as-of", "2026-07-01");
  }

  @Test
  void itIsTheGoldenFile() throws Exception {
    assertThat(southampton().html()).as("the report changed: review it, then write the golden file"
        + " as this class's comment says").isEqualTo(Files.readString(GOLDEN,
            StandardCharsets.UTF_8));
  }

  @Test
  void pageOneSaysWhatNeedsAttentionAndShowsTheMatrix() throws Exception {
    Page p = southampton();
    assertThat(p.err()).contains("6 items for attention, 5 measures, 3 charts");
    assertThat(p.text("//h1")).isEqualTo("Southampton Safe City Partnership\n");
    assertThat(p.text("//header//p[@class='dates']"))
        .isEqualTo("Data to 31 March 2026 · law as of 1 July 2026\n");
    NodeList items = p.nodes("//section[@id='attention']//li");
    assertThat(items.getLength()).isEqualTo(6);
    assertThat(items.item(0).getTextContent()).startsWith("Residential burglary offences is worse"
        + " than its peers by more than chance: 5th of 6 on rate per 1,000 residents (3.76 against"
        + " their 2.66)");
    assertThat(items.item(2).getTextContent()).isEqualTo("A duty not met — strategy to prevent and"
        + " reduce serious violence: Safe City Strategy 2022-27 lists strands (a), (b) and (c).");
    assertThat(items.item(4).getTextContent()).isEqualTo("Three actions are past their due date"
        + " (due between 31 December 2024 and 31 March 2025), all owned by Southampton City"
        + " Council.");
    // the matrix: five measures under two priorities, burglary's row in full
    assertThat(p.nodes("//table[@class='matrix']/tbody").getLength()).isEqualTo(2);
    assertThat(p.text("//table[@class='matrix']//th[@class='group']"))
        .isEqualTo("Keeping People safe from harm\nCreating Safe and Strong Communities\n");
    NodeList rows = p.nodes("//table[@class='matrix']//tr[th[@scope='row']]");
    assertThat(rows.getLength()).isEqualTo(5);
    String burglary = rows.item(2).getTextContent();
    assertThat(burglary).contains("Residential burglary offences").contains("933")
        .contains("2025/26").contains("3.76").contains("up 8.1%").contains("p = 0.10, within chance")
        .contains("amber").contains("special cause improvement (low)")
        .contains("may or may not meet the target").contains("5th of 6")
        .contains("above the funnel's 99.8% limit");
    assertThat(rows.item(0).getTextContent()).contains("no data");
    assertThat(rows.item(4).getTextContent()).contains("Anti-social behaviour incidents")
        .contains("299").contains("not rated");
  }

  @Test
  void everySeedConceptAppears() throws Exception {
    Page p = southampton();
    String strategy = p.text("//section[@id='strategy']");
    assertThat(p.text("//section[@id='strategy']/h2")).contains("Safe City Strategy 2022-27");
    assertThat(p.nodes("//section[@id='strategy']/h3[.='Priorities']/following-sibling::ol[1]/li")
        .getLength()).isEqualTo(3);
    assertThat(strategy).contains("Keeping People safe from harm").contains("Tackling Violent Crime")
        .contains("Tackling Theft").contains("Tackling anti-social behaviour")
        .contains("Obsession: Violent crime").contains("What needs to be done")
        .contains("How we will do it").contains("Rob Henderson").contains("Cllr Lambert")
        .contains("29 January 2024").contains("full review").contains("2026/27")
        .contains("Responsible authorities:").contains("Other partners:");
    assertThat(p.nodes("//article[@class='focus']").getLength()).isGreaterThanOrEqualTo(3);
    assertThat(p.text("//section[@id='money']")).contains("£1,100,000").contains("Safer Streets 5")
        .contains("UKSPF").contains("Young Peoples Service");
    assertThat(p.text("//section[@id='risks']")).contains("Community Safety Partnership");
    assertThat(p.text("//section[@id='actions']")).contains("(overdue)");
    assertThat(p.text("//section[@id='changes']")).contains("Rob Henderson");
    // each measure's section: the reading, the figures, and a chart with both icons
    assertThat(p.nodes("//div[@class='measure']").getLength()).isEqualTo(5);
    assertThat(p.nodes("//figure/*[local-name()='svg']").getLength()).isEqualTo(3);
    String burglary = p.text("//div[@id='measure-residential-burglary']");
    assertThat(burglary).contains("Variation: special cause improvement (low)")
        .contains("Assurance: may or may not meet the target").contains("offences per quarter")
        .contains("target 224.2").contains("limits from 8 points — indicative")
        .contains("Plymouth").contains("583 to 742");
    assertThat(p.text("//div[@id='measure-serious-youth-violence-offences']"))
        .contains("To fill it: Add a CSV of serious youth violence offences");
  }

  @Test
  void theLawIsSplitByWhoOwesIt() throws Exception {
    Page p = southampton();
    String law = p.text("//section[@id='law']");
    assertThat(p.text("//section[@id='law']/h2")).isEqualTo("The law on 1 July 2026 (England)\n");
    assertThat(law).contains("not compliant: 2 of the partnership's own duties are not met");
    // our duties first, the one not met with its fix; others' duties by holder, by name
    assertThat(p.text("//section[@id='law']/div[@class='finding'][1]"))
        .contains("Strategy to prevent and reduce serious violence").contains("To satisfy it:");
    assertThat(p.text("//section[@id='law']/h4")).contains("The council (Southampton City Council)")
        .contains("The local policing body (Office of the Police and Crime Commissioner)");
    assertThat(p.nodes("//section[@id='law']/h3[.='Met']/following-sibling::ul[1]/li")
        .getLength()).isEqualTo(10);
    assertThat(p.nodes("//section[@id='law']/h3[.='Not applicable']/following-sibling::ul[1]/li")
        .getLength()).isEqualTo(17);
    // the annex: every measure with data, the one too short for the comparison saying so
    NodeList annex = p.nodes("//section[@id='annex']//tbody/tr");
    assertThat(annex.getLength()).isEqualTo(3);
    assertThat(annex.item(0).getTextContent()).contains("Residential burglary").contains("933")
        .contains("863").contains("+8.1%").contains("p = 0.10");
    assertThat(annex.item(2).getTextContent()).contains("not compared");
  }

  @Test
  void theSameStructureHoldsForWelshAndTwoTierPartnerships() throws Exception {
    List<Partnership> samples = SscpSamples.of(PartnershipRecipes.partnership(
        PartnershipSize.typical()), 20261206L, 40);
    Partnership welsh = samples.stream().filter(x -> x.nation() == Nation.WALES).findFirst()
        .orElseThrow();
    Partnership twoTier = samples.stream().filter(x -> x.structure()
        == LocalGovernmentStructure.TWO_TIER_DISTRICT).findFirst().orElseThrow();
    for (Partnership generated : List.of(welsh, twoTier)) {
      // the generated data files are names only: the partnership's own observations are the data
      Partnership partnership = generated.withDataFiles(List.of());
      Path file = dir.resolve(partnership.id() + ".yaml");
      SscpJson.standard().write(partnership, Format.YAML, file);
      Page p = report(file.toString(), "--as-of", "2026-07-01");
      Run json = Run.of("report", file.toString(), "--as-of", "2026-07-01", "--format", "json");
      var pack = SscpJson.standard().read(json.out().getBytes(StandardCharsets.UTF_8), Format.JSON,
          io.github.sscp.json.DocumentKind.BOARD_PACK);
      assertThat(pack.rows()).isNotEmpty();
      checkStructure(p, pack.rows().size());
      assertThat(p.nodes("//section[@id='attention']//li").getLength())
          .isEqualTo(Math.min(7, pack.attention().size()));
      assertThat(p.text("//section[@id='law']/h2")).contains(partnership.nation() == Nation.WALES
          ? "(Wales)" : "(England)");
    }
  }

  @Test
  void southamptonsPageHasTheSameStructure() throws Exception {
    checkStructure(southampton(), 5);
  }

  /** What every report has, whoever it is for. */
  static void checkStructure(Page p, int measures) throws Exception {
    assertThat(p.nodes("/html[@lang='en-GB']/head/title").getLength()).isEqualTo(1);
    assertThat(p.nodes("//h1").getLength()).isEqualTo(1);
    assertThat(p.nodes("//section[@id='attention']").getLength()).isEqualTo(1);
    assertThat(p.nodes("//section[@id='attention']//li").getLength()).isBetween(0, 7);
    assertThat(p.nodes("//table[@class='matrix']//tr[th[@scope='row']]").getLength())
        .isEqualTo(measures);
    // every link on the page leads somewhere on it
    NodeList links = p.nodes("//a[starts-with(@href, '#')]");
    for (int i = 0; i < links.getLength(); i++) {
      String target = ((Element) links.item(i)).getAttribute("href").substring(1);
      assertThat(p.nodes("//*[@id='" + target + "']").getLength()).as("#%s", target).isEqualTo(1);
    }
    // ids are unique
    NodeList ids = p.nodes("//*[@id]");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < ids.getLength(); i++) {
      assertThat(seen.add(((Element) ids.item(i)).getAttribute("id"))).isTrue();
    }
    // every chart is an accessible image
    NodeList charts = p.nodes("//*[local-name()='svg']");
    for (int i = 0; i < charts.getLength(); i++) {
      Element svg = (Element) charts.item(i);
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(svg.getElementsByTagName("title").getLength()).isPositive();
      assertThat(svg.getElementsByTagName("desc").getLength()).isEqualTo(1);
    }
    // words for people: no enum names, rule ids, field paths or unrounded figures in the text
    String visible = p.text("//body//text()[not(ancestor::*[local-name()='svg'])]");
    List<String> machine = MACHINE.matcher(visible).results().map(r -> r.group()).toList();
    assertThat(machine).as("machine words on the page").isEmpty();
    // it fetches nothing when opened
    Matcher links2 = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(p.html());
    while (links2.find()) {
      assertThat(links2.group(1)).as("a link that loads something").doesNotContain("//");
    }
    assertThat(p.html()).doesNotContain("<script").doesNotContain("<link ").doesNotContain("url(");
  }
}
