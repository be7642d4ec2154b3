package io.github.sscp.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.base.InvalidValueException;
import io.github.sscp.model.base.ValueParseException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void isHalfOpenAndRejectsEmptyRanges() {
    DateRange fy = DateRange.ofClosed(d("2024-04-01"), d("2025-03-31"));
    assertThat(fy.endExclusive()).isEqualTo(d("2025-04-01"));
    assertThat(fy.contains(d("2025-03-31"))).isTrue();
    assertThat(fy.contains(d("2025-04-01"))).isFalse();
    assertThat(fy.contains(d("2024-03-31"))).isFalse();
    assertThat(fy.encloses(FinancialYear.of(2024))).isTrue();
    assertThat(fy.lengthInDays()).isEqualTo(365);
    assertThatThrownBy(() -> DateRange.of(d("2024-04-01"), d("2024-04-01")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("endExclusive");
    assertThatThrownBy(() -> DateRange.ofClosed(d("2024-04-02"), d("2024-04-01")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("endInclusive");
    assertThat(DateRange.ofClosed(d("2024-04-01"), d("2024-04-01")).lengthInDays()).isEqualTo(1);
    assertThat(fy.isWholeMonths()).isTrue();
    assertThatThrownBy(() -> DateRange.of(d("2024-04-02"), d("2024-05-01")).months())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void sameLastYear_keepsLeapDaysAndMonthEndsWhole() {
    // the one-day range on 28 Feb 2024 used to map to an empty range and throw
    assertThat(DateRange.ofClosed(d("2024-02-28"), d("2024-02-28")).sameLastYear())
        .isEqualTo(DateRange.ofClosed(d("2023-02-28"), d("2023-02-28")));
    // January to 28 Feb 2024 used to lose 28 Feb 2023
    assertThat(DateRange.ofClosed(d("2024-01-01"), d("2024-02-28")).sameLastYear())
        .isEqualTo(DateRange.ofClosed(d("2023-01-01"), d("2023-02-28")));
    // a closed year ending 28 Feb 2024 used to map to 364 days
    DateRange yearTo28Feb = DateRange.ofClosed(d("2023-03-01"), d("2024-02-28"));
    assertThat(yearTo28Feb.sameLastYear()).isEqualTo(DateRange.ofClosed(d("2022-03-01"), d("2023-02-28")));
    assertThat(yearTo28Feb.sameLastYear().lengthInDays()).isEqualTo(365);
    // a range ending at the end of February keeps the whole of February a leap year earlier
    assertThat(DateRange.ofClosed(d("2024-03-01"), d("2025-02-28")).sameLastYear())
        .isEqualTo(DateRange.ofClosed(d("2023-03-01"), d("2024-02-29")));
    // 29 February itself moves to 28 February
    assertThat(DateRange.ofClosed(d("2024-02-29"), d("2024-02-29")).sameLastYear())
        .isEqualTo(DateRange.ofClosed(d("2023-02-28"), d("2023-02-28")));
    assertThat(DateRange.ofClosed(d("2024-02-10"), d("2024-03-31")).sameLastYear())
        .isEqualTo(DateRange.ofClosed(d("2023-02-10"), d("2023-03-31")));
  }

  @Test
  void previousEquivalent_hasEqualLengthAndEndsWhereThisStarts() {
    DateRange r = DateRange.of(d("2024-03-10"), d("2024-03-20"));
    assertThat(r.previousEquivalent()).isEqualTo(DateRange.of(d("2024-02-29"), d("2024-03-10")));
    DateRange oneDay = DateRange.ofClosed(d("2024-03-01"), d("2024-03-01"));
    assertThat(oneDay.previousEquivalent()).isEqualTo(DateRange.ofClosed(d("2024-02-29"), d("2024-02-29")));
  }

  @Test
  void unboundedEnds_containEverythingOnTheirOpenSide() {
    DateRange from = DateRange.ofUnboundedEnd(d("2023-01-31"));
    assertThat(from.contains(d("2023-01-31"))).isTrue();
    assertThat(from.contains(d("2023-01-30"))).isFalse();
    assertThat(from.contains(d("9999-12-31"))).isTrue();
    assertThat(from.isUnboundedEnd()).isTrue();
    assertThat(from.isUnboundedStart()).isFalse();
    assertThat(from.isBounded()).isFalse();
    assertThat(from.endInclusive()).isEqualTo(LocalDate.MAX);
    DateRange until = DateRange.ofUnboundedStart(d("2012-11-22"));
    assertThat(until.contains(d("2012-11-21"))).isTrue();
    assertThat(until.contains(d("2012-11-22"))).isFalse();
    assertThat(until.contains(d("1000-01-01"))).isTrue();
    assertThat(DateRange.all().contains(d("2024-01-01"))).isTrue();
    assertThat(DateRange.all().isWholeMonths()).isFalse();
    assertThatThrownBy(from::lengthInDays).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unbounded");
    assertThatThrownBy(from::sameLastYear).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(until::previousEquivalent).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(from::months).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void relations_encloseAbutOverlapIntersectAndSpan() {
    DateRange a = DateRange.of(d("2024-01-01"), d("2024-04-01"));
    DateRange b = DateRange.of(d("2024-04-01"), d("2024-07-01"));
    DateRange c = DateRange.of(d("2024-03-01"), d("2024-05-01"));
    assertThat(a.abuts(b)).isTrue();
    assertThat(b.abuts(a)).isTrue();
    assertThat(a.abuts(c)).isFalse();
    assertThat(a.overlaps(b)).isFalse();
    assertThat(a.overlaps(c)).isTrue();
    assertThat(a.intersection(b)).isEmpty();
    assertThat(a.intersection(c)).contains(DateRange.of(d("2024-03-01"), d("2024-04-01")));
    assertThat(c.intersection(a)).contains(DateRange.of(d("2024-03-01"), d("2024-04-01")));
    assertThat(a.span(b)).isEqualTo(DateRange.of(d("2024-01-01"), d("2024-07-01")));
    assertThat(b.span(a)).isEqualTo(DateRange.of(d("2024-01-01"), d("2024-07-01")));
    assertThat(a.encloses(DateRange.of(d("2024-01-01"), d("2024-04-01")))).isTrue();
    assertThat(a.encloses(c)).isFalse();
    assertThat(DateRange.ofUnboundedEnd(d("2023-01-31")).encloses(FinancialYear.of(2024))).isTrue();
    assertThat(DateRange.ofUnboundedEnd(d("2024-05-01")).encloses(FinancialYear.of(2024))).isFalse();
    assertThat(DateRange.ofUnboundedEnd(d("2024-05-01")).intersection(a))
        .isEmpty();
    assertThat(DateRange.all().intersection(a)).contains(a);
  }

  @Test
  void canonicalText_roundTripsWithOpenEnds() {
    assertThat(DateRange.ofUnboundedEnd(d("2024-04-01")).toString()).isEqualTo("2024-04-01/..");
    assertThat(DateRange.ofUnboundedStart(d("2024-04-01")).toString()).isEqualTo("../2024-04-01");
    assertThat(DateRange.all().toString()).isEqualTo("../..");
    assertThat(DateRange.parse("../..")).isEqualTo(DateRange.all());
    assertThat(ReportingPeriod.parse("../2024-04-01")).isEqualTo(DateRange.ofUnboundedStart(d("2024-04-01")));
    assertThat(DateRange.parse("2024-04-01/2025-04-01")).isEqualTo(DateRange.of(d("2024-04-01"), d("2025-04-01")));
    assertThatThrownBy(() -> DateRange.parse("2024-04-01/2024-04-01")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("must be after start");
    assertThatThrownBy(() -> DateRange.parse("2024-04-01")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void boundedEnds_stayInTheYears1000To9999() {
    assertThatThrownBy(() -> DateRange.of(d("0999-12-31"), d("2024-01-01")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> DateRange.of(d("2024-01-01"), LocalDate.of(10000, 1, 1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("endExclusive");
    assertThat(DateRange.of(d("1000-01-01"), d("9999-12-31")).isBounded()).isTrue();
    assertThat(DateRange.of(d("9999-01-01"), d("9999-12-31")).lengthInDays()).isEqualTo(364);
    assertThat(DateRange.of(d("1000-01-01"), d("1000-01-02")).lengthInDays()).isEqualTo(1);
    assertThat(DateRange.ofUnboundedStart(d("1000-01-01")).contains(d("0999-12-31"))).isTrue();
  }
}
