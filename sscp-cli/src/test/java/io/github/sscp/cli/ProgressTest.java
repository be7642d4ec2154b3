package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.data.ImportLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: rows read so far while an import runs, cleared at the end; or nothing. */
class ProgressTest {

  static String run(boolean enabled) {
    StringWriter err = new StringWriter();
    ImportLog log = ImportLog.lenient();
    String result = new Progress(new PrintWriter(err), enabled, 0, 5).during(log, () -> {
      for (int i = 0; i < 1500; i++) {
        log.read();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "done";
    });
    assertThat(result).isEqualTo("done");
    return err.toString();
  }

  @Test
  void onATerminalTheRowsReadAreShownThenCleared() {
    String err = run(true);
    assertThat(err).contains("\r  reading: 1,500 rows").endsWith(" ".repeat(40) + "\r");
  }

  @Test
  void elsewhereNothingIsWritten() {
    assertThat(run(false)).isEmpty();
  }

  @Test
  void nothingIsShownBeforeTheDelayAndNothingAfterTheWorkEnds() throws InterruptedException {
    StringWriter err = new StringWriter();
    ImportLog log = ImportLog.lenient();
    new Progress(new PrintWriter(err), true, 60_000, 5).during(log, () -> {
      log.read();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "quick";
    });
    // a quick import shows no count, only the clearing of the line
    assertThat(err.toString()).isEqualTo("\r" + " ".repeat(40) + "\r");
    StringWriter busy = new StringWriter();
    new Progress(new PrintWriter(busy), true, 0, 1).during(log, () -> {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "slow";
    });
    String atTheEnd = busy.toString();
    Thread.sleep(100);
    // the ticker has stopped: the line was cleared last and nothing follows
    assertThat(busy.toString()).isEqualTo(atTheEnd).endsWith(" ".repeat(40) + "\r");
  }
}
