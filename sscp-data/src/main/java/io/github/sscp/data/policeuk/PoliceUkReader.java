package io.github.sscp.data.policeuk;

import org.jspecify.annotations.Nullable;
import io.github.sscp.data.CsvSource;
import io.github.sscp.data.ImportException;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.RowProblem;
import io.github.sscp.model.measure.CrimeCategories;
import io.github.sscp.model.measure.CrimeCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads police.uk street-level files row by row, in constant memory: one file, a folder of them,
 * or a zip archive (the bulk download), with any mix of months and forces. Each row is checked
 * (field count, month, crime type, and the force when one is expected), placed by the area
 * selection, and either handed on or counted as skipped with its reason.
 *
 * <p>Immutable and thread-safe; each read writes to the log it is given.
 */
public final class PoliceUkReader {

  /** The most entries a zip archive may hold. */
  public static final int MAX_ARCHIVE_ENTRIES = 100_000;

  /** The first month police.uk published street-level crime for. */
  public static final YearMonth FIRST_MONTH = YearMonth.of(2010, 12);

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final Map<String, String> CATEGORY_BY_TYPE = CrimeCategories.policeUk().stream()
      .collect(Collectors.toUnmodifiableMap(CrimeCategory::label, CrimeCategory::id));

  private final AreaSelection selection;
  private final Optional<String> force;
  /** The latest month a row may be for: next month, in England and Wales, when the reader was made. */
  private final YearMonth latestMonth;
  /** The last month parsed on each thread: a cache, so the reader stays safe to share. */
  private final ThreadLocal<Object[]> lastMonth = ThreadLocal.withInitial(() -> new Object[2]);

  private PoliceUkReader(AreaSelection selection, Optional<String> force) {
    this.selection = Objects.requireNonNull(selection, "selection");
    this.force = force;
    this.latestMonth = YearMonth.now(java.time.ZoneId.of("Europe/London")).plusMonths(1);
  }

  /**
   * Obtains a reader for an area.
   *
   * @param selection which rows to keep, not null
   * @return the reader, not null
   */
  public static PoliceUkReader of(AreaSelection selection) {
    return new PoliceUkReader(selection, Optional.empty());
  }

  /**
   * Obtains a copy that expects every row to fall within one force area; rows from another force
   * are bad rows (a file of the wrong force in a folder, say).
   *
   * @param fallsWithin the force as police.uk writes it, e.g. "Hampshire Constabulary", not null
   * @return the reader, not null
   */
  public PoliceUkReader withForce(String fallsWithin) {
    return new PoliceUkReader(selection, Optional.of(fallsWithin));
  }

  /**
   * Obtains the category id for a police.uk crime type.
   *
   * @param crimeType the crime type as the CSV writes it, e.g. "Violence and sexual offences"
   * @return the id, e.g. "police-uk/violent-crime", or empty if the type is unknown
   */
  public static Optional<String> categoryOf(String crimeType) {
    return Optional.ofNullable(CATEGORY_BY_TYPE.get(crimeType));
  }

