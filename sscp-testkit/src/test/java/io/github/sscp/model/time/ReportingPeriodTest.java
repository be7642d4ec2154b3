package io.github.sscp.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.InvalidValueException;
import io.github.sscp.model.ValueParseException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void financialYear_runsAprilToMarchWithItsLabel() {
    FinancialYear fy = FinancialYear.parse("2024/25");
    assertThat(fy.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(fy.endInclusive()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(FinancialYear.from(LocalDate.of(2025, 2, 3))).isEqualTo(fy);
    assertThat(FinancialYear.parse("1999/00").startYear()).isEqualTo(1999);
  }

  @Test
  void financialYear_parse_rejectsNonConsecutiveYearsNamingTheText() {
    assertThatThrownBy(() -> FinancialYear.parse("2024/26"))
        .isInstanceOf(ValueParseException.class).hasMessageContaining("'2024/26'")
        .hasMessageContaining("2024/25");
    assertThatThrownBy(() -> FinancialYear.parse("2024-25")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void quarter_numbersFromApril() {
    assertThat(Quarter.parse("2024/25 Q3").start()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(Quarter.from(LocalDate.of(2025, 3, 31))).isEqualTo(Quarter.of(FinancialYear.of(2024), 4));
    assertThat(Quarter.parse("2024/25 Q1").previousEquivalent()).isEqualTo(Quarter.parse("2023/24 Q4"));
    assertThatThrownBy(() -> Quarter.of(FinancialYear.of(2024), 5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("quarter");
  }

  @Test
  void yearToDate_comparesWithTheSameMonthsLastYear() {
    FinancialYearToDate ytd = FinancialYearToDate.through(YearMonth.of(2024, 11));
    assertThat(ytd.toString()).isEqualTo("2024/25 YTD 2024-11");
    assertThat(ytd.months()).hasSize(8);
    assertThat(ytd.previousEquivalent()).isEqualTo(FinancialYearToDate.through(YearMonth.of(2023, 11)));
    assertThatThrownBy(() -> FinancialYearToDate.of(FinancialYear.of(2024), YearMonth.of(2025, 4)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("through");
  }

  @Test
  void rolling12_previousIsTheTwelveMonthsBefore() {
    Rolling12Months r12 = Rolling12Months.endingWith(YearMonth.of(2024, 6));
    assertThat(r12.start()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(r12.previousEquivalent().endMonth()).isEqualTo(YearMonth.of(2023, 6));
    assertThat(ReportingPeriod.parse("R12 2024-06")).isEqualTo(r12);
  }

  @Test
  void dateRange_isHalfOpenAndRejectsEmptyRanges() {
    DateRange fy = DateRange.ofClosed(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
    assertThat(fy.endExclusive()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(fy.contains(LocalDate.of(2025, 4, 1))).isFalse();
    assertThat(fy.encloses(FinancialYear.of(2024))).isTrue();
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("endExclusive");
    assertThat(fy.isWholeMonths()).isTrue();
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 5, 1)).months())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void parse_rejectsUnknownAndImpossibleTextWithTheAcceptedForms() {
    assertThatThrownBy(() -> ReportingPeriod.parse("Q1 2024")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("2024/25 Q1");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-13")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("'2024-13'");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024/25 Q5")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-02-30/2024-03-01"))
        .isInstanceOf(ValueParseException.class);
  }
}
