package io.github.sscp.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the command's hostile-input corpus ({@code hostile/cases.tsv}) in this JVM, one case after
 * another, each with a time bound, and prints one line per case ({@code OK} or {@code FAIL} with
 * why) and the totals. {@code HostileInputsTest} runs it in a child JVM with a 256 MB heap, so that
 * no input may need more.
 *
 * <p>A case is a name, the exit code expected, a fragment the output must hold, a file for stdin
 * ({@code -} for none), set-up steps ({@code touch:PATH}, {@code -} for none) and the arguments.
 * {@code {hostile}}, {@code {tmp}} and {@code {example}} in them stand for the corpus folder, a
 * fresh folder and the Southampton example's YAML.
 */
public final class HostileInputs {

  /** The time one case may take. */
  static final long SECONDS_PER_CASE = 60;

  private HostileInputs() {}

  /** One case of the corpus. */
  record Case(String name, int exit, String fragment, String stdin, String setup, List<String> args) {}

  static List<Case> cases(Path tsv) throws Exception {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(new Case(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4],
          List.of(f[5].split(" "))));
    }
    return out;
  }

  /**
   * Runs every case.
   *
   * @param args the cases file, the corpus folder, a scratch folder and the example's path
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path tsv = Path.of(args[0]);
    Path hostile = Path.of(args[1]);
    Path scratch = Path.of(args[2]);
    String example = args[3];
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "hostile-case");
      t.setDaemon(true);
      return t;
    });
    Map<String, Integer> byOutcome = new TreeMap<>();
    int failed = 0;
    int n = 0;
    for (Case c : cases(tsv)) {
      n++;
      Path tmp = Files.createDirectories(scratch.resolve("case-" + n));
      String[] argv = c.args().stream().map(a -> a.replace("{hostile}", hostile.toString())
          .replace("{tmp}", tmp.toString()).replace("{example}", example)).toArray(String[]::new);
      if (!c.setup().equals("-")) {
        for (String step : c.setup().split(";")) {
          if (step.startsWith("touch:")) {
            Path p = Path.of(step.substring(6).replace("{tmp}", tmp.toString()));
            Files.writeString(p, "the user's own file\n");
          }
        }
      }
      byte[] stdin = c.stdin().equals("-") ? new byte[0]
          : Files.readAllBytes(hostile.resolve(c.stdin()));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Future<Integer> run = pool.submit(() -> {
        InputStream in = new ByteArrayInputStream(stdin);
        return Sscp.run(argv, in, new PrintWriter(out), new PrintWriter(err));
      });
      String problem = null;
      int code = -1;
      try {
        code = run.get(SECONDS_PER_CASE, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        problem = "took more than " + SECONDS_PER_CASE + " s";
        run.cancel(true);
      } catch (java.util.concurrent.ExecutionException e) {
        problem = "threw " + e.getCause();
      }
      String text = out + "\n" + err;
      if (problem == null) {
        if (code != c.exit()) {
          problem = "exit " + code + ", expected " + c.exit();
        } else if (!text.contains(c.fragment())) {
          problem = "output lacks '" + c.fragment() + "'";
        } else if (err.toString().contains("sscp: unexpected error")) {
          problem = "an unexpected error";
        } else if (!c.args().contains("--debug") && err.toString().contains("\tat ")) {
          problem = "a stack trace";
        } else if (text.chars().anyMatch(ch -> ch == 0x1B || ch >= 0x202A && ch <= 0x202E)) {
          problem = "an escape or bidirectional control reached the terminal";
        }
      }
      if (problem == null) {
        byOutcome.merge("exit " + code, 1, Integer::sum);
        System.out.println("OK   " + c.name());
      } else {
        failed++;
        String shown = text.length() > 600 ? text.substring(0, 600) + "…" : text;
        System.out.println("FAIL " + c.name() + ": " + problem + "\n     " + String.join(" ", argv)
            + "\n     " + shown.replace("\n", "\n     "));
      }
    }
    System.out.println("TOTAL " + n + " cases: " + byOutcome + ", failed " + failed
        + "; heap used at the end " + (Runtime.getRuntime().totalMemory()
            - Runtime.getRuntime().freeMemory()) / (1024 * 1024) + " MB of at most "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    System.exit(failed == 0 ? 0 : 1);
  }
}
