package io.github.sscp.rules.kpi.window;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.series.InsufficientDataException;
import io.github.sscp.rules.kpi.stats.RateComparison;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Compares two windows of a monthly or quarterly series (4 quarters make 12 months). Every period
 * a window needs must be present: a missing one gives an {@link InsufficientDataException} naming
 * it, never a sum over fewer periods.
 *
 * <p>Thread-safe: stateless.
 */
public final class Windows {

  private Windows() {}

  /**
   * Compares the latest 12 months with the 12 months before them.
   *
   * @param series the series, monthly or quarterly, not null
   * @param options how to compare, not null
   * @return the comparison, not null
   * @throws InsufficientDataException if the series is not monthly or quarterly, or a period of
   *     the 24 months ending at its latest point is missing
   */
  public static WindowComparison rolling12(CheckedSeries series, WindowOptions options) {
    Steps steps = Steps.of(series);
    ReportingPeriod latest = series.period(series.size() - 1).orElseThrow();
    List<ReportingPeriod> current = steps.back(latest, steps.perYear);
    List<ReportingPeriod> comparison = steps.back(steps.plus(latest, -steps.perYear), steps.perYear);
    return compare(WindowKind.ROLLING_12_MONTHS, series, current, comparison, OptionalDouble.empty(),
        options);
  }

  /**
   * Compares the financial year to date (April to the latest period) with the same months of the
   * year before.
   *
   * @param series the series, monthly or quarterly, not null
   * @param options how to compare, not null
   * @return the comparison, not null
   * @throws InsufficientDataException if the series is not monthly or quarterly, or a period either
   *     window needs is missing
   */
  public static WindowComparison financialYearToDate(CheckedSeries series, WindowOptions options) {
    Steps steps = Steps.of(series);
    ReportingPeriod latest = series.period(series.size() - 1).orElseThrow();
    LocalDate yearStart = FinancialYear.from(latest.start()).start();
    int count = 0;
    for (ReportingPeriod p = latest; !p.start().isBefore(yearStart); p = steps.plus(p, -1)) {
      count++;
    }
    List<ReportingPeriod> current = steps.back(latest, count);
    List<ReportingPeriod> comparison = steps.back(steps.plus(latest, -steps.perYear), count);
    return compare(WindowKind.FINANCIAL_YEAR_TO_DATE, series, current, comparison,
        OptionalDouble.empty(), options);
  }

  /**
   * Compares the latest periods with a baseline period of the same length, e.g. the latest four
   * quarters with 2019/20. The baseline's figure is the one given, or else the series' own figure
   * over the baseline period.
   *
   * @param series the series, monthly or quarterly, not null
   * @param baseline the baseline period, whole months or quarters of the series' kind, not null
   * @param baselineValue the baseline's figure, if known apart from the series
   * @param options how to compare, not null
   * @return the comparison, not null
   * @throws InsufficientDataException if the series is not monthly or quarterly, the baseline is
   *     not made of its periods, or a period either window needs is missing
   */
  public static WindowComparison againstBaseline(CheckedSeries series, ReportingPeriod baseline,
      OptionalDouble baselineValue, WindowOptions options) {
    Objects.requireNonNull(baseline, "baseline");
    Steps steps = Steps.of(series);
    if (baseline.start().getYear() < 1000 || baseline.endExclusive().getYear() > 9999) {
      throw new InsufficientDataException("the baseline " + baseline + " has no fixed start or end");
    }
    ReportingPeriod first = steps.starting(baseline.start());
    List<ReportingPeriod> comparison = new ArrayList<>();
    for (ReportingPeriod p = first; p.start().isBefore(baseline.endExclusive())
        && comparison.size() <= series.size(); p = steps.plus(p, 1)) {
      comparison.add(p);
    }
    ReportingPeriod last = comparison.get(comparison.size() - 1);
    if (!first.start().equals(baseline.start()) || !last.endExclusive().equals(baseline.endExclusive())) {
      throw new InsufficientDataException("the baseline " + baseline + " is not made of whole "
          + steps.noun + "s of the series" + (comparison.size() > series.size()
              ? ", or is longer than the series" : ""));
    }
    ReportingPeriod latest = series.period(series.size() - 1).orElseThrow();
    List<ReportingPeriod> current = steps.back(latest, comparison.size());
    return compare(WindowKind.LATEST_VERSUS_BASELINE, series, current, comparison, baselineValue,
        options);
  }

