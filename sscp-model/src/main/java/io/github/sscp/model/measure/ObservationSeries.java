package io.github.sscp.model.measure;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The current observations of one series, in period order, as the KPI engine reads them: a
 * monthly or quarterly series reports the periods missing between its first and last observation.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param key the series, not null
 * @param observations the current observations, sorted by start then end, not null
 */
public record ObservationSeries(SeriesKey key, List<Observation> observations) {

  /**
   * Creates a series, copying the observations.
   *
   * @param key the series
   * @param observations the observations, in period order
   */
  public ObservationSeries {
    Objects.requireNonNull(key, "key");
    observations = List.copyOf(observations);
  }

  /**
   * Checks if the series has no observations.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return observations.isEmpty();
  }

  /**
   * Obtains the periods, in order.
   *
   * @return the periods, not null
   */
  public List<ReportingPeriod> periods() {
    return observations.stream().map(Observation::period).toList();
  }

  /**
   * Obtains the kind of period every observation shares, if they share one.
   *
   * @return the common kind (e.g. {@code Quarter.class}), or empty for an empty or mixed series
   */
  public Optional<Class<? extends ReportingPeriod>> periodKind() {
    if (observations.isEmpty()) {
      return Optional.empty();
    }
    Class<? extends ReportingPeriod> kind = observations.get(0).period().getClass();
    return observations.stream().allMatch(o -> o.period().getClass() == kind)
        ? Optional.of(kind) : Optional.empty();
  }

  /**
   * Obtains the months or quarters missing between the first and the last observation of a monthly
   * or quarterly series; a suppressed observation is present, not missing.
   *
   * @return the missing periods, in order; empty for other kinds of series, not null
   */
  public List<ReportingPeriod> missingPeriods() {
    Optional<Class<? extends ReportingPeriod>> kind = periodKind();
    List<ReportingPeriod> missing = new ArrayList<>();
    if (kind.isEmpty() || (kind.get() != CalendarMonth.class && kind.get() != Quarter.class)) {
      return missing;
    }
    for (int i = 1; i < observations.size(); i++) {
      ReportingPeriod expected = next(observations.get(i - 1).period());
      ReportingPeriod actual = observations.get(i).period();
      while (expected.start().isBefore(actual.start())) {
        missing.add(expected);
        expected = next(expected);
      }
    }
    return List.copyOf(missing);
  }

  private static ReportingPeriod next(ReportingPeriod p) {
    return p instanceof CalendarMonth m ? m.plusMonths(1) : ((Quarter) p).plusQuarters(1);
  }

  /**
   * Obtains the value of every observation, empty where suppressed.
   *
   * @return the values in period order, not null
   */
  public List<Optional<BigDecimal>> values() {
    return observations.stream().map(Observation::value).toList();
  }
}
