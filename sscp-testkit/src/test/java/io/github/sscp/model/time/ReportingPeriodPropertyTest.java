package io.github.sscp.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import io.github.sscp.testkit.SscpGen;

/**
 * Properties of reporting periods, on the testkit's generators. The seed is fixed by the build
 * (QT_SEED) and printed on failure. These live beside the testkit because sscp-model cannot depend
 * on it.
 */
class ReportingPeriodPropertyTest {

  static Gen<YearMonth> months() {
    return SscpGen.months().map(m -> m.yearMonth());
  }

  static Gen<ReportingPeriod> periods() {
    return SscpGen.reportingPeriods();
  }

  @Test
  void rollingTwelveHoldsExactlyTwelveConsecutiveMonthsEndingWithItsEndMonth() {
    qt().forAll(months()).checkAssert(end -> {
      List<YearMonth> months = Rolling12Months.endingWith(end).months();
      assertThat(months).hasSize(12).endsWith(end);
      for (int i = 1; i < months.size(); i++) {
        assertThat(months.get(i)).isEqualTo(months.get(i - 1).plusMonths(1));
      }
    });
  }

  @Test
  void previousEquivalentEndsWhereThePeriodStartsAndSharesNoDay() {
    qt().forAll(periods()).assuming(p -> !(p instanceof FinancialYearToDate))
        .checkAssert(p -> {
          ReportingPeriod before = p.previousEquivalent();
          assertThat(before.endExclusive()).isEqualTo(p.start());
          assertThat(p.contains(before.endInclusive())).isFalse();
          assertThat(before.contains(p.start())).isFalse();
          assertThat(before.getClass()).isEqualTo(p.getClass());
        });
  }

  @Test
  void containsAgreesWithTheBoundsOfEveryPeriodAndItsPreviousEquivalent() {
    qt().forAll(periods(), integers().between(-800, 800)).checkAssert((p, offset) -> {
      LocalDate day = p.start().plusDays(offset);
      boolean inside = !day.isBefore(p.start()) && day.isBefore(p.endExclusive());
      assertThat(p.contains(day)).isEqualTo(inside);
      ReportingPeriod before = p.previousEquivalent();
      if (!(p instanceof FinancialYearToDate)) {
        assertThat(p.contains(day) && before.contains(day)).isFalse();
      }
    });
  }

  @Test
  void sameLastYearIsTheSameKindOneYearEarlier() {
    qt().forAll(periods()).checkAssert(p -> {
      ReportingPeriod last = p.sameLastYear();
      assertThat(last.getClass()).isEqualTo(p.getClass());
      assertThat(last.start()).isEqualTo(p.start().minusYears(1));
    });
  }

  @Test
  void quartersTileTheirFinancialYear() {
    qt().forAll(integers().between(1000, 9000)).checkAssert(year -> {
      FinancialYear fy = FinancialYear.of(year);
      List<Quarter> quarters = fy.quarters();
      assertThat(quarters.get(0).start()).isEqualTo(fy.start());
      assertThat(quarters.get(3).endExclusive()).isEqualTo(fy.endExclusive());
      for (int i = 1; i < 4; i++) {
        assertThat(quarters.get(i).start()).isEqualTo(quarters.get(i - 1).endExclusive());
      }
      assertThat(quarters.stream().mapToLong(ReportingPeriod::lengthInDays).sum())
          .isEqualTo(fy.lengthInDays());
      quarters.forEach(q -> assertThat(Quarter.from(q.start())).isEqualTo(q));
    });
  }

  @Test
  void financialYearLabelsParseAndPrintRoundTrip() {
    qt().forAll(integers().between(1000, 9998)).checkAssert(year -> {
      FinancialYear fy = FinancialYear.of(year);
      assertThat(FinancialYear.parse(fy.toString())).isEqualTo(fy);
      assertThat(fy.toString()).matches("\\d{4}/\\d{2}");
    });
  }

  @Test
  void everyPeriodParsesFromItsOwnText() {
    qt().forAll(periods()).checkAssert(p -> assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p));
  }

  @Test
  void financialYearFromAnyDayContainsThatDay() {
    qt().forAll(integers().between(0, 60_000)).checkAssert(offset -> {
      LocalDate day = LocalDate.of(1900, 1, 1).plusDays(offset);
      assertThat(FinancialYear.from(day).contains(day)).isTrue();
      assertThat(Quarter.from(day).contains(day)).isTrue();
    });
  }
}