  /**
   * Obtains the figure for a span of days from the series' periods that lie within it, when those
   * periods cover every day of it with no gap.
   *
   * @param series the series, not null
   * @param start the first day, not null
   * @param endExclusive the day after the last, not null
   * @param aggregation add or average, not null
   * @return the figure, or empty if a day is not covered
   */
  public static OptionalDouble over(CheckedSeries series, LocalDate start, LocalDate endExclusive,
      Aggregation aggregation) {
    LocalDate next = start;
    double sum = 0;
    int count = 0;
    for (int i = 0; i < series.size(); i++) {
      Optional<ReportingPeriod> p = series.period(i);
      if (p.isEmpty()) {
        return OptionalDouble.empty();
      }
      if (!p.get().start().isBefore(start) && !p.get().endExclusive().isAfter(endExclusive)) {
        if (!p.get().start().equals(next)) {
          return OptionalDouble.empty();
        }
        next = p.get().endExclusive();
        sum += series.points().get(i).value();
        count++;
      }
    }
    if (count == 0 || !next.equals(endExclusive)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(aggregation == Aggregation.SUM ? sum : sum / count);
  }

  /**
   * Obtains the sums of every run of {@code window} consecutive values: element i is the sum of
   * values i to i + window − 1.
   *
   * @param values the values, not null
   * @param window the run length, at least 1
   * @return the sums, {@code max(0, values.length − window + 1)} of them, not null
   */
  public static double[] rollingSums(double[] values, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, got " + window);
    }
    int n = Math.max(0, values.length - window + 1);
    double[] sums = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = i; j < i + window; j++) {
        sum += values[j];
      }
      sums[i] = sum;
    }
    return sums;
  }

  private static WindowComparison compare(WindowKind kind, CheckedSeries series,
      List<ReportingPeriod> current, List<ReportingPeriod> comparison, OptionalDouble given,
      WindowOptions options) {
    ToIntFunction<LocalDate> byStart = start -> indexOf(series, start);
    List<ReportingPeriod> absent = new ArrayList<>();
    if (given.isEmpty()) {
      comparison.stream().filter(p -> byStart.applyAsInt(p.start()) < 0).forEach(absent::add);
    }
    current.stream().filter(p -> byStart.applyAsInt(p.start()) < 0).forEach(absent::add);
    DateRange currentDays = span(current);
    DateRange comparisonDays = span(comparison);
    if (!absent.isEmpty()) {
      throw new InsufficientDataException(describe(kind) + " needs " + fromTo(comparison) + " and "
          + fromTo(current) + "; missing " + absent.stream().sorted((a, b) -> a.start().compareTo(b.start()))
              .map(ReportingPeriod::toString).collect(Collectors.joining(", ")));
    }
    double a = aggregate(series, current, options.aggregation());
    double b = given.isPresent() ? given.getAsDouble()
        : aggregate(series, comparison, options.aggregation());
    if (!Double.isFinite(b) || (options.aggregation() == Aggregation.SUM && b < 0)) {
      throw new IllegalArgumentException("baselineValue must be a finite count, got " + b);
    }
    List<String> warnings = new ArrayList<>();
    boolean small = a < options.smallNumberThreshold() || b < options.smallNumberThreshold();
    if (small) {
      warnings.add("small numbers: " + format(b) + " and " + format(a) + " (below "
          + format(options.smallNumberThreshold()) + ") can change a lot by chance");
    }
    LocalDate from = comparisonDays.start().isBefore(currentDays.start()) ? comparisonDays.start()
        : currentDays.start();
    for (LocalDate d : options.breaks()) {
      if (from.isBefore(d) && d.isBefore(currentDays.endExclusive())) {
        warnings.add("recording changed on " + d + ", within the span of the two windows: the"
            + " comparison is not like for like");
      }
    }
    RateComparison test = null;
    if (options.aggregation() == Aggregation.SUM && isWhole(a) && isWhole(b)) {
      test = RateComparison.of((long) a, 1, (long) b, 1, options.confidence());
    }
    return new WindowComparison(kind, currentDays, comparisonDays, a, b,
        Optional.ofNullable(test), small, warnings);
  }

  private static boolean isWhole(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15;
  }

  private static double aggregate(CheckedSeries series, List<ReportingPeriod> periods,
      Aggregation aggregation) {
    double sum = 0;
    for (ReportingPeriod p : periods) {
      sum += series.points().get(indexOf(series, p.start())).value();
    }
    return aggregation == Aggregation.SUM ? sum : sum / periods.size();
  }

  /** The position of the point that starts on a day, by bisection of the sorted series; -1 if none. */
  private static int indexOf(CheckedSeries series, LocalDate start) {
    int lo = 0;
    int hi = series.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = series.period(mid).orElseThrow().start().compareTo(start);
      if (c == 0) {
        return mid;
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  private static DateRange span(List<ReportingPeriod> periods) {
    LocalDate start = periods.get(0).start();
    LocalDate end = periods.get(0).endExclusive();
    for (ReportingPeriod p : periods) {
      start = p.start().isBefore(start) ? p.start() : start;
      end = p.endExclusive().isAfter(end) ? p.endExclusive() : end;
    }
    return DateRange.of(start, end);
  }

  private static String fromTo(List<ReportingPeriod> periods) {
    return periods.get(0) + " to " + periods.get(periods.size() - 1);
  }

  private static String describe(WindowKind kind) {
    return switch (kind) {
      case ROLLING_12_MONTHS -> "a rolling 12-month comparison";
      case FINANCIAL_YEAR_TO_DATE -> "a financial-year-to-date comparison";
      case LATEST_VERSUS_BASELINE -> "a comparison with the baseline";
    };
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Stepping through months or quarters. */
  private record Steps(boolean monthly, int perYear, String noun) {

    static Steps of(CheckedSeries series) {
      Class<?> kind = series.kind().orElse(null);
      if (kind == CalendarMonth.class) {
        return new Steps(true, 12, "month");
      } else if (kind == Quarter.class) {
        return new Steps(false, 4, "quarter");
      }
      throw new InsufficientDataException("window comparisons need a monthly or quarterly series"
          + (kind == null ? (series.size() == 0 ? "; this one is empty" : "; this one has no periods")
              : "; this one has " + kind.getSimpleName() + " periods"));
    }

    ReportingPeriod plus(ReportingPeriod p, long n) {
      return monthly ? ((CalendarMonth) p).plusMonths(n) : ((Quarter) p).plusQuarters(n);
    }

    ReportingPeriod starting(LocalDate date) {
      return monthly ? CalendarMonth.of(YearMonth.from(date)) : Quarter.from(date);
    }

    /** The {@code count} periods ending at {@code last}, oldest first. */
    List<ReportingPeriod> back(ReportingPeriod last, int count) {
      List<ReportingPeriod> periods = new ArrayList<>(count);
      for (int i = count - 1; i >= 0; i--) {
        periods.add(plus(last, -i));
      }
      return periods;
    }
  }
}
