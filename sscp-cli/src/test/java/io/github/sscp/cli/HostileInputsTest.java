package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's hostile-input corpus, every case run in a child JVM whose heap is 256 MB: each
 * exits as expected with a message naming the place, and none gives a stack trace, an "unexpected
 * error", an escape code on the terminal or a heap overflow. The corpus is written by
 * {@code scripts/make-hostile-corpus.py}.
 */
class HostileInputsTest {

  static final Path CORPUS = Path.of("src/test/resources/io/github/sscp/cli/hostile");

  @TempDir
  Path scratch;

  @Test
  void everyCaseExitsAsExpectedWithin256Megabytes() throws Exception {
    assertThat(HostileInputs.cases(CORPUS.resolve("cases.tsv"))).hasSizeGreaterThanOrEqualTo(150);
    Path log = scratch.resolve("corpus.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process run = new ProcessBuilder(List.of(java.toString(), "-Xmx256m",
        "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        HostileInputs.class.getName(), CORPUS.resolve("cases.tsv").toString(), CORPUS.toString(),
        scratch.resolve("cases").toString(),
        Path.of("../examples/southampton/southampton-safe-city-partnership.yaml").toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = run.waitFor(15, TimeUnit.MINUTES);
    if (!ended) {
      run.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    String totals = out.lines().filter(l -> l.startsWith("TOTAL")).findFirst().orElse("no totals");
    System.out.println("hostile corpus: " + totals);
    assertThat(ended).as("the corpus ran within 15 minutes").isTrue();
    assertThat(out.lines().filter(l -> l.startsWith("FAIL"))).as(out).isEmpty();
    assertThat(run.exitValue()).as(out).isZero();
    assertThat(totals).contains("failed 0");
    assertThat(out.lines().filter(l -> l.startsWith("OK "))).hasSize(
        HostileInputs.cases(CORPUS.resolve("cases.tsv")).size());
  }
}
