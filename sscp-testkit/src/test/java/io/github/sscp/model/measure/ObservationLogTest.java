package io.github.sscp.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Fixtures;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservationLogTest {

  static Observation obs(String id, String period, long value) {
    return ObservationTest.obs(id, period, value);
  }

  @Test
  void isAppendOnlyAndRevisionsSupersedeLikeEntries() {
    ObservationLog log = ObservationLog.of(List.of(obs("a", "2024-05", 10)));
    Observation revision = Observation.builder().from(obs("b", "2024-05", 12)).supersedesId("a")
        .status(ObservationStatus.REVISED).build();
    ObservationLog revised = log.append(revision);
    assertThat(log.entries()).hasSize(1);
    assertThat(revised.current()).containsExactly(revision);
    assertThat(revised.history("b")).extracting(Observation::id).containsExactly("a", "b");
    assertThat(revised.history("zz")).isEmpty();

    assertThatThrownBy(() -> revised.append(obs("a", "2024-05", 1))).hasMessageContaining("entries[2].id");
    assertThatThrownBy(() -> log.append(Observation.builder().from(obs("c", "2024-05", 1)).supersedesId("zz")
        .build())).hasMessageContaining("entries[1].supersedesId").hasMessageContaining("'zz'");
    assertThatThrownBy(() -> revised.append(Observation.builder().from(obs("c", "2024-05", 1))
        .supersedesId("a").build())).hasMessageContaining("already superseded");
    assertThatThrownBy(() -> log.append(Observation.builder().from(obs("c", "2024-06", 1)).supersedesId("a")
        .build())).hasMessageContaining("is for m");
  }

  @Test
  void series_isSortedByPeriodWithTheCurrentValues() {
    ObservationLog log = ObservationLog.of(List.of(obs("b", "2024-06", 20), obs("a", "2024-05", 10),
        Observation.builder().from(obs("c", "2024-05", 11)).supersedesId("a")
            .status(ObservationStatus.REVISED).build(),
        obs("other-area", "2024-04", 99).withGeography(io.github.sscp.model.geography.GssCode.of("E22000118"))));
    ObservationSeries s = log.series(SeriesKey.of("m", Fixtures.CSP));
    assertThat(s.periods()).containsExactly(CalendarMonth.of(2024, 5), CalendarMonth.of(2024, 6));
    assertThat(s.values()).containsExactly(Optional.of(new BigDecimal("11")), Optional.of(new BigDecimal("20")));
    assertThat(s.periodKind()).contains(CalendarMonth.class);
    assertThat(log.seriesKeys()).hasSize(2);
    assertThat(log.series(SeriesKey.of("nothing")).isEmpty()).isTrue();
  }

  @Test
  void missingPeriods_areReportedForMonthlyAndQuarterlySeries() {
    ObservationLog monthly = ObservationLog.of(List.of(obs("a", "2024-01", 1), obs("b", "2024-02", 1),
        obs("c", "2024-05", 1), obs("d", "2024-07", 1)));
    assertThat(monthly.series(SeriesKey.of("m", Fixtures.CSP)).missingPeriods())
        .containsExactly(CalendarMonth.of(2024, 3), CalendarMonth.of(2024, 4), CalendarMonth.of(2024, 6));
    ObservationLog quarterly = ObservationLog.of(List.of(obs("a", "2023/24 Q3", 1), obs("b", "2024/25 Q2", 1)));
    assertThat(quarterly.series(SeriesKey.of("m", Fixtures.CSP)).missingPeriods())
        .containsExactly(Quarter.parse("2023/24 Q4"), Quarter.parse("2024/25 Q1"));
    ObservationLog mixed = ObservationLog.of(List.of(obs("a", "2024-01", 1), obs("b", "2024/25 Q2", 1)));
    ObservationSeries mixedSeries = mixed.series(SeriesKey.of("m", Fixtures.CSP));
    assertThat(mixedSeries.periodKind()).isEmpty();
    assertThat(mixedSeries.missingPeriods()).isEmpty();
  }

  @Test
  void aMonthWrittenAsARangeIsTheSameKey_soTwoCurrentValuesConflict() {
    Observation asRange = Observation.builder().from(obs("b", "2024-05", 12))
        .period(DateRange.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1))).build();
    ObservationLog log = ObservationLog.of(List.of(obs("a", "2024-05", 10), asRange));
    assertThat(log.conflicts()).containsOnlyKeys(1);
    assertThat(log.series(SeriesKey.of("m", Fixtures.CSP)).observations()).extracting(Observation::id)
        .containsExactly("b");
    Observation fytd = Observation.builder().from(obs("c", "2024-05", 12))
        .period(ReportingPeriod.parse("2024/25 YTD 2024-06")).build();
    Observation q1 = obs("d", "2024/25 Q1", 3);
    assertThat(ObservationLog.of(List.of(fytd, q1)).conflicts()).containsOnlyKeys(1);
    assertThat(ObservationLog.of(List.of(obs("a", "2024-05", 10), obs("b", "2024-06", 10))).conflicts())
        .isEmpty();
  }

  @Test
  void ownSeries_joinsUnplacedObservationsWithThoseForThePartnershipsCode() {
    Observation placed = obs("a", "2024-05", 10);
    Observation unplaced = obs("b", "2024-06", 11).withGeography(Optional.empty());
    Partnership p = Partnership.builder().from(Fixtures.partnership())
        .observations(ObservationLog.of(List.of(unplaced, placed))).build();
    assertThat(p.ownSeries("m").observations()).extracting(Observation::id).containsExactly("a", "b");
    assertThat(p.ownSeries("none").isEmpty()).isTrue();
  }
}
