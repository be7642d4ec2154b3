package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Southampton board report in a real browser: Debian's Chromium driven through its
 * chromedriver by Selenium (nothing is downloaded). The first screen holds what needs the board's
 * attention and the matrix; nothing overflows sideways on a laptop or a phone; every chart is
 * drawn; printed to PDF it is at most eight A4 pages whose first holds the attention list and every
 * measure; axe-core finds no serious or critical accessibility problem.
 *
 * <p>Without the browser the test is skipped, saying how to install it, unless
 * {@code SSCP_REQUIRE_BROWSER} is set (as {@code .ci/run} sets it), when it fails. It leaves the
 * first screen, a chart and the PDF in {@code target/report-in-browser/} to look at.
 */
class ReportInBrowserTest {

  static final String CHROMIUM = System.getenv().getOrDefault("SSCP_CHROMIUM", "/usr/bin/chromium");
  static final String DRIVER = System.getenv().getOrDefault("SSCP_CHROMEDRIVER",
      "/usr/bin/chromedriver");
  static final Path OUT = Path.of("target", "report-in-browser");

  static ChromeDriver driver;
  static Path html;
  static io.github.sscp.rules.board.BoardPack pack;

  @BeforeAll
  static void open() throws IOException {
    boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
    if (!present) {
      String why = "Chromium or its driver is not installed (" + CHROMIUM + ", " + DRIVER + ");"
          + " to run this check: sudo apt-get install -y chromium chromium-driver fonts-dejavu-core";
      if (System.getenv("SSCP_REQUIRE_BROWSER") != null) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    Files.createDirectories(OUT);
    html = OUT.resolve("southampton-report.html");
    Run run = Run.of("report", "--example", "southampton", "--as-of", "2026-07-01", "--out",
        html.toString(), "--force");
    assertThat(run.code()).as(run.err()).isZero();
    Run json = Run.of("report", "--example", "southampton", "--as-of", "2026-07-01", "--format",
        "json");
    pack = io.github.sscp.json.SscpJson.standard().read(json.out().getBytes(
        java.nio.charset.StandardCharsets.UTF_8), io.github.sscp.json.Format.JSON,
        io.github.sscp.json.DocumentKind.BOARD_PACK);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // --no-sandbox: CI runs as root; the page is local and has no scripts of its own
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--window-size=1280,800", "--disable-background-networking", "--no-first-run");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER)).build();
    driver = new ChromeDriver(service, options);
    driver.get(html.toUri().toString());
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  static void viewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    // the window's outer size includes no chrome in headless mode; make the inner size exact
    Long inner = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;");
    if (inner != null && inner != height) {
      driver.manage().window().setSize(new Dimension(width, (int) (height + height - inner)));
    }
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
  }

  @Test
  void theFirstScreenHoldsTheAttentionListAndTheMatrix() throws IOException {
    viewport(1280, 800);
    Rectangle attention = driver.findElement(By.id("attention")).getRect();
    Rectangle matrix = driver.findElement(By.cssSelector("#matrix table")).getRect();
    assertThat(attention.getY() + attention.getHeight()).as("attention list bottom").isLessThanOrEqualTo(800);
    assertThat(matrix.getY() + matrix.getHeight()).as("matrix bottom").isLessThanOrEqualTo(800);
    List<WebElement> items = driver.findElements(By.cssSelector("#attention li"));
    assertThat(items).hasSize(pack.attention().size()).hasSizeBetween(1, 7);
    assertThat(driver.findElements(By.cssSelector("#matrix tbody tr th[scope=row]")))
        .hasSize(pack.rows().size());
    Files.write(OUT.resolve("first-screen.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void nothingOverflowsSidewaysOnALaptopOrAPhone() {
    for (int width : new int[] {1280, 390}) {
      viewport(width, 800);
      Long scroll = (Long) ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.scrollWidth;");
      Long client = (Long) ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.clientWidth;");
      assertThat(scroll).as("page width at %d px", width).isLessThanOrEqualTo(client);
    }
    viewport(1280, 800);
  }

  @Test
  void everyChartIsDrawn() throws IOException {
    viewport(1280, 800);
    List<WebElement> charts = driver.findElements(By.cssSelector("figure svg"));
    long withData = pack.rows().stream().filter(r -> r.assessment().spc()
        .map(s -> !s.points().isEmpty()).orElse(false)).count();
    assertThat(charts).hasSize((int) withData).hasSizeGreaterThanOrEqualTo(2);
    for (WebElement c : charts) {
      Rectangle r = c.getRect();
      assertThat(r.getWidth()).isPositive();
      assertThat(r.getHeight()).isPositive();
      assertThat(c.findElement(By.tagName("title")).getAttribute("textContent"))
          .startsWith("SPC chart: ");
    }
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", charts.get(0));
    Files.write(OUT.resolve("chart.png"), charts.get(0).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void itPrintsOnAtMostEightA4PagesWithTheAttentionListAndEveryMeasureOnPageOne()
      throws IOException {
    Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of(
        "preferCSSPageSize", true, "printBackground", true));
    byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
    Files.write(OUT.resolve("southampton-report.pdf"), bytes);
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      assertThat(doc.getNumberOfPages()).as("pages").isBetween(2, 8);
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(2f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(2f));
      }
      PDFTextStripper text = new PDFTextStripper();
      text.setStartPage(1);
      text.setEndPage(1);
      String first = text.getText(doc).replaceAll("\\s+", " ");
      assertThat(first).contains("For the board's attention").contains("Measures of success at a"
          + " glance");
      for (var item : pack.attention()) {
        String start = item.sentence().substring(0, Math.min(40, item.sentence().length()));
        assertThat(first).as("attention item on page 1").contains(start);
      }
      for (var row : pack.rows()) {
        assertThat(first).as("matrix row on page 1").contains(row.name());
      }
      text.setStartPage(doc.getNumberOfPages());
      text.setEndPage(doc.getNumberOfPages());
      assertThat(text.getText(doc)).contains("Page " + doc.getNumberOfPages() + " of "
          + doc.getNumberOfPages());
    }
  }

  @Test
  void axeFindsNoSeriousOrCriticalProblem() {
    viewport(1280, 800);
    Results results = new AxeBuilder().analyze(driver);
    List<String> serious = results.getViolations().stream()
        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
        .map(ReportInBrowserTest::describe).toList();
    assertThat(serious).as("axe-core's serious and critical violations").isEmpty();
    assertThat(results.getPasses()).isNotEmpty();
  }

  static String describe(Rule v) {
    return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — " + v.getNodes().stream()
        .limit(3).map(n -> String.valueOf(n.getTarget())).toList();
  }
}
