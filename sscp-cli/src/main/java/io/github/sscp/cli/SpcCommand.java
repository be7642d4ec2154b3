package io.github.sscp.cli;

import io.github.sscp.model.base.SscpException;
import static io.github.sscp.cli.report.Wording.words;

import io.github.sscp.model.base.ValueParseException;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.spc.ImprovementDirection;
import io.github.sscp.rules.kpi.spc.Spc;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp spc [FILE]}. */
@Command(name = "spc", description = "Making Data Count SPC of a series: each point with its"
    + " limits and the rule that flagged it, the variation and assurance icons.",
    footer = {"", "The series is one value per line, or period,value per line (periods such as"
        + " 2024-05 or \"2024/25 Q1\"); blank lines and lines starting with # are skipped.", "",
        "Example: printf '2024-01,12\\n2024-02,15\\n…' | sscp spc --improvement decrease --target 10"})
final class SpcCommand implements Callable<Integer> {

  /** The most points a series may have. */
  static final int MAX_POINTS = 100_000;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The series; stdin when absent or -.")
  String file;

  @Option(names = "--improvement", paramLabel = "increase|decrease|neutral", defaultValue = "increase",
      description = "Which direction is better (default increase).")
  String improvement;

  @Option(names = "--target", paramLabel = "VALUE", description = "A target, for the assurance icon.")
  Double target;

  @Option(names = "--rebase", paramLabel = "PERIOD|POSITION", split = ",",
      description = "Start a new group at these periods (or 1-based positions for plain values).")
  List<String> rebase = new ArrayList<>();

  @Option(names = "--fix-after", paramLabel = "N", description = "Fix each group's limits on its first N points (N >= 12).")
  Integer fixAfter;

  @Option(names = "--no-screen", description = "Do not screen moving ranges above 3.267 times their mean.")
  boolean noScreen;

  @Option(names = "--run-length", paramLabel = "N", defaultValue = "7", description = "Points in a run (default 7).")
  int runLength;

  @Option(names = "--trend-length", paramLabel = "N", defaultValue = "7", description = "Points in a trend (default 7).")
  int trendLength;

  @Override
  public Integer call() {
    List<SeriesPoint> points = read();
    SpcOptions.Builder b = SpcOptions.builder().improvement(direction()).screenOutliers(!noScreen)
        .runLength(runLength).trendLength(trendLength);
    if (target != null) {
      b.target(target);
    }
    if (fixAfter != null) {
      b.fixAfterPoints(fixAfter);
    }
    boolean periods = points.stream().anyMatch(p -> p.period().isPresent());
    for (String r : rebase) {
      if (periods) {
        b.addRebaseAt(parsePeriod(r, "--rebase"));
      } else {
        try {
          b.addRebaseAtPositions(Integer.parseInt(r.strip()) - 1);
        } catch (NumberFormatException e) {
          throw new CliException(Sscp.USAGE, "--rebase: a series of plain values is rebased at"
              + " 1-based positions; got '" + r + "'");
        }
      }
    }
    SpcOptions spcOptions;
    SpcResult result;
    try {
      spcOptions = b.build();
      result = Spc.analyse(points, spcOptions);
    } catch (IllegalArgumentException | SscpException e) {
      throw new CliException(Sscp.INVALID, String.valueOf(e.getMessage()));
    }
    var out = spec.commandLine().getOut();
    if (options.json()) {
      out.print(Json.document(result));
      return Sscp.OK;
    }
    out.printf(Locale.ROOT, "%-12s %10s %10s %10s %10s  %-24s %s%n", "period", "value", "mean",
        "lower", "upper", "rule", "type");
    int i = 1;
    for (SpcPoint p : result.points()) {
      out.printf(Locale.ROOT, "%-12s %10s %10s %10s %10s  %-24s %s%n",
          p.period().map(Object::toString).orElse("#" + i), number(p.value()), number(p.mean()),
          number(p.lowerLimit()), number(p.upperLimit()), p.label().name(),
          words(p.type().name()));
      i++;
    }
    out.println("variation: " + words(result.variation().name()));
    out.println("assurance: " + result.assurance().map(a -> words(a.name()))
        .orElse("none (no target, or neutral direction)"));
    result.warnings().forEach(w -> out.println("warning: " + w));
    return Sscp.OK;
  }

  private ImprovementDirection direction() {
    try {
      return ImprovementDirection.valueOf(improvement.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | SscpException e) {
      throw new CliException(Sscp.USAGE, "--improvement takes increase, decrease or neutral; got '"
          + improvement + "'");
    }
  }

  static String number(double d) {
    if (Double.isNaN(d)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static ReportingPeriod parsePeriod(String text, String where) {
    try {
      return ReportingPeriod.parse(text);
    } catch (ValueParseException e) {
      throw new CliException(Sscp.INVALID, where + ": " + e.getMessage());
    }
  }

  private List<SeriesPoint> read() {
    String name = file == null || file.equals("-") ? "stdin" : file;
    try (InputStream in = name.equals("stdin") ? System.in : Files.newInputStream(Path.of(file));
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<SeriesPoint> points = new ArrayList<>();
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (points.size() >= MAX_POINTS || s.length() > 200) {
          throw new CliException(Sscp.INVALID, name + ", line " + lineNo + ": over a limit (at most "
              + MAX_POINTS + " points of at most 200 characters)");
        }
        int comma = s.lastIndexOf(',');
        String value = comma < 0 ? s : s.substring(comma + 1).strip();
        double v;
        try {
          v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw new CliException(Sscp.INVALID, name + ", line " + lineNo + ": '" + value
              + "' is not a number");
        }
        if (!Double.isFinite(v)) {
          throw new CliException(Sscp.INVALID, name + ", line " + lineNo + ": the value must be finite");
        }
        points.add(comma < 0 ? SeriesPoint.of(v)
            : SeriesPoint.of(parsePeriod(s.substring(0, comma).strip(), name + ", line " + lineNo), v));
      }
      if (points.isEmpty()) {
        throw new CliException(Sscp.INVALID, name + ": no values");
      }
      return points;
    } catch (NoSuchFileException e) {
      throw new CliException(Sscp.USAGE, file + ": no such file");
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, name + ": cannot be read (" + e.getMessage() + ")");
    }
  }
}
