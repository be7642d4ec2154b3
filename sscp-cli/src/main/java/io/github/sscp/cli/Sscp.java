package io.github.sscp.cli;

import io.github.sscp.data.ImportException;
import io.github.sscp.json.SscpJsonException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The {@code sscp} command's entry point. Exit codes: 0 success; 1 the input was read but is
 * invalid, or the partnership has a duty not met; 2 a usage or I/O error.
 */
public final class Sscp {

  /** Success. */
  public static final int OK = 0;
  /** The input was read but is invalid, or a duty is not met. */
  public static final int INVALID = 1;
  /** A usage or I/O error. */
  public static final int USAGE = 2;

  private Sscp() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  private static PrintWriter utf8(java.io.OutputStream out) {
    return new PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
        true);
  }

  /** Today in England and Wales, the day a date-dependent command uses by default. */
  static java.time.LocalDate today() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
  }

  /**
   * Runs the command with the given output streams.
   *
   * @param args the arguments, not null
   * @param out where results go, not null
   * @param err where errors and progress go, not null
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Builds the command line with sscp's exit codes and error handling.
   *
   * @return the command line, not null
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SscpCommand());
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("sscp: " + e.getMessage());
      e.getCommandLine().usage(err);
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, command, parseResult) -> {
      PrintWriter err = command.getErr();
      boolean debug = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
          || parseResult.hasMatchedOption("--debug");
      int code;
      if (e instanceof CliException c) {
        err.println("sscp: " + c.getMessage());
        code = c.exitCode();
      } else if (e instanceof SscpJsonException j) {
        err.println("sscp: " + j.getMessage());
        code = INVALID;
      } else if (e instanceof ImportException i) {
        err.println("sscp: " + i.getMessage());
        code = INVALID;
      } else if (e instanceof UncheckedIOException io) {
        err.println("sscp: " + (io.getCause() == null ? io.getMessage() : io.getCause().getMessage()));
        code = USAGE;
      } else {
        err.println("sscp: unexpected error: " + e + (debug ? "" : " (run with --debug for details)"));
        code = USAGE;
      }
      if (debug) {
        e.printStackTrace(err);
      }
      return code;
    });
    return cl;
  }
}
