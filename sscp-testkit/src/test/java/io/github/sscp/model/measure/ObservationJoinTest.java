package io.github.sscp.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.SscpException;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an embedder adding observations relies on: ids derived by the documented scheme, a bulk
 * append, a revision that supersedes, and a join that never replaces an entry.
 */
class ObservationJoinTest {

  static Observation value(String period, long v) {
    return Observation.builder().measureId("asb").period(CalendarMonth.parse(period))
        .value(BigDecimal.valueOf(v)).build();
  }

  @Test
  void anIdNotGivenIsDerivedFromMeasureAreaPeriodAndBreakdown() {
    assertThat(value("2026-03", 1).id()).isEqualTo("asb/own/2026-03");
    Observation placed = Observation.builder().measureId("residential-burglary")
        .geography(GssCode.of("E22000120")).period(Quarter.parse("2024/25 Q1"))
        .value(BigDecimal.valueOf(213)).build();
    assertThat(placed.id()).isEqualTo("residential-burglary/e22000120/2024-25-q1");
    Observation broken = Observation.builder().measureId("m").period(CalendarMonth.parse("2024-05"))
        .putBreakdown("outcome", "Investigation complete; no suspect identified")
        .putBreakdown("category", "police-uk/burglary").value(BigDecimal.ONE).build();
    // breakdown categories by dimension name: category, then outcome
    assertThat(broken.id()).isEqualTo(
        "m/own/2024-05/police-uk-burglary/investigation-complete-no-suspect-identified");
    // a date range that is exactly a month is that month, in the id as in the period
    Observation range = Observation.builder().measureId("m")
        .period(DateRange.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1)))
        .value(BigDecimal.ONE).build();
    assertThat(range.id()).isEqualTo("m/own/2024-05");
    assertThat(value("2026-03", 1).withId("mine").id()).isEqualTo("mine");
    String longBreakdown = "x".repeat(300);
    Observation huge = Observation.builder().measureId("m").period(CalendarMonth.parse("2024-05"))
        .putBreakdown("d", longBreakdown).value(BigDecimal.ONE).build();
    assertThat(huge.id()).hasSizeLessThanOrEqualTo(200).startsWith("m/own/2024-05/xxx")
        .matches(io.github.sscp.model.base.Ids.PATTERN);
    Observation other = Observation.builder().from(huge).breakdown(Map.of("d", longBreakdown + "y"))
        .id(Observation.derivedId("m", java.util.Optional.empty(), Map.of("d", longBreakdown + "y"),
            CalendarMonth.parse("2024-05"))).build();
    assertThat(other.id()).isNotEqualTo(huge.id());
  }

  @Test
  void appendAllAddsInOrderAndChecksOnce() {
    ObservationLog log = ObservationLog.EMPTY.appendAll(List.of(value("2026-01", 1),
        value("2026-02", 2)));
    assertThat(log.entries()).extracting(Observation::id)
        .containsExactly("asb/own/2026-01", "asb/own/2026-02");
    assertThatThrownBy(() -> log.appendAll(List.of(value("2026-03", 3), value("2026-01", 9))))
        .isInstanceOf(InvalidValueException.class).isInstanceOf(SscpException.class)
        .hasMessageContaining("entries[3].id").hasMessageContaining("asb/own/2026-01");
  }

  @Test
  void aRevisionSupersedesTheValueInForceUnderANewId() {
    ObservationLog log = ObservationLog.of(List.of(value("2026-01", 10)));
    ObservationLog revised = log.revise(value("2026-01", 12));
    Observation r = revised.current().get(0);
    assertThat(r.id()).isEqualTo("asb/own/2026-01/r2");
    assertThat(r.supersedesId()).contains("asb/own/2026-01");
    assertThat(r.status()).isEqualTo(ObservationStatus.REVISED);
    assertThat(r.value()).contains(BigDecimal.valueOf(12));
    assertThat(revised.revise(value("2026-01", 13)).current().get(0).id())
        .isEqualTo("asb/own/2026-01/r3");
    assertThat(revised.history("asb/own/2026-01/r2")).hasSize(2);
    assertThatThrownBy(() -> log.revise(value("2026-02", 1))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("no observation of").hasMessageContaining("2026-02");
    Observation suppressed = Observation.builder().measureId("asb")
        .period(CalendarMonth.parse("2026-01")).status(ObservationStatus.SUPPRESSED).build();
    assertThat(log.revise(suppressed).current().get(0).status())
        .isEqualTo(ObservationStatus.SUPPRESSED);
  }

  @Test
  void joiningLeavesEqualValuesOutRevisesDifferentOnesAndAppendsNewOnes() {
    ObservationLog log = ObservationLog.of(List.of(value("2026-01", 10), value("2026-02", 20)));
    ObservationLog joined = log.join(List.of(value("2026-01", 10), value("2026-02", 21),
        value("2026-03", 30)));
    assertThat(joined.entries()).hasSize(4);
    assertThat(joined.entries().subList(0, 2)).isEqualTo(log.entries());
    assertThat(joined.current()).extracting(o -> o.value().orElseThrow().intValue())
        .containsExactly(10, 21, 30);
    assertThat(joined.find("asb/own/2026-02/r2").orElseThrow().supersedesId())
        .contains("asb/own/2026-02");
    assertThat(log.join(List.of(value("2026-01", 10)))).isSameAs(log);
    // the same new value twice in one join: once
    assertThat(log.join(List.of(value("2026-04", 1), value("2026-04", 1))).entries()).hasSize(3);
    // a different figure with an id that is taken elsewhere gets a unique one
    Observation clash = value("2026-05", 5).withId("asb/own/2026-01");
    assertThat(log.join(List.of(clash)).entries().get(2).id()).isEqualTo("asb/own/2026-01/r2");
    assertThat(log.inForce(value("2026-02", 0)).orElseThrow().id()).isEqualTo("asb/own/2026-02");
    assertThat(log.inForce(value("2027-02", 0))).isEmpty();
  }
}
