package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.json.Types.Shape;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.spc.SpcResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the format writes each kind of Java value: the table in docs/FORMAT.md, type by type. */
class TypesTest {

  @Test
  void everyJavaTypeTheModelUsesHasItsShape() {
    Map<Class<?>, Shape> expected = Map.ofEntries(
        Map.entry(String.class, Shape.STRING),
        Map.entry(boolean.class, Shape.BOOLEAN), Map.entry(Boolean.class, Shape.BOOLEAN),
        Map.entry(int.class, Shape.INT), Map.entry(Integer.class, Shape.INT),
        Map.entry(long.class, Shape.LONG), Map.entry(Long.class, Shape.LONG),
        Map.entry(double.class, Shape.DOUBLE), Map.entry(Double.class, Shape.DOUBLE),
        Map.entry(BigDecimal.class, Shape.DECIMAL),
        Map.entry(Nation.class, Shape.ENUM),
        Map.entry(LocalDate.class, Shape.TEXT), Map.entry(YearMonth.class, Shape.TEXT),
        Map.entry(GssCode.class, Shape.TEXT), Map.entry(Money.class, Shape.TEXT),
        Map.entry(ReportingPeriod.class, Shape.TEXT), Map.entry(Quarter.class, Shape.TEXT),
        Map.entry(CalendarMonth.class, Shape.TEXT), Map.entry(DateRange.class, Shape.TEXT),
        Map.entry(SpcResult.class, Shape.SPC),
        Map.entry(KpiAssessment.class, Shape.RECORD),
        Map.entry(Partnership.class, Shape.IMMUTABLE));
    expected.forEach((type, shape) -> assertThat(Types.shape(type)).as(type.getName()).isEqualTo(shape));
    assertThatThrownBy(() -> Types.shape(Object.class))
        .hasMessage("the format has no mapping for java.lang.Object");
    assertThatThrownBy(() -> Types.shape(java.util.UUID.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyModelInterfacesWithAGeneratedImplementationAreImmutables() {
    assertThat(Types.isImmutable(Partnership.class)).isTrue();
    assertThat(Types.isImmutable(ReportingPeriod.class)).isFalse();  // sealed interface of records
    assertThat(Types.isImmutable(Runnable.class)).isFalse();          // not the model's
    assertThat(Types.isImmutable(io.github.sscp.model.base.HasProvenance.class)).isFalse();
  }

  @Test
  void textTypesAreParsedFromTheirCanonicalText() {
    assertThat(Types.parseText(LocalDate.class, "2024-07-01")).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(Types.parseText(YearMonth.class, "2024-07")).isEqualTo(YearMonth.of(2024, 7));
    assertThat(Types.parseText(ReportingPeriod.class, "2024/25 Q1"))
        .isEqualTo(Quarter.parse("2024/25 Q1"));
    assertThat(Types.parseText(Quarter.class, "2024/25 Q2")).isEqualTo(Quarter.parse("2024/25 Q2"));
    assertThat(Types.parseText(Money.class, "GBP 12.50")).isEqualTo(Money.parse("12.5"));
    assertThat(Types.parseText(GssCode.class, "E22000120")).isEqualTo(GssCode.of("E22000120"));
    assertThatThrownBy(() -> Types.parseText(Quarter.class, "2024/25 Q5"))
        .isInstanceOf(io.github.sscp.model.base.ValueParseException.class);
    assertThatThrownBy(() -> Types.parseText(Object.class, "x"))
        .hasMessage("no canonical text for Object");
  }
}
