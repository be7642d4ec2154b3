package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a real browser draws it: {@code scripts/screenshot-report.sh} renders it in
 * headless Chromium. Skipped, saying why, on machines without Chromium (CI installs nothing).
 */
class ReportScreenshotTest {

  @TempDir
  Path dir;

  static boolean chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "chromium-headless-shell"))
          || Files.isExecutable(Path.of(dir, "chromium"))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void chromiumDrawsTheReport() throws IOException, InterruptedException {
    assumeTrue(chromium(), "headless Chromium is not installed; to run this check: sudo apt-get"
        + " install -y --no-install-recommends chromium-headless-shell fonts-dejavu-core");
    Path html = dir.resolve("report.html");
    Path png = dir.resolve("report.png");
    assertThat(Run.of("report", "--example", "southampton", "--as-of", "2026-03-31", "--out",
        html.toString()).code()).isZero();
    Process p = new ProcessBuilder("sh", "../scripts/screenshot-report.sh", html.toString(),
        png.toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String log = new String(p.getInputStream().readAllBytes());
    assertThat(p.exitValue()).as(log).isZero();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
    assertThat(header.getInt()).isEqualTo(1280);
    // a page of text, tables and charts, not a blank or error page
    assertThat(bytes.length).isGreaterThan(100_000);
  }
}
