package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How the command reports each kind of failure, with its exit code, through a command that
 * fails on purpose: an input problem exits 1, a usage or I/O problem 2, and anything unexpected 2
 * with one line, the stack trace only with {@code --debug}.
 */
class FailuresTest {

  /** Fails with what it is told to. */
  @Command(name = "fail")
  static final class Fail implements Callable<Integer> {
    @Option(names = "--debug")
    boolean debug;

    @Option(names = "--with")
    String with = "";

    @Override
    public Integer call() throws Exception {
      throw switch (with) {
        case "io" -> new UncheckedIOException(new IOException("the disk is full"));
        case "io-bare" -> new UncheckedIOException("no cause", new IOException((String) null));
        case "input" -> new io.github.sscp.data.ImportException(new io.github.sscp.data.RowProblem(
            "f.csv", 3, "bad value", "'x' is not a number"));
        case "usage" -> new CliException(Sscp.USAGE, "name a file");
        default -> new IllegalStateException("a bug");
      };
    }
  }

  static Run run(String... args) {
    CommandLine cl = Sscp.commandLine();
    cl.addSubcommand("fail", new Fail());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void eachKindOfFailureHasItsExitCodeAndOneLine() {
    Run io = run("fail", "--with", "io");
    assertThat(io.code()).isEqualTo(Sscp.USAGE);
    assertThat(io.err()).isEqualTo("sscp: the disk is full\n");
    Run bare = run("fail", "--with", "io-bare");
    assertThat(bare.err()).startsWith("sscp: ");
    Run input = run("fail", "--with", "input");
    assertThat(input.code()).isEqualTo(Sscp.INVALID);
    assertThat(input.err()).isEqualTo("sscp: f.csv:3: bad value: 'x' is not a number\n");
    Run usage = run("fail", "--with", "usage");
    assertThat(usage.code()).isEqualTo(Sscp.USAGE);
    assertThat(usage.err()).isEqualTo("sscp: name a file\n");
  }

  @Test
  void anUnexpectedErrorIsOneLineAndItsTraceOnlyWithDebug() {
    Run plain = run("fail");
    assertThat(plain.code()).isEqualTo(Sscp.USAGE);
    assertThat(plain.err()).isEqualTo("sscp: unexpected error: java.lang.IllegalStateException: a"
        + " bug (run with --debug for details)\n");
    Run debug = run("fail", "--debug");
    assertThat(debug.err()).startsWith("sscp: unexpected error: java.lang.IllegalStateException:"
        + " a bug\njava.lang.IllegalStateException: a bug\n\tat ").doesNotContain("run with --debug");
    Run debugInput = run("fail", "--with", "input", "--debug");
    assertThat(debugInput.err()).contains("ImportException");
  }

  @Test
  void aDateOptionIsReadWithinTheYearsSscpReads() {
    assertThat(Sscp.date("1000-01-01")).isEqualTo(java.time.LocalDate.of(1000, 1, 1));
    assertThat(Sscp.date(" 9998-12-31 ")).isEqualTo(java.time.LocalDate.of(9998, 12, 31));
    for (String out : new String[] {"0999-12-31", "9999-01-01"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sscp.date(out))
          .isInstanceOf(CommandLine.TypeConversionException.class)
          .hasMessageContaining("outside the years sscp reads (1000 to 9998)");
    }
  }
}
