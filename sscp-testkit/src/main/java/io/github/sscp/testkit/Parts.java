package io.github.sscp.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** The small pieces every recipe draws: words, ids, dates, lists and decimals. */
final class Parts {

  static final List<String> WORDS = List.of("safer", "streets", "community", "violence",
      "theft", "youth", "burglary", "partnership", "night", "economy", "harm", "neighbourhood");
  static final LocalDate EPOCH = LocalDate.of(2015, 4, 1);
  static final int SPAN_YEARS = 15;

  private Parts() {}

  static String words(Draws d, int max) {
    int n = d.intBetween(1, max);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = d.pick(WORDS);
      out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
    }
    return out.toString();
  }

  static String id(Draws d, String prefix) {
    return prefix + "-" + d.intBetween(0, 999);
  }

  /**
   * A date from April 2015 on, for 15 years. One draw in three lands on a day where date arithmetic
   * goes wrong: 28 or 29 February, or the first or last day of a month.
   */
  static LocalDate date(Draws d) {
    if (!d.chance(33)) {
      return EPOCH.plusDays(d.between(0, SPAN_YEARS * 365L));
    }
    YearMonth month = yearMonth(d);
    switch (d.intBetween(0, 3)) {
      case 0:
        return LocalDate.of(month.getYear(), Month.FEBRUARY, 28);
      case 1:
        return LocalDate.of(month.getYear(), Month.FEBRUARY, 1).with(TemporalAdjusters.lastDayOfMonth());
      case 2:
        return month.atDay(1);
      default:
        return month.atEndOfMonth();
    }
  }

  static YearMonth yearMonth(Draws d) {
    return YearMonth.from(EPOCH).plusMonths(d.between(0, SPAN_YEARS * 12L));
  }

  static <T> List<T> list(Draws d, int min, int max, IntFunction<T> element) {
    int n = d.intBetween(min, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(i));
    }
    return out;
  }

  static BigDecimal decimal(Draws d, long maxUnits, int scale) {
    return BigDecimal.valueOf(d.between(0, maxUnits), scale);
  }
}
