package io.github.sscp.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.ValueParseException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

  static final Clock FEB_2025 = Clock.fixed(LocalDate.of(2025, 2, 3).atStartOfDay()
      .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  @Test
  void financialYear_runsAprilToMarchWithItsLabel() {
    FinancialYear fy = FinancialYear.parse("2024/25");
    assertThat(fy.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(fy.endInclusive()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(FinancialYear.from(LocalDate.of(2025, 2, 3))).isEqualTo(fy);
    assertThat(FinancialYear.from(LocalDate.of(2025, 3, 31))).isEqualTo(fy);
    assertThat(FinancialYear.from(LocalDate.of(2025, 4, 1))).isEqualTo(fy.plusYears(1));
    assertThat(FinancialYear.parse("1999/00").startYear()).isEqualTo(1999);
    assertThat(fy.quarters()).extracting(Quarter::toString)
        .containsExactly("2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4");
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
    assertThat(Quarter.from(LocalDate.of(2024, 7, 1))).isEqualTo(Quarter.of(FinancialYear.of(2024), 2));
    assertThat(Quarter.parse("2024/25 Q1").previousEquivalent()).isEqualTo(Quarter.parse("2023/24 Q4"));
    assertThat(Quarter.parse("2023/24 Q4").plusQuarters(1)).isEqualTo(Quarter.parse("2024/25 Q1"));
    assertThat(Quarter.parse("2024/25 Q2").sameLastYear()).isEqualTo(Quarter.parse("2023/24 Q2"));
    assertThatThrownBy(() -> Quarter.of(FinancialYear.of(2024), 5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("quarter");
    assertThatThrownBy(() -> Quarter.of(FinancialYear.of(2024), 0)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void yearToDate_comparesWithTheSameMonthsLastYear() {
    FinancialYearToDate ytd = FinancialYearToDate.through(YearMonth.of(2024, 11));
    assertThat(ytd.toString()).isEqualTo("2024/25 YTD 2024-11");
    assertThat(ytd.months()).hasSize(8);
    assertThat(ytd.previousEquivalent()).isEqualTo(FinancialYearToDate.through(YearMonth.of(2023, 11)));
    assertThat(FinancialYearToDate.parse(" 2024/25 YTD 2024-11 ")).isEqualTo(ytd);
    assertThatThrownBy(() -> FinancialYearToDate.of(FinancialYear.of(2024), YearMonth.of(2025, 4)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("through");
    assertThatThrownBy(() -> FinancialYearToDate.parse("2024/25 YTD 2025-04"))
        .isInstanceOf(ValueParseException.class).hasMessageContaining("not in financial year 2024/25");
  }

  @Test
  void rolling12_previousIsTheTwelveMonthsBefore() {
    Rolling12Months r12 = Rolling12Months.endingWith(YearMonth.of(2024, 6));
    assertThat(r12.start()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(r12.endExclusive()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(r12.previousEquivalent().endMonth()).isEqualTo(YearMonth.of(2023, 6));
    assertThat(ReportingPeriod.parse("R12 2024-06")).isEqualTo(r12);
    assertThat(Rolling12Months.parse("R12 2024-06")).isEqualTo(r12);
    assertThat(r12.plusMonths(1).endMonth()).isEqualTo(YearMonth.of(2024, 7));
  }

  @Test
  void calendarYear_parsesFourDigits() {
    assertThat(CalendarYear.parse("2024")).isEqualTo(CalendarYear.of(2024));
    assertThat(CalendarYear.of(2024).start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(CalendarYear.of(2024).endExclusive()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThatThrownBy(() -> CalendarYear.parse("24")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void parse_rejectsUnknownAndImpossibleTextWithTheAcceptedForms() {
    assertThatThrownBy(() -> ReportingPeriod.parse("Q1 2024")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("2024/25 Q1");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-13")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("'2024-13'").hasMessageContaining("month 13 is not between 01 and 12");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024/25 Q5")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-02-30/2024-03-01"))
        .isInstanceOf(ValueParseException.class).hasMessageContaining("day 30 does not exist in 2024-02");
  }

  @ParameterizedTest
  @ValueSource(strings = {"R12 2024-13", "2024/25 YTD 2024-00", "2024-00", "2023-02-29/2023-03-01"})
  void parseErrors_sayWhatIsWrongInPlainWordsWithoutJavaTimeInternals(String text) {
    assertThatThrownBy(() -> ReportingPeriod.parse(text)).isInstanceOf(ValueParseException.class)
        .hasMessageStartingWith("Cannot parse").hasMessageContaining("'" + text + "'")
        .hasMessageNotContaining("TemporalAccessor").hasMessageNotContaining("java.time")
        .hasMessageNotContaining("Invalid value for");
  }

  @Test
  void everyParser_ignoresSurroundingWhitespaceAndNothingElse() {
    assertThat(ReportingPeriod.parse("\t2024/25 Q1\n")).isEqualTo(Quarter.parse("2024/25 Q1"));
    assertThat(CalendarMonth.parse(" 2024-05 ")).isEqualTo(CalendarMonth.of(2024, 5));
    assertThat(FinancialYear.parse(" 2024/25")).isEqualTo(FinancialYear.of(2024));
    assertThat(DateRange.parse(" 2024-04-01/.. ")).isEqualTo(DateRange.ofUnboundedEnd(LocalDate.of(2024, 4, 1)));
    assertThatThrownBy(() -> Quarter.parse("2024/25  Q1")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> ReportingPeriod.parse("R12  2024-06")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> FinancialYear.parse("2024 /25")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void outOfRangeYears_failWithTheDocumentedException() {
    assertThatThrownBy(() -> FinancialYear.of(999)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("outside the years 1000 to 9999");
    assertThatThrownBy(() -> FinancialYear.of(9999)).isInstanceOf(InvalidValueException.class);
    assertThat(FinancialYear.of(9998).endInclusive()).isEqualTo(LocalDate.of(9999, 3, 31));
    assertThatThrownBy(() -> CalendarYear.of(9999)).isInstanceOf(InvalidValueException.class);
    assertThat(CalendarYear.of(1000).start()).isEqualTo(LocalDate.of(1000, 1, 1));
    assertThat(CalendarMonth.of(1000, 1).endExclusive()).isEqualTo(LocalDate.of(1000, 2, 1));
    assertThatThrownBy(() -> CalendarMonth.of(999, 12)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CalendarMonth.of(9999, 12)).isInstanceOf(InvalidValueException.class);
    assertThat(CalendarMonth.of(9999, 11).endExclusive()).isEqualTo(LocalDate.of(9999, 12, 1));
    assertThatThrownBy(() -> Rolling12Months.endingWith(YearMonth.of(1000, 11)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Rolling12Months.endingWith(YearMonth.of(1000, 12)).start()).isEqualTo(LocalDate.of(1000, 1, 1));
    assertThatThrownBy(() -> FinancialYear.parse("0999/00")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("'0999/00'");
    assertThatThrownBy(() -> CalendarYear.parse("9999")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> ReportingPeriod.parse("0999-12")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void now_readsTheClock() {
    assertThat(CalendarMonth.now(FEB_2025)).isEqualTo(CalendarMonth.of(2025, 2));
    assertThat(Quarter.now(FEB_2025)).isEqualTo(Quarter.parse("2024/25 Q4"));
    assertThat(FinancialYear.now(FEB_2025)).isEqualTo(FinancialYear.of(2024));
    assertThat(CalendarYear.now(FEB_2025)).isEqualTo(CalendarYear.of(2025));
    assertThat(FinancialYearToDate.now(FEB_2025)).isEqualTo(FinancialYearToDate.parse("2024/25 YTD 2025-02"));
  }

  @Test
  void periodsOfOneKind_sortInTimeOrder() {
    assertThat(List.of(Quarter.parse("2024/25 Q1"), Quarter.parse("2023/24 Q4"), Quarter.parse("2023/24 Q2"))
        .stream().sorted().map(Quarter::toString).toList())
        .containsExactly("2023/24 Q2", "2023/24 Q4", "2024/25 Q1");
    assertThat(CalendarMonth.of(2024, 1)).isLessThan(CalendarMonth.of(2024, 2));
    assertThat(FinancialYear.of(2023)).isLessThan(FinancialYear.of(2024));
    assertThat(CalendarYear.of(2023)).isLessThan(CalendarYear.of(2024));
    assertThat(Rolling12Months.endingWith(YearMonth.of(2024, 1)))
        .isLessThan(Rolling12Months.endingWith(YearMonth.of(2024, 2)));
    assertThat(FinancialYearToDate.through(YearMonth.of(2024, 5)))
        .isLessThan(FinancialYearToDate.through(YearMonth.of(2024, 6)));
    DateRange early = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    assertThat(early).isLessThan(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1)))
        .isLessThan(DateRange.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3)));
    assertThat(DateRange.all()).isLessThan(early);
  }

  @Test
  void standardised_turnsARangeThatIsExactlyAStandardPeriodIntoThatPeriod() {
    assertThat(ReportingPeriod.standardised(DateRange.parse("2024-05-01/2024-06-01")))
        .isEqualTo(CalendarMonth.of(2024, 5));
    assertThat(ReportingPeriod.standardised(DateRange.parse("2024-07-01/2024-10-01")))
        .isEqualTo(Quarter.parse("2024/25 Q2"));
    assertThat(ReportingPeriod.standardised(DateRange.parse("2024-04-01/2025-04-01")))
        .isEqualTo(FinancialYear.of(2024));
    assertThat(ReportingPeriod.standardised(DateRange.parse("2024-01-01/2025-01-01")))
        .isEqualTo(CalendarYear.of(2024));
    DateRange twoMonths = DateRange.parse("2024-05-01/2024-07-01");
    assertThat(ReportingPeriod.standardised(twoMonths)).isSameAs(twoMonths);
    DateRange offQuarter = DateRange.parse("2024-05-01/2024-08-01");
    assertThat(ReportingPeriod.standardised(offQuarter)).isSameAs(offQuarter);
    DateRange offYear = DateRange.parse("2024-05-01/2025-05-01");
    assertThat(ReportingPeriod.standardised(offYear)).isSameAs(offYear);
    assertThat(ReportingPeriod.standardised(DateRange.parse("2024-05-02/2024-06-02")))
        .isInstanceOf(DateRange.class);
    Rolling12Months r12 = Rolling12Months.endingWith(YearMonth.of(2025, 3));
    assertThat(ReportingPeriod.standardised(r12)).isSameAs(r12);
    assertThat(r12.coversSameDaysAs(FinancialYear.of(2024))).isTrue();
    assertThat(r12.coversSameDaysAs(FinancialYear.of(2023))).isFalse();
  }
}
