package io.github.sscp.rules.kpi;

import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.series.CheckedSeries;
import io.github.sscp.rules.kpi.window.Aggregation;
import io.github.sscp.rules.kpi.window.Windows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The value a target is judged on: the series over the target's period, or, while the data do not
 * yet reach the end of that period, over the latest stretch of the same length.
 *
 * @param value the value, if the series covers the days
 * @param start the first day used
 * @param endExclusive the day after the last one used
 * @param note how the value was found, when it is not simply the target's period; empty otherwise
 */
record TargetWindow(Optional<BigDecimal> value, LocalDate start, LocalDate endExclusive,
    String note) {

  static TargetWindow over(CheckedSeries series, ReportingPeriod by, boolean counts) {
    Aggregation how = counts ? Aggregation.SUM : Aggregation.MEAN;
    OptionalDouble exact = Windows.over(series, by.start(), by.endExclusive(), how);
    if (exact.isPresent()) {
      return new TargetWindow(decimal(exact), by.start(), by.endExclusive(), "");
    }
    if (by.start().getYear() < 1000 || by.endExclusive().getYear() > 9999) {
      return new TargetWindow(Optional.empty(), by.start(), by.endExclusive(),
          "the target's period " + by + " has no fixed start or end");
    }
    ReportingPeriod latest = series.period(series.size() - 1).orElse(null);
    if (latest == null || !by.endExclusive().isAfter(latest.endExclusive())) {
      return new TargetWindow(Optional.empty(), by.start(), by.endExclusive(),
          "the data do not cover " + by);
    }
    LocalDate end = latest.endExclusive();
    LocalDate start = end.minus(Period.between(by.start(), by.endExclusive()));
    OptionalDouble stand = Windows.over(series, start, end, how);
    String length = Period.between(start, end).toTotalMonths() + " months";
    return new TargetWindow(decimal(stand), start, end, stand.isPresent()
        ? "the latest " + length + ", to " + latest + ", stand in for " + by
            + ", which the data do not yet cover"
        : "the data do not yet cover " + by + ", and the latest " + length + " have a gap");
  }

  Optional<BigDecimal> yearBefore(CheckedSeries series, boolean counts) {
    return decimal(Windows.over(series, start.minusYears(1), endExclusive.minusYears(1),
        counts ? Aggregation.SUM : Aggregation.MEAN));
  }

  private static Optional<BigDecimal> decimal(OptionalDouble v) {
    return v.isPresent() ? Optional.of(BigDecimal.valueOf(v.getAsDouble())) : Optional.empty();
  }
}
