package io.github.sscp.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.time.Quarter;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The timeline's date walk finds every date a value holds through the model's shape alone — in a
 * type it was never told about, nested values included — and a month gives its first and last
 * days and the day after.
 */
class ModelDatesTest {

  @Test
  void everyDateOfAnUnknownValueTypeIsFound() {
    DatedRecords inner = ImmutableDatedRecords.builder().agreed(LocalDate.of(2020, 5, 6))
        .period(Quarter.parse("2021/22 Q1")).build();
    DatedRecords outer = ImmutableDatedRecords.builder().agreed(LocalDate.of(2024, 7, 1))
        .month(YearMonth.of(2025, 2)).period(Quarter.parse("2024/25 Q3")).addInner(inner).build();
    assertThat(ModelDates.of(outer)).containsExactly(
        LocalDate.of(2020, 5, 6),
        LocalDate.of(2021, 4, 1), LocalDate.of(2021, 7, 1),
        LocalDate.of(2024, 7, 1),
        LocalDate.of(2024, 10, 1), LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1));
  }
}
