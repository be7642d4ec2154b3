package io.github.sscp.data.homeoffice;

import io.github.sscp.data.CsvSource;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.RowProblem;
import io.github.sscp.model.measure.BreakKind;
import io.github.sscp.model.measure.SeriesBreak;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads Home Office recorded crime by community safety partnership into quarterly counts, in
 * either layout, streaming. In the open-data layout the counts are summed by partnership, quarter
 * and the chosen {@link Grouping}; in the extract layout by partnership, quarter and crime key
 * (force-area rows are skipped and counted). Negative counts are kept and flagged.
 *
 * <p>Thread-safe: stateless.
 */
public final class HomeOfficeCsp {

  /** The first day of police recording residential (not domestic) burglary. */
  public static final LocalDate BURGLARY_RECLASSIFIED_ON = LocalDate.of(2017, 4, 1);

  /**
   * The April 2017 reclassification of burglary: "domestic burglary" became "residential burglary"
   * (adding sheds and garages not connected to a dwelling), a real step in every partnership's
   * series, for SPC to rebase at and window comparisons to warn about.
   */
  public static final SeriesBreak BURGLARY_RECLASSIFICATION = SeriesBreak.builder()
      .date(BURGLARY_RECLASSIFIED_ON).kind(BreakKind.RECORDING_RULE)
      .description("Burglary reclassified: domestic burglary became residential burglary, which"
          + " adds outbuildings not connected to a dwelling")
      .source("Home Office police recorded crime tables, April 2017 classification change").build();

