package io.github.sscp.cli;

import static io.github.sscp.cli.report.Wording.words;

import io.github.sscp.model.base.SscpException;
import io.github.sscp.model.base.ValueParseException;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import io.github.sscp.rules.kpi.spc.ImprovementDirection;
import io.github.sscp.rules.kpi.spc.Spc;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
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
        + " 2024-05 or \"2024/25 Q1\"); a first line \"value\" or \"period,value\" is a header;"
        + " blank lines and lines starting with # are skipped. Values are plain decimals, at most"
        + " 10^12 in size.", "",
        "Example: sscp spc burglaries.csv --improvement decrease --target 10",
        "         sscp spc burglaries.csv --improvement decrease --mdc-2023",
        "           (Making Data Count 2023: points beyond a limit count in two-in-three)",
        "         sscp spc burglaries.csv --target 10 --inclusive-assurance",
        "           (a target exactly on a limit counts as beyond it)"})
final class SpcCommand implements Callable<Integer> {

  /** The most points a series may have. */
  static final int MAX_POINTS = 100_000;
  /** The largest size of a value. */
  static final double MAX_MAGNITUDE = 1e12;
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

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

  @Option(names = "--no-screen", description = "Do not screen moving ranges above 3.267 times their"
      + " mean (as the Making Data Count spreadsheets).")
  boolean noScreen;

  @Option(names = "--run-length", paramLabel = "N", defaultValue = "7", description = "Points in a run (default 7).")
  int runLength;

  @Option(names = "--trend-length", paramLabel = "N", defaultValue = "7", description = "Points in a trend (default 7).")
  int trendLength;

  @Option(names = "--mdc-2023", description = "Making Data Count's 2023 two-in-three rule: points"
      + " beyond the process limits count as near them.")
  boolean mdc2023;

  @Option(names = "--inclusive-assurance", description = "A target exactly on a process limit is"
      + " beyond it for the assurance icon.")
  boolean inclusiveAssurance;

  @Override
  public Integer call() {
    List<SeriesPoint> points = read();
    SpcOptions.Builder b = SpcOptions.builder().improvement(direction()).screenOutliers(!noScreen)
        .runLength(runLength).trendLength(trendLength).twoInThreeIncludesBeyondLimits(mdc2023)
        .assuranceIncludesLimits(inclusiveAssurance);
    if (target != null) {
      if (!Double.isFinite(target) || Math.abs(target) > MAX_MAGNITUDE) {
        throw new CliException(Sscp.USAGE, "--target: a number no larger than 10^12 in size");
      }
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
    SpcResult result;
    try {
      result = Spc.analyse(points, b.build());
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
    } catch (IllegalArgumentException e) {
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
    return read(file);
  }

  /** Reads a series from a file, or stdin when the file is absent or "-". */
  static List<SeriesPoint> read(@org.jspecify.annotations.Nullable String file) {
    String name = file == null || file.equals("-") ? "stdin" : file;
    List<String> lines;
    try (InputStream in = name.equals("stdin") ? Sscp.stdin() : Files.newInputStream(Path.of(file))) {
      lines = Inputs.lines(in, name, 200);
    } catch (NoSuchFileException e) {
      throw new CliException(Sscp.USAGE, file + ": no such file");
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, name + ": cannot be read (" + e.getMessage() + ")");
    }
    return points(lines, name);
  }

  /** The series in lines: an optional header, then one value or period,value per line. */
  static List<SeriesPoint> points(List<String> lines, String name) {
    List<SeriesPoint> points = new ArrayList<>();
    java.util.Map<List<Object>, Integer> lineOf = new java.util.HashMap<>();
    Class<?> kind = null;
    boolean first = true;
    Boolean withPeriods = null;
    for (int i = 0; i < lines.size(); i++) {
      String where = name + ":" + (i + 1);
      String s = lines.get(i).strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      String[] fields = s.split(",", -1);
      if (first) {
        first = false;
        String header = s.toLowerCase(Locale.ROOT).replace(" ", "");
        if (header.equals("value") || header.equals("period,value")) {
          continue;
        }
        if (fields.length <= 2 && s.chars().noneMatch(Character::isDigit)) {
          throw new CliException(Sscp.INVALID, where + ": '" + s + "' is not a value; a header"
              + " line must be 'value' or 'period,value'");
        }
      }
      if (fields.length > 2) {
        throw new CliException(Sscp.INVALID, where + ": expected a value or period,value; found "
            + fields.length + " fields");
      }
      if (points.size() >= MAX_POINTS) {
        throw new CliException(Sscp.INVALID, where + ": more than " + MAX_POINTS + " points");
      }
      String value = fields[fields.length - 1].strip();
      if (!NUMBER.matcher(value).matches()) {
        throw new CliException(Sscp.INVALID, where + ": '" + value + "' is not a number (a plain"
            + " decimal such as 12 or -3.5)");
      }
      double v = Double.parseDouble(value);
      if (Math.abs(v) > MAX_MAGNITUDE) {
        throw new CliException(Sscp.INVALID, where + ": " + value + " is larger than 10^12 in"
            + " size; SPC of such values is not meaningful here");
      }
      boolean hasPeriod = fields.length == 2;
      if (withPeriods != null && withPeriods != hasPeriod) {
        throw new CliException(Sscp.INVALID, where + ": every line needs a period, or none does");
      }
      withPeriods = hasPeriod;
      if (!hasPeriod) {
        points.add(SeriesPoint.of(v));
        continue;
      }
      ReportingPeriod period = parsePeriod(fields[0].strip(), where);
      if (kind != null && period.getClass() != kind) {
        throw new CliException(Sscp.INVALID, where + ": " + period + " is another kind of period"
            + " than the lines before; a series has one kind (months, or quarters, …)");
      }
      kind = period.getClass();
      Integer earlier = lineOf.putIfAbsent(List.of(period.start(), period.endExclusive()), i + 1);
      if (earlier != null) {
        throw new CliException(Sscp.INVALID, where + ": " + period + " is already on line "
            + earlier);
      }
      points.add(SeriesPoint.of(period, v));
    }
    if (points.isEmpty()) {
      throw new CliException(Sscp.INVALID, name + ": no values");
    }
    return points;
  }
}
