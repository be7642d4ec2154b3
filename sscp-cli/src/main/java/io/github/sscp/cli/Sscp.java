package io.github.sscp.cli;

import io.github.sscp.data.ImportException;
import io.github.sscp.data.files.DataFitException;
import io.github.sscp.json.SscpJsonException;
import io.github.sscp.model.base.SscpException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

  private static final ThreadLocal<InputStream> STDIN = new ThreadLocal<>();

  private Sscp() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, utf8(System.out), utf8(System.err)));
  }

  private static PrintWriter utf8(java.io.OutputStream out) {
    return new PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
        true);
  }

  /** Today in England and Wales, the day a date-dependent command uses by default. */
  static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Europe/London"));
  }

  /** The standard input of the run in progress on this thread. */
  static InputStream stdin() {
    InputStream in = STDIN.get();
    return in == null ? System.in : in;
  }

  /**
   * Runs the command with the given output streams and standard input.
   *
   * @param args the arguments, not null
   * @param in the standard input, not null
   * @param out where results go, not null
   * @param err where errors and progress go, not null
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(Terminal.safe(out));
    cl.setErr(Terminal.safe(err));
    STDIN.set(in);
    try {
      return cl.execute(args);
    } finally {
      STDIN.remove();
      out.flush();
      err.flush();
    }
  }

  /**
   * Runs the command with the given output streams, reading the process's standard input.
   *
   * @param args the arguments, not null
   * @param out where results go, not null
   * @param err where errors and progress go, not null
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /**
   * Builds the command line with sscp's exit codes, error handling and converters.
   *
   * @return the command line, not null
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SscpCommand());
    cl.registerConverter(LocalDate.class, Sscp::date);
    CommandLine completion = java.util.Objects.requireNonNull(
        cl.getSubcommands().get("generate-completion"), "the completion command");
    completion.addMixin("debug", new DebugOption());
    completion.getCommandSpec().usageMessage().footer("",
        "Example: source <(sscp generate-completion)");
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("sscp: " + e.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
        e.getCommandLine().usage(err);
      }
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, command, parseResult) -> {
      PrintWriter err = command.getErr();
      boolean debug = parseResult.subcommands().stream().anyMatch(Sscp::debug)
          || debug(parseResult);
      int code;
      if (e instanceof CliException c) {
        err.println("sscp: " + c.getMessage());
        code = c.exitCode();
      } else if (e instanceof DataFitException d) {
        err.println("sscp: the data does not fit the partnership:");
        d.details().stream().limit(20).forEach(line -> err.println("  " + line));
        if (d.details().size() > 20) {
          err.println("  … and " + (d.details().size() - 20) + " more");
        }
        code = INVALID;
      } else if (e instanceof SscpJsonException || e instanceof ImportException
          || e instanceof SscpException) {
        err.println("sscp: " + e.getMessage());
        code = INVALID;
      } else if (e instanceof UncheckedIOException io) {
        err.println("sscp: " + (io.getCause() == null ? io.getMessage() : io.getCause().getMessage()));
        code = USAGE;
      } else {
        err.println("sscp: unexpected error: " + e + (debug ? "" : " (run with --debug for details)"));
        code = USAGE;
      }
      if (debug) {
        e.printStackTrace(Terminal.raw(err));
      }
      return code;
    });
    return cl;
  }

  private static boolean debug(CommandLine.ParseResult r) {
    return r.hasMatchedOption("--debug")
        || r.subcommands().stream().anyMatch(Sscp::debug);
  }

  /** Reads a date option, saying the form it expects. */
  static LocalDate date(String text) {
    try {
      LocalDate d = LocalDate.parse(text.strip());
      if (d.getYear() < 1000 || d.getYear() > 9998) {
        throw new CommandLine.TypeConversionException("'" + text + "' is outside the years sscp"
            + " reads (1000 to 9998); expected a date YYYY-MM-DD, e.g. 2026-03-31");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date; expected"
          + " YYYY-MM-DD, e.g. 2026-03-31");
    }
  }
}