  private static final Pattern COUNT = Pattern.compile("-?\\d{1,12}");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})[/-](\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("[Qq]?([1-4])");

  private HomeOfficeCsp() {}

  /**
   * Checks if an offence key is residential or domestic burglary, whose series breaks in April 2017.
   *
   * @param offenceKey the key or label, e.g. "burglary_residential" or "Domestic burglary", not null
   * @return true for residential or domestic burglary
   */
  public static boolean isResidentialBurglary(String offenceKey) {
    String k = offenceKey.toLowerCase(Locale.ROOT);
    return k.contains("burglary") && (k.contains("residential") && !k.contains("non")
        || k.contains("domestic") && !k.contains("non"));
  }

  /** The extract layout's crime keys that do not spell their category's code. */
  private static final java.util.Map<String, String> EXTRACT_KEYS = java.util.Map.of(
      "burglary_residential", "home-office/burglary-residential",
      "veh_theft_of_mv", "home-office/theft-of-motor-vehicle");

  /**
   * Finds the crime category of an offence key: the extract's crime keys, or a key or subgroup
   * name that spells a built-in Home Office category's code or label ("Robbery", "robbery").
   *
   * @param offenceKey the key or name, e.g. "burglary_residential" or "Shoplifting", not null
   * @return the category id, e.g. "home-office/burglary-residential", or empty
   */
  public static Optional<String> categoryOf(String offenceKey) {
    String known = EXTRACT_KEYS.get(offenceKey.strip());
    if (known != null) {
      return Optional.of(known);
    }
    String slug = offenceKey.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    for (io.github.sscp.model.measure.CrimeCategory c : io.github.sscp.model.measure.CrimeCategories.all()) {
      if (c.system() == io.github.sscp.model.measure.CrimeCategorySystem.HOME_OFFICE
          && (c.id().equals("home-office/" + slug) || c.label().equalsIgnoreCase(offenceKey.strip()))) {
        return Optional.of(c.id());
      }
    }
    return Optional.empty();
  }

  /**
   * Obtains the recording breaks of an offence's series.
   *
   * @param offenceKey the key or label, not null
   * @return the April 2017 reclassification for residential burglary, otherwise nothing, not null
   */
  public static List<SeriesBreak> breaksFor(String offenceKey) {
    return isResidentialBurglary(offenceKey) ? List.of(BURGLARY_RECLASSIFICATION) : List.of();
  }

  /**
   * Reads a file in either layout.
   *
   * @param in the bytes, not null; not closed
   * @param name the file's name, for messages, not null
   * @param grouping the offence grouping, for the open-data layout, not null
   * @param partnerships which partnerships to keep, by name, not null
   * @param log the import's log, not null
   * @return the counts, not null
   * @throws io.github.sscp.data.ImportException in strict mode at the first bad row
   */
  public static HomeOfficeCounts read(InputStream in, String name, Grouping grouping,
      Predicate<String> partnerships, ImportLog log) {
    return read(in, name, grouping, partnerships, offence -> true, log);
  }

  /**
   * Reads a file in either layout, keeping only some offences' counts; every offence met is still
   * listed in {@link HomeOfficeCounts#offencesSeen()}.
   *
   * @param in the bytes, not null; not closed
   * @param name the file's name, for messages, not null
   * @param grouping the offence grouping, for the open-data layout, not null
   * @param partnerships which partnerships to keep, by name, not null
   * @param offences which offences to keep, by key, not null
   * @param log the import's log, not null
   * @return the counts, not null
   * @throws io.github.sscp.data.ImportException in strict mode at the first bad row
   */
  public static HomeOfficeCounts read(InputStream in, String name, Grouping grouping,
      Predicate<String> partnerships, Predicate<String> offences, ImportLog log) {
    Objects.requireNonNull(grouping, "grouping");
    HomeOfficeCounts.Builder counts = new HomeOfficeCounts.Builder();
    HomeOfficeLayout[] layout = new HomeOfficeLayout[1];
    if (!log.file(name)) {
      log.fileProblem(new RowProblem(name, 0, RowProblem.READ_ALREADY,
          "a file named " + name + " was read earlier in this import; not counted twice"));
      return counts.build(log.summary());
    }
    CsvSource.read(in, name, ',', log, new CsvSource.Handler() {
      @Override
      public boolean header(List<String> fields) {
        Optional<HomeOfficeLayout> found = HomeOfficeLayout.detect(fields);
        if (found.isEmpty()) {
          log.fileProblem(new RowProblem(name, 1, "not a Home Office CSP recorded-crime file",
              "unexpected header '" + String.join(",", fields) + "'"));
          return false;
        }
        layout[0] = found.get();
        return true;
      }

      @Override
      public void row(long line, List<String> f) {
        if (f.size() != layout[0].columns().size()) {
          log.problem(new RowProblem(name, line, "wrong number of fields",
              "expected " + layout[0].columns().size() + ", found " + f.size()));
          return;
        }
        boolean open = layout[0] == HomeOfficeLayout.OPEN_DATA;
        if (!open && !f.get(2).strip().equals("CSP")) {
          log.skip("not a partnership's row (a force area's, say)");
          return;
        }
        String csp = f.get(open ? 3 : 1).strip();
        Optional<Quarter> quarter = quarter(f.get(open ? 0 : 6), f.get(open ? 1 : 7));
        if (quarter.isEmpty()) {
          log.problem(new RowProblem(name, line, "bad quarter", "'" + f.get(open ? 0 : 6).strip()
              + "' quarter '" + f.get(open ? 1 : 7).strip() + "' is not a financial year quarter"));
          return;
        }
        String countText = f.get(open ? 8 : 9).strip().replace(",", "");
        if (!COUNT.matcher(countText).matches()) {
          log.problem(new RowProblem(name, line, "bad count", "'" + f.get(open ? 8 : 9).strip()
              + "' is not a whole number of at most 12 digits"));
          return;
        }
        if (!partnerships.test(csp)) {
          log.skipArea("another partnership's row", csp);
          return;
        }
        String key = open ? f.get(switch (grouping) {
          case OFFENCE_GROUP -> 5;
          case OFFENCE_SUBGROUP -> 6;
          case OFFENCE_CODE -> 7;
        }).strip() : f.get(4).strip();
        counts.saw(key);
        if (!offences.test(key)) {
          log.skip("an offence no measure takes");
          return;
        }
        long count = Long.parseLong(countText);
        if (count < 0) {
          log.flag("negative count kept (a recording correction)");
        }
        if (counts.isFull(csp, key, quarter.get())) {
          log.problem(new RowProblem(name, line, "too many counts", "more than "
              + HomeOfficeCounts.MAX_COUNTS + " partnership, offence and quarter counts; name the"
              + " partnerships or offences you need"));
          return;
        }
        try {
          counts.add(csp, key, quarter.get(), count);
        } catch (ArithmeticException e) {
          log.problem(new RowProblem(name, line, "total too large", "adding " + count + " to "
              + csp + "'s " + key + " for " + quarter.get() + " goes beyond the largest count"));
          return;
        }
        log.used(csp, quarter.get().toString());
      }
    });
    return counts.build(log.summary());
  }

  /** A quarter from a year like "2019/20" or "2019-20" and a quarter like "1" or "Q1". */
  static Optional<Quarter> quarter(String year, String quarter) {
    var y = YEAR.matcher(year.strip());
    var q = QUARTER.matcher(quarter.strip());
    if (!y.matches() || !q.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(y.group(1));
    if ((start + 1) % 100 != Integer.parseInt(y.group(2)) || start < 1000 || start > 9998) {
      return Optional.empty();
    }
    return Optional.of(Quarter.of(FinancialYear.of(start), Integer.parseInt(q.group(1))));
  }
}
