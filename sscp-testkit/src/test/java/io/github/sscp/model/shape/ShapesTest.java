package io.github.sscp.model.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the model's shape classifies each kind of Java value: the table in docs/FORMAT.md. */
class ShapesTest {

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
        Map.entry(io.github.sscp.model.validation.Violation.class, Shape.RECORD),
        Map.entry(Partnership.class, Shape.VALUE),
        Map.entry(java.util.Optional.class, Shape.OPTIONAL),
        Map.entry(java.util.OptionalDouble.class, Shape.OPTIONAL_DOUBLE),
        Map.entry(java.util.List.class, Shape.LIST), Map.entry(java.util.Set.class, Shape.SET),
        Map.entry(java.util.Map.class, Shape.MAP));
    expected.forEach((type, shape) -> assertThat(Shapes.shapeOf(type)).as(type.getName()).isEqualTo(shape));
    assertThat(Shapes.shapeOf(Object.class)).isEqualTo(Shape.OTHER);
    assertThat(Shapes.shapeOf(java.util.UUID.class)).isEqualTo(Shape.OTHER);
  }

  @Test
  void onlyModelInterfacesWithAGeneratedImplementationAreImmutables() {
    assertThat(Shapes.shapeOf(Partnership.class)).isEqualTo(Shape.VALUE);
    assertThat(Shapes.shapeOf(ReportingPeriod.class)).isEqualTo(Shape.TEXT);  // sealed interface of records
    assertThat(Shapes.shapeOf(Runnable.class)).isEqualTo(Shape.OTHER);         // not the model's
    assertThat(Shapes.shapeOf(io.github.sscp.model.base.HasProvenance.class)).isEqualTo(Shape.OTHER);
  }

  @Test
  void textTypesAreParsedFromTheirCanonicalText() {
    assertThat(Shapes.parse(LocalDate.class, "2024-07-01")).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(Shapes.parse(YearMonth.class, "2024-07")).isEqualTo(YearMonth.of(2024, 7));
    assertThat(Shapes.parse(ReportingPeriod.class, "2024/25 Q1"))
        .isEqualTo(Quarter.parse("2024/25 Q1"));
    assertThat(Shapes.parse(Quarter.class, "2024/25 Q2")).isEqualTo(Quarter.parse("2024/25 Q2"));
    assertThat(Shapes.parse(Money.class, "GBP 12.50")).isEqualTo(Money.parse("12.5"));
    assertThat(Shapes.parse(GssCode.class, "E22000120")).isEqualTo(GssCode.of("E22000120"));
    assertThatThrownBy(() -> Shapes.parse(Quarter.class, "2024/25 Q5"))
        .isInstanceOf(io.github.sscp.model.base.ValueParseException.class);
    assertThatThrownBy(() -> Shapes.parse(Object.class, "x"))
        .hasMessage("no canonical text for Object");
  }
}
