package io.github.sscp.cli;

import org.jspecify.annotations.Nullable;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.files.ImportWatch;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A progress line on stderr for imports that take more than two seconds, shown only when stderr
 * is a terminal: rows read so far, redrawn twice a second, cleared at the end.
 */
final class Progress implements ImportWatch {

  private final @Nullable PrintWriter err;
  private final boolean enabled;
  private final long delayMillis;
  private final long periodMillis;

  Progress(@Nullable PrintWriter err, boolean enabled) {
    this(err, enabled, 2000, 500);
  }

  Progress(@Nullable PrintWriter err, boolean enabled, long delayMillis, long periodMillis) {
    this.err = err;
    this.enabled = enabled;
    this.delayMillis = delayMillis;
    this.periodMillis = periodMillis;
  }

  /**
   * Shows progress when stderr is a terminal. Java 17 cannot ask that of stderr alone, so the
   * launchers say so in {@code SSCP_STDERR_TTY} (shell test {@code -t 2}); run without them, a
   * console (stdin and stdout both terminals) stands in.
   */
  @SuppressWarnings("SystemConsoleNull")  // Java 17: a console exists only on a terminal
  static Progress forTerminal(PrintWriter err) {
    String tty = System.getenv("SSCP_STDERR_TTY");
    // the line is redrawn with a carriage return: write it to the raw stream, not the escaping one
    return new Progress(Terminal.raw(err), tty != null ? tty.equals("1")
        : System.console() != null);
  }

  @Override
  public <T> T during(ImportLog log, Supplier<T> work) {
    PrintWriter err = this.err;
    if (!enabled || err == null) {
      return work.get();
    }
    Thread ticker = new Thread(() -> {
      try {
        Thread.sleep(delayMillis);
        while (!Thread.currentThread().isInterrupted()) {
          err.print(String.format(Locale.ROOT, "\r  reading: %,d rows", log.rowsReadSoFar()));
          err.flush();
          Thread.sleep(periodMillis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sscp-progress");
    ticker.setDaemon(true);
    ticker.start();
    try {
      return work.get();
    } finally {
      ticker.interrupt();
      try {
        ticker.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      err.print("\r" + " ".repeat(40) + "\r");
      err.flush();
    }
  }
}
