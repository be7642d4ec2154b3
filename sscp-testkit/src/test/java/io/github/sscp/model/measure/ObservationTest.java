package io.github.sscp.model.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Fixtures;
import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservationTest {

  static Observation obs(String id, String period, long value) {
    return Observation.builder().id(id).measureId("m").geography(Fixtures.CSP)
        .period(io.github.sscp.model.time.ReportingPeriod.parse(period)).value(BigDecimal.valueOf(value))
        .build();
  }

  @Test
  void valuesAreEqualWhateverTheirScale() {
    Observation one = obs("a", "2024-05", 1);
    assertThat(one.withValue(new BigDecimal("1.0"))).isEqualTo(one);
    assertThat(one.withValue(new BigDecimal("1.000")).value()).contains(BigDecimal.ONE);
    assertThat(one.withValue(new BigDecimal("1E+2")).value()).contains(new BigDecimal("100"));
    assertThat(one.withValue(new BigDecimal("0.00")).value()).contains(BigDecimal.ZERO);
    assertThat(one.withValue(new BigDecimal("2.50")).value().orElseThrow().toPlainString()).isEqualTo("2.5");
  }

  @Test
  void valuesAreBounded() {
    Observation one = obs("a", "2024-05", 1);
    assertThatThrownBy(() -> one.withValue(new BigDecimal("1e19"))).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("value:").hasMessageContaining("18 digits");
    assertThatThrownBy(() -> one.withValue(new BigDecimal("0.00000000001")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("10 digits after");
    assertThatCode(() -> one.withValue(new BigDecimal("999999999999999999.9999999999")))
        .doesNotThrowAnyException();
  }

  @Test
  void aRangeThatIsExactlyAStandardPeriodBecomesThatPeriod() {
    Observation asRange = Observation.builder().from(obs("a", "2024-05", 3))
        .period(DateRange.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1))).build();
    assertThat(asRange.period()).isEqualTo(CalendarMonth.of(2024, 5));
    assertThat(asRange).isEqualTo(obs("a", "2024-05", 3));
    Observation quarter = Observation.builder().from(asRange)
        .period(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1))).build();
    assertThat(quarter.period()).isEqualTo(Quarter.parse("2024/25 Q1"));
  }

  @Test
  void onlyASuppressedObservationMayLackAValue_andPeriodsAreBounded() {
    assertThatThrownBy(() -> Observation.builder().id("s").measureId("m").period(FinancialYear.of(2024))
        .build()).hasMessageStartingWith("value:").hasMessageContaining("observation s");
    assertThat(Observation.builder().id("s").measureId("m").period(FinancialYear.of(2024))
        .status(ObservationStatus.SUPPRESSED).build().value()).isEmpty();
    assertThatThrownBy(() -> Observation.builder().from(obs("a", "2024-05", 1))
        .period(DateRange.ofUnboundedEnd(LocalDate.of(2024, 1, 1))).build())
        .hasMessageStartingWith("period:");
  }

  @Test
  void supersessionInvariantsNameTheObservation() {
    assertThatThrownBy(() -> Observation.builder().from(obs("c", "2024-05", 1)).supersedesId("c").build())
        .hasMessageStartingWith("supersedesId:").hasMessageContaining("observation c");
    assertThatThrownBy(() -> Observation.builder().from(obs("c", "2024-05", 1))
        .status(ObservationStatus.REVISED).build()).hasMessageStartingWith("supersedesId:");
  }

  @Test
  void seriesKeyCombinesMeasureAreaAndBreakdown() {
    Observation o = Observation.builder().from(obs("a", "2024-05", 1))
        .putBreakdown("crimeCategory", "police-uk/burglary").build();
    assertThat(o.seriesKey()).isEqualTo(SeriesKey.of("m", Fixtures.CSP)
        .withBreakdown("crimeCategory", "police-uk/burglary"));
    assertThat(o.seriesKey()).isNotEqualTo(SeriesKey.of("m", Fixtures.CSP));
    assertThat(obs("b", "2024-05", 1).withGeography(Optional.empty()).seriesKey()).isEqualTo(SeriesKey.of("m"));
    assertThat(new SeriesKey("m", Optional.empty(), Map.of("b", "2", "a", "1")).breakdown().keySet())
        .containsExactly("a", "b");
    assertThat(List.of(o.seriesKey().toString())).singleElement().asString()
        .contains("m").contains("E22000120").contains("police-uk/burglary");
  }
}
