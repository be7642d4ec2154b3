package io.github.sscp.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sscp.testkit.SscpGen;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of reporting periods, on the testkit's generators (dates lean to 28/29 February and
 * month ends). The seed is fixed by the build (QT_SEED) and printed on failure.
 */
class ReportingPeriodPropertyTest {

  static Gen<YearMonth> months() {
    return SscpGen.months().map(CalendarMonth::yearMonth);
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
  void previousEquivalentIsTheSameKindEndingWhereThePeriodStarts() {
    qt().forAll(SscpGen.reportingPeriods()).assuming(p -> !(p instanceof FinancialYearToDate))
        .checkAssert(p -> {
          ReportingPeriod before = p.previousEquivalent();
          assertThat(before.getClass()).isEqualTo(p.getClass());
          assertThat(before.endExclusive()).isEqualTo(p.start());
        });
  }

  @Test
  void previousEquivalentOfARangeHasTheSameLength() {
    qt().forAll(SscpGen.dateRanges()).checkAssert(r ->
        assertThat(r.previousEquivalent().lengthInDays()).isEqualTo(r.lengthInDays()));
  }

  @Test
  void previousEquivalentOfEveryKindButARangeHasTheSameNumberOfMonths() {
    qt().forAll(SscpGen.reportingPeriods()).assuming(p -> !(p instanceof DateRange))
        .checkAssert(p -> assertThat(p.previousEquivalent().months()).hasSameSizeAs(p.months()));
  }

  @Test
  void sameLastYearMovesBothEndsBackAYearKeepingMonthEnds() {
    qt().forAll(SscpGen.reportingPeriods()).checkAssert(p -> {
      ReportingPeriod last = p.sameLastYear();
      assertThat(last.getClass()).isEqualTo(p.getClass());
      assertThat(last.start()).isEqualTo(p.start().minusYears(1));
      LocalDate end = p.endInclusive();
      LocalDate expectedEnd = end.equals(end.with(TemporalAdjusters.lastDayOfMonth()))
          ? end.minusYears(1).with(TemporalAdjusters.lastDayOfMonth()) : end.minusYears(1);
      assertThat(last.endInclusive()).isEqualTo(expectedEnd);
    });
  }

  @Test
  void sameLastYearOfARangeLosesAtMostTheLeapDay() {
    qt().forAll(SscpGen.dateRanges()).checkAssert(r -> {
      long lost = r.lengthInDays() - r.sameLastYear().lengthInDays();
      assertThat(lost).isBetween(-1L, 1L);
      assertThat(r.sameLastYear().lengthInDays()).isPositive();
    });
  }

  @Test
  void quartersTileTheirFinancialYear() {
    qt().forAll(integers().between(1000, 9998)).checkAssert(year -> {
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
  void everyPeriodParsesFromItsOwnText() {
    qt().forAll(SscpGen.reportingPeriods()).checkAssert(p ->
        assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p));
  }

  @Test
  void everyValidityParsesFromItsOwnText() {
    qt().forAll(SscpGen.validities()).checkAssert(r -> assertThat(DateRange.parse(r.toString())).isEqualTo(r));
  }

  @Test
  void financialYearAndQuarterFromAnyDayContainThatDay() {
    qt().forAll(integers().between(0, 60_000)).checkAssert(offset -> {
      LocalDate day = LocalDate.of(1900, 1, 1).plusDays(offset);
      assertThat(FinancialYear.from(day).contains(day)).isTrue();
      assertThat(Quarter.from(day).contains(day)).isTrue();
      assertThat(CalendarMonth.from(day).contains(day)).isTrue();
    });
  }

  @Test
  void standardisedCoversTheSameDays() {
    qt().forAll(SscpGen.reportingPeriods()).checkAssert(p -> {
      ReportingPeriod s = ReportingPeriod.standardised(DateRange.from(p));
      assertThat(s.coversSameDaysAs(p)).isTrue();
      if (p instanceof CalendarMonth || p instanceof Quarter || p instanceof FinancialYear
          || p instanceof CalendarYear) {
        assertThat(s).isEqualTo(p);
      }
    });
  }

  @Test
  void intersectionHoldsExactlyTheSharedDays() {
    qt().forAll(SscpGen.dateRanges(), SscpGen.dateRanges(), integers().between(0, 3000))
        .checkAssert((a, b, offset) -> {
          LocalDate day = a.start().plusDays(offset - 1500);
          boolean inBoth = a.contains(day) && b.contains(day);
          assertThat(a.intersection(b).map(r -> r.contains(day)).orElse(false)).isEqualTo(inBoth);
          assertThat(a.overlaps(b)).isEqualTo(a.intersection(b).isPresent());
          assertThat(a.span(b).encloses(a) && a.span(b).encloses(b)).isTrue();
        });
  }
}