  /**
   * Reads a file, folder or zip archive. Folders are walked in name order; files whose names end
   * in {@code .csv} and contain {@code -street} are read, and zip archives are opened.
   *
   * @param path the file, folder or archive, not null
   * @param log the import's log, not null
   * @param sink receives each selected row, not null
   * @throws ImportException in strict mode at the first bad row, or if the path cannot be read
   */
  public void read(Path path, ImportLog log, Consumer<StreetCrime> sink) {
    try {
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(Files::isRegularFile).filter(f -> {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return isStreetFile(n) || n.endsWith(".zip");
          }).limit(MAX_ARCHIVE_ENTRIES + 1L).sorted().toList();
        }
        if (files.isEmpty()) {
          log.fileProblem(new RowProblem(path.toString(), 0, "no police.uk street file",
              "the folder holds no file named like YYYY-MM-<force>-street.csv and no zip archive"));
        } else if (files.size() > MAX_ARCHIVE_ENTRIES) {
          log.fileProblem(new RowProblem(path.toString(), 0, "folder too large",
              "more than " + MAX_ARCHIVE_ENTRIES + " files; none was read"));
          return;
        }
        for (Path f : files) {
          read(f, log, sink);
        }
      } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        try (InputStream in = Files.newInputStream(path)) {
          readZip(in, path.getFileName().toString(), log, sink);
        }
      } else {
        try (InputStream in = Files.newInputStream(path)) {
          read(in, path.getFileName().toString(), log, sink);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ImportException(new RowProblem(path.toString(), 0, "unreadable", String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * Reads the street-level files in a zip archive, as the bulk download holds them.
   *
   * @param in the archive's bytes, not null; not closed
   * @param name the archive's name, for messages, not null
   * @param log the import's log, not null
   * @param sink receives each selected row, not null
   * @throws IOException if the archive cannot be read
   */
  public void readZip(InputStream in, String name, ImportLog log, Consumer<StreetCrime> sink)
      throws IOException {
    ZipInputStream zip = new ZipInputStream(in);
    int entries = 0;
    try {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > MAX_ARCHIVE_ENTRIES) {
          log.fileProblem(new RowProblem(name, 0, "archive too large",
              "more than " + MAX_ARCHIVE_ENTRIES + " entries; the rest were not read"));
          return;
        }
        String entry = e.getName();
        String base = entry.substring(entry.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!e.isDirectory() && base.endsWith(".zip")) {
          log.fileProblem(new RowProblem(name + "!" + entry, 0, "an archive inside an archive",
              "it is not opened; unpack it and name it, or its files, instead"));
        } else if (!e.isDirectory() && isStreetFile(base)) {
          read(zip, name + "!" + entry, log, sink);
        }
      }
    } catch (java.util.zip.ZipException e) {
      log.fileProblem(new RowProblem(name, 0, "not a zip archive", String.valueOf(e.getMessage())));
      return;
    }
    if (entries == 0) {
      log.fileProblem(new RowProblem(name, 0, "not a zip archive",
          "it holds no entries a zip reader can find"));
    }
  }

  /**
   * Reads one street-level file.
   *
   * @param in the file's bytes, not null; not closed
   * @param name the file's name, for messages, not null
   * @param log the import's log, not null
   * @param sink receives each selected row, not null
   * @throws ImportException in strict mode at the first bad row
   */
  public void read(InputStream in, String name, ImportLog log, Consumer<StreetCrime> sink) {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('!')) + 1);
    if (!log.file(base)) {
      log.fileProblem(new RowProblem(name, 0, RowProblem.READ_ALREADY,
          "a file named " + base + " was read earlier in this import; not counted twice"));
      return;
    }
    PoliceUkLayout[] layout = new PoliceUkLayout[1];
    CsvSource.read(in, name, ',', log, new CsvSource.Handler() {
      @Override
      public boolean header(List<String> fields) {
        Optional<PoliceUkLayout> found = PoliceUkLayout.detect(fields);
        if (found.isEmpty()) {
          log.fileProblem(new RowProblem(name, 1, "not a police.uk street-level file",
              "unexpected header '" + String.join(",", fields) + "'"));
          return false;
        }
        layout[0] = found.get();
        return true;
      }

      @Override
      public void row(long line, List<String> fields) {
        accept(name, line, fields, layout[0], log, sink);
      }
    });
  }

  private void accept(String name, long line, List<String> f, PoliceUkLayout layout, ImportLog log,
      Consumer<StreetCrime> sink) {
    if (f.size() != layout.columns().size()) {
      log.problem(new RowProblem(name, line, "wrong number of fields",
          "expected " + layout.columns().size() + ", found " + f.size()));
      return;
    }
    String monthText = field(f, layout.month);
    YearMonth month = month(monthText);
    if (month == null) {
      log.problem(new RowProblem(name, line, "bad month", "'" + monthText + "' is not YYYY-MM"));
      return;
    }
    if (month.isBefore(FIRST_MONTH) || month.isAfter(latestMonth)) {
      log.problem(new RowProblem(name, line, "month out of range", "'" + monthText
          + "' is not between " + FIRST_MONTH + " (police.uk's first) and " + latestMonth));
      return;
    }
    String type = field(f, layout.crimeType);
    String category = CATEGORY_BY_TYPE.get(type);
    if (category == null) {
      log.problem(new RowProblem(name, line, "unknown crime type", "'" + type + "'"));
      return;
    }
    String fallsWithin = field(f, layout.fallsWithin);
    if (force.isPresent() && !force.get().equals(fallsWithin)) {
      log.problem(new RowProblem(name, line, "another force's row",
          "falls within " + fallsWithin + ", not " + force.get()));
      return;
    }
    String lsoaCode = optionalText(f, layout.lsoaCode);
    String lsoaName = optionalText(f, layout.lsoaName);
    if (lsoaCode.isEmpty() && lsoaName.isEmpty() && !selection.placesRowsWithoutLsoa()) {
      log.skip("no LSOA, so no area");
      return;
    }
    String localAuthority = lsoaName.isEmpty() ? "" : StreetCrime.localAuthorityOf(lsoaName);
    if (!selection.test(lsoaCode, localAuthority)) {
      if (localAuthority.isEmpty()) {
        log.skip("outside the selected area");
      } else {
        log.skipArea("outside the selected area", localAuthority);
      }
      return;
    }
    StreetCrime crime = new StreetCrime(optional(f, layout.crimeId), month,
        field(f, layout.reportedBy), fallsWithin, present(lsoaCode), present(lsoaName), type,
        category, optional(f, layout.outcome));
    log.used(localAuthority.isEmpty() ? "(no LSOA)" : localAuthority, monthText);
    sink.accept(crime);
  }

  private static Optional<String> present(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static String optionalText(List<String> f, int i) {
    return i < 0 ? "" : f.get(i).strip();
  }

  /** The month of "YYYY-MM" text, or null; the last one is kept, as a file is one month. */
  private @Nullable YearMonth month(String text) {
    Object[] last = lastMonth.get();
    if (text.equals(last[0])) {
      return (YearMonth) last[1];
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text, MONTH);
    } catch (DateTimeParseException e) {
      return null;
    }
    lastMonth.set(new Object[] {text, month});
    return month;
  }

  private static String field(List<String> f, int i) {
    return f.get(i).strip();
  }

  private static Optional<String> optional(List<String> f, int i) {
    return present(optionalText(f, i));
  }

  private static boolean isStreetFile(String lowerCaseName) {
    return lowerCaseName.endsWith(".csv") && lowerCaseName.contains("-street");
  }

  /**
   * Counts a file, folder or archive by month and category, and by outcome if asked.
   *
   * @param path the file, folder or archive, not null
   * @param log the import's log, not null
   * @param byOutcome whether to count each outcome separately
   * @return the counts, not null
   */
  public PoliceUkCounts count(Path path, ImportLog log, boolean byOutcome) {
    PoliceUkCounts.Builder counts = new PoliceUkCounts.Builder(byOutcome);
    read(path, log, counts);
    return counts.build(log.summary());
  }

  /**
   * Counts several files, folders or archives together, as one import.
   *
   * @param paths the files, folders or archives, not null
   * @param log the import's log, not null
   * @param byOutcome whether to count each outcome separately
   * @return the counts, not null
   */
  public PoliceUkCounts count(List<Path> paths, ImportLog log, boolean byOutcome) {
    PoliceUkCounts.Builder counts = new PoliceUkCounts.Builder(byOutcome);
    for (Path path : paths) {
      read(path, log, counts);
    }
    return counts.build(log.summary());
  }

  /**
   * Counts the street-level files of a zip archive by month and category, and by outcome if asked.
   *
   * @param in the archive's bytes, not null; not closed
   * @param name the archive's name, not null
   * @param log the import's log, not null
   * @param byOutcome whether to count each outcome separately
   * @return the counts, not null
   * @throws IOException if the archive cannot be read
   */
  public PoliceUkCounts countZip(InputStream in, String name, ImportLog log, boolean byOutcome)
      throws IOException {
    PoliceUkCounts.Builder counts = new PoliceUkCounts.Builder(byOutcome);
    readZip(in, name, log, counts);
    return counts.build(log.summary());
  }

  /**
   * Counts one file by month and category, and by outcome if asked.
   *
   * @param in the file's bytes, not null; not closed
   * @param name the file's name, not null
   * @param log the import's log, not null
   * @param byOutcome whether to count each outcome separately
   * @return the counts, not null
   */
  public PoliceUkCounts count(InputStream in, String name, ImportLog log, boolean byOutcome) {
    PoliceUkCounts.Builder counts = new PoliceUkCounts.Builder(byOutcome);
    read(in, name, log, counts);
    return counts.build(log.summary());
  }
}
