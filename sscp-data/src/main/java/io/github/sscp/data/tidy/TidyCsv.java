package io.github.sscp.data.tidy;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.sscp.data.CsvSource;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.RowProblem;
import io.github.sscp.model.base.Ids;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationStatus;
import io.github.sscp.model.time.ReportingPeriod;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and writes tidy CSV: a header naming the columns (in any order), {@code measure},
 * {@code period} and {@code value} required, {@code area} (a GSS code), {@code status}
 * (provisional, final or suppressed; a revised observation must name the one it supersedes, which
 * tidy CSV cannot, so a "revised" row is a bad row) and {@code source} optional. Periods use sscp's
 * canonical text ("2024-06", "2024/25 Q1", "2024/25", "R12 2024-06", "2024-04-01/2024-07-01").
 * Values are plain decimals of at most 15 digits before the point and 10 after; a suppressed row
 * has an empty value. Each observation's id is derived as the model derives it ({@code
 * measure/area/period}, see {@link Observation#id()}), so writing and reading back gives the same
 * observations. The import's summary counts every row read as used or skipped, lists the bad rows
 * by line, and records the areas (a GSS code, or "own") and periods of the rows used.
 *
 * <p>Thread-safe: stateless.
 */
public final class TidyCsv {

  /** The columns, in the order {@link #write} writes them. */
  public static final List<String> COLUMNS = List.of("measure", "period", "value", "area", "status",
      "source");
  private static final Pattern VALUE = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");
  private static final Pattern ID = Pattern.compile(Ids.PATTERN);

  private TidyCsv() {}

  /**
   * Reads observations.
   *
   * @param in the bytes, not null; not closed
   * @param name the file's name, for messages and provenance, not null
   * @param log the import's log, not null
   * @return the observations, in file order, not null
   * @throws io.github.sscp.data.ImportException in strict mode at the first bad row
   */
  public static List<Observation> read(InputStream in, String name, ImportLog log) {
    return read(in, name, log, (o, line) -> { });
  }

  /**
   * Reads observations, telling a listener the line each came from. Two rows for the same
   * measure, area and period are a problem at the second; a file gives at most {@value #MAX_ROWS}
   * observations (the rest are problems).
   *
   * @param in the bytes, not null; not closed
   * @param name the file's name, for messages and provenance, not null
   * @param log the import's log, not null
   * @param lines receives each observation with its line, not null
   * @return the observations, in file order, not null
   * @throws io.github.sscp.data.ImportException in strict mode at the first bad row
   */
  public static List<Observation> read(InputStream in, String name, ImportLog log,
      java.util.function.ObjLongConsumer<Observation> lines) {
    List<Observation> out = new ArrayList<>();
    Map<String, Integer> at = new HashMap<>();
    Map<List<Object>, Long> firstLine = new HashMap<>();
    log.file(name);
    CsvSource.read(in, name, ',', log, new CsvSource.Handler() {
      @Override
      public boolean header(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
          String c = fields.get(i).strip().toLowerCase(Locale.ROOT);
          if (!COLUMNS.contains(c) || at.put(c, i) != null) {
            log.fileProblem(new RowProblem(name, 1, "not a tidy CSV file",
                "column '" + fields.get(i) + "' is " + (COLUMNS.contains(c) ? "repeated" : "unknown")
                    + "; expected measure, period, value and optionally area, status, source"));
            return false;
          }
        }
        for (String required : COLUMNS.subList(0, 3)) {
          if (!at.containsKey(required)) {
            log.fileProblem(new RowProblem(name, 1, "not a tidy CSV file",
                "the header has no '" + required + "' column"));
            return false;
          }
        }
        return true;
      }

      @Override
      public void row(long line, List<String> f) {
        if (f.size() != at.size()) {
          log.problem(new RowProblem(name, line, "wrong number of fields",
              "expected " + at.size() + ", found " + f.size()));
          return;
        }
        if (out.size() >= MAX_ROWS) {
          log.problem(new RowProblem(name, line, "too many rows", "a tidy file gives at most "
              + MAX_ROWS + " observations; split it"));
          return;
        }
        parse(name, line, f, at, log).ifPresent(o -> {
          List<Object> key = List.of(o.seriesKey(), o.period().start(), o.period().endExclusive());
          Long earlier = firstLine.putIfAbsent(key, line);
          if (earlier != null) {
            log.problem(new RowProblem(name, line, "duplicate row", "line " + earlier + " already"
                + " gives " + o.measureId() + " for " + o.period()
                + o.geography().map(g -> " in " + g).orElse("")));
            return;
          }
          out.add(o);
          log.used(o.geography().map(GssCode::value).orElse("own"), o.period().toString());
          lines.accept(o, line);
        });
      }
    });
    return out;
  }

  /** The most observations one tidy file gives. */
  public static final int MAX_ROWS = 200_000;

  private static Optional<Observation> parse(String name, long line, List<String> f,
      Map<String, Integer> at, ImportLog log) {
    String measure = get(f, at, "measure");
    if (!ID.matcher(measure).matches()) {
      log.problem(new RowProblem(name, line, "bad measure id", "'" + measure
          + "' is not an id (lower-case letters, digits and . _ / - between them)"));
      return Optional.empty();
    }
    ReportingPeriod period;
    try {
      period = ReportingPeriod.parse(get(f, at, "period"));
    } catch (RuntimeException e) {
      log.problem(new RowProblem(name, line, "bad period", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
    Optional<GssCode> area = Optional.empty();
    String areaText = get(f, at, "area");
    if (!areaText.isEmpty()) {
      try {
        area = Optional.of(GssCode.of(areaText));
      } catch (RuntimeException e) {
        log.problem(new RowProblem(name, line, "bad area", String.valueOf(e.getMessage())));
        return Optional.empty();
      }
    }
    ObservationStatus status = ObservationStatus.FINAL;
    String statusText = get(f, at, "status");
    if (!statusText.isEmpty()) {
      try {
        status = ObservationStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        log.problem(new RowProblem(name, line, "bad status", "'" + statusText
            + "' is not provisional, final, revised or suppressed"));
        return Optional.empty();
      }
    }
    String valueText = get(f, at, "value");
    Optional<BigDecimal> value = Optional.empty();
    if (valueText.isEmpty()) {
      if (status != ObservationStatus.SUPPRESSED) {
        log.problem(new RowProblem(name, line, "missing value",
            "only a suppressed row may have no value"));
        return Optional.empty();
      }
    } else if (!VALUE.matcher(valueText).matches()) {
      log.problem(new RowProblem(name, line, "bad value", "'" + valueText
          + "' is not a plain decimal (at most 15 digits, then at most 10 after the point)"));
      return Optional.empty();
    } else {
      value = Optional.of(new BigDecimal(valueText));
    }
    String source = unguarded(get(f, at, "source"));
    try {
      Observation o = Observation.builder()
          .measureId(measure).geography(area).period(period).value(value).status(status)
          .source(source.isEmpty() ? Optional.empty() : Optional.of(source))
          .provenance(Provenance.sourced(source.isEmpty() ? name : source + " (" + name + ")"))
          .build();
      return Optional.of(o);
    } catch (RuntimeException e) {
      log.problem(new RowProblem(name, line, "invalid observation", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private static String get(List<String> f, Map<String, Integer> at, String column) {
    Integer i = at.get(column);
    return i == null ? "" : f.get(i).strip();
  }


  /**
   * Writes observations, one row each, with every column; the line ending is LF.
   *
   * @param observations the observations, not null
   * @param out where to write; flushed, not closed, not null
   */
  public static void write(List<Observation> observations, Writer out) {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(new NonClosing(out));
    csv.writeRecord(COLUMNS);
    for (Observation o : observations) {
      csv.writeRecord(o.measureId(), o.period().toString(),
          o.value().map(BigDecimal::toPlainString).orElse(""),
          o.geography().map(GssCode::value).orElse(""),
          o.status().name().toLowerCase(Locale.ROOT), guarded(o.source().orElse("")));
    }
    try {
      csv.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Guards free text against spreadsheet formula injection: a cell that starts with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return is written after a single quote,
   * which a reader removes again.
   */
  static String guarded(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  static String unguarded(String text) {
    return text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0
        ? text.substring(1) : text;
  }

  /** Keeps FastCSV from closing the caller's writer. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
