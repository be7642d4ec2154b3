package io.github.sscp.rules.kpi.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.sscp.rules.kpi.series.SeriesException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/KPI-METHODS.md §1's worked example and edge cases, as NHSRplotthedots v0.2.2 computes them. */
class SpcReferenceTest {

  static final double[] DEVIATIONS_EXAMPLE = {1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1};

  static SpcOptions unscreened() {
    return SpcOptions.builder().screenOutliers(false).build();
  }

  @Test
  void screenedLimitsOfTheDeviationsVignetteExample() {
    SpcGroup g = Spc.analyse(DEVIATIONS_EXAMPLE, SpcOptions.DEFAULT).groups().get(0);
    assertThat(g.upperLimit()).isCloseTo(4.60, within(0.005));
    assertThat(g.mean()).isCloseTo(1.94, within(0.005));
    assertThat(g.lowerLimit()).isCloseTo(-0.72, within(0.005));
    assertThat(g.movingRangesScreened()).isEqualTo(2);
  }

  @Test
  void unscreenedLimitsReplicateTheExcelTool() {
    SpcGroup g = Spc.analyse(DEVIATIONS_EXAMPLE, unscreened()).groups().get(0);
    assertThat(g.upperLimit()).isCloseTo(6.95, within(0.005));
    assertThat(g.mean()).isCloseTo(1.94, within(0.005));
    assertThat(g.lowerLimit()).isCloseTo(-3.06, within(0.005));
    assertThat(g.movingRangesScreened()).isZero();
  }

  @Test
  void theOutlierIsAboveTheUpperLimitEitherWay() {
    for (SpcOptions o : new SpcOptions[] {SpcOptions.DEFAULT, unscreened()}) {
      SpcPoint ten = Spc.analyse(DEVIATIONS_EXAMPLE, o).points().get(4);
      assertThat(ten.label()).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
      assertThat(ten.label().text()).isEqualTo("Above UCL");
      assertThat(ten.type()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
    }
  }

  @Test
  void onePointHasUndefinedLimitsAndIsCommonCause() {
    SpcResult r = Spc.analyse(new double[] {5}, SpcOptions.DEFAULT);
    SpcPoint p = r.points().get(0);
    assertThat(p.upperLimit()).isNaN();
    assertThat(p.lowerLimit()).isNaN();
    assertThat(p.outsideLimits()).isFalse();
    assertThat(p.closeToLimits()).isFalse();
    assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
    assertThat(r.groups().get(0).shortGroup()).isTrue();
    assertThat(r.warnings()).anyMatch(w -> w.contains("has 1 point:"));
  }

  @Test
  void aConstantSeriesScreensEveryRangeAwayAndHasUndefinedLimits() {
    double[] flat = new double[20];
    Arrays.fill(flat, 7);
    SpcResult r = Spc.analyse(flat, SpcOptions.DEFAULT);
    assertThat(r.groups().get(0).averageMovingRange()).isNaN();
    assertThat(r.groups().get(0).movingRangesScreened()).isEqualTo(19);
    assertThat(r.points()).allMatch(p -> !p.isSpecialCause() && p.relativeToMean() == 0);
  }

  @Test
  void aConstantSeriesUnscreenedHasLimitsOnTheMeanAndNothingOutside() {
    double[] flat = new double[20];
    Arrays.fill(flat, 7);
    SpcResult r = Spc.analyse(flat, unscreened());
    assertThat(r.groups().get(0).upperLimit()).isEqualTo(7.0);
    assertThat(r.groups().get(0).lowerLimit()).isEqualTo(7.0);
    assertThat(r.points()).noneMatch(SpcPoint::isSpecialCause);
  }

  @Test
  void fourOnesAndATwoScreenToZeroRangeAndPutEveryPointOutside() {
    SpcResult r = Spc.analyse(new double[] {1, 1, 1, 1, 2}, SpcOptions.DEFAULT);
    assertThat(r.groups().get(0).averageMovingRange()).isZero();
    assertThat(r.groups().get(0).lowerLimit()).isCloseTo(1.2, within(1e-15));
    assertThat(r.groups().get(0).upperLimit()).isCloseTo(1.2, within(1e-15));
    assertThat(r.points()).allMatch(SpcPoint::outsideLimits);
    assertThat(r.points().get(0).label()).isEqualTo(SpecialCause.BELOW_LOWER_LIMIT);
    assertThat(r.points().get(4).label()).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
  }

  @Test
  void aPointExactlyOnALimitOrTwoSigmaLineIsNotBeyondIt() {
    double[] base = {10, 12, 9, 11, 10, 13, 8, 11, 10, 12, 9, 11};
    SpcOptions fixed = SpcOptions.builder().fixAfterPoints(12).build();
    SpcGroup limits = Spc.analyse(base, fixed).groups().get(0);
    assertThat(last(base, limits.upperLimit(), fixed).outsideLimits()).isFalse();
    assertThat(last(base, Math.nextUp(limits.upperLimit()), fixed).outsideLimits()).isTrue();
    assertThat(last(base, limits.lowerLimit(), fixed).outsideLimits()).isFalse();
    assertThat(last(base, Math.nextDown(limits.lowerLimit()), fixed).outsideLimits()).isTrue();
    SpcPoint onLine = last(base, limits.mean() + Spc.LIMIT_CLOSE * limits.averageMovingRange(), fixed);
    assertThat(onLine.closeToLimits()).isFalse();
    assertThat(last(base, Math.nextUp(onLine.upperNear()), fixed).closeToLimits()).isTrue();
    assertThat(last(base, limits.upperLimit(), fixed).closeToLimits()).isTrue();
    assertThat(last(base, Math.nextUp(limits.upperLimit()), fixed).closeToLimits()).isFalse();
  }

  private static SpcPoint last(double[] base, double value, SpcOptions options) {
    double[] y = Arrays.copyOf(base, base.length + 1);
    y[base.length] = value;
    SpcResult r = Spc.analyse(y, options);
    assertThat(r.groups().get(0).mean()).isEqualTo(Spc.analyse(base, options).groups().get(0).mean());
    return r.points().get(base.length);
  }

  @Test
  void theMeanIsExactWhereTheValuesAllowIt() {
    assertThat(Spc.mean(new double[] {0.1, 0.2, 0.3}, 0, 3)).isEqualTo(0.2);
    assertThat(Spc.mean(new double[] {1e16, 1, -1e16, 1}, 0, 4)).isEqualTo(0.5);
  }

  @Test
  void valuesThatAreNotWholeNumbersGetTheCarefulMean() {
    // a plain sum gives 0.20000000000000004; the careful mean gives the correctly rounded 0.2
    assertThat(Spc.analyse(new double[] {0.1, 0.2, 0.3}, SpcOptions.DEFAULT).groups().get(0).mean())
        .isEqualTo(0.2);
    assertThat(Spc.analyse(new double[] {0.5, 1.5, 0.25, 0.75}, SpcOptions.DEFAULT).groups().get(0).mean())
        .isEqualTo(0.75);
    double big = 0x1p53;
    // 2^53 + 1 is not a double: a plain running sum loses the 1 and gives 0.25
    assertThat(Spc.analyse(new double[] {big, 1, -big, 1}, SpcOptions.DEFAULT).groups().get(0).mean())
        .isEqualTo(0.5);
  }

  @Test
  void resultsAreEqualWhenTheirContentIs() {
    SpcResult a = Spc.analyse(DEVIATIONS_EXAMPLE, SpcOptions.DEFAULT);
    SpcResult b = Spc.analyse(DEVIATIONS_EXAMPLE.clone(), SpcOptions.DEFAULT);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Spc.analyse(DEVIATIONS_EXAMPLE, unscreened()));
    double[] other = DEVIATIONS_EXAMPLE.clone();
    other[0] = 1.5;
    assertThat(a).isNotEqualTo(Spc.analyse(other, SpcOptions.DEFAULT));
    assertThat(a.toString()).contains("label=ABOVE_UPPER_LIMIT").contains("variation=COMMON_CAUSE");
    assertThat(a.points().get(4)).isEqualTo(b.points().get(4));
    assertThat(a.points()).hasSize(18);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.points().get(18))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void everyPointCarriesItsGroupsLimitsAndNearLines() {
    SpcResult r = Spc.analyse(DEVIATIONS_EXAMPLE, SpcOptions.DEFAULT);
    SpcGroup g = r.groups().get(0);
    SpcPoint p = r.points().get(7);
    assertThat(p.mean()).isEqualTo(g.mean());
    assertThat(p.upperLimit()).isEqualTo(g.upperLimit());
    assertThat(p.lowerLimit()).isEqualTo(g.lowerLimit());
    assertThat(p.upperNear()).isCloseTo(35.0 / 18 + 2 * (2.66 / 3), within(1e-12));
    assertThat(p.lowerNear()).isCloseTo(35.0 / 18 - 2 * (2.66 / 3), within(1e-12));
    assertThat(g.upperLimit()).isCloseTo(35.0 / 18 + 2.66, within(1e-12));
    assertThat(g.averageMovingRange()).isEqualTo(1.0);
  }

  @Test
  void theShortGroupWarningFiresBelowThirteenPointsAsTheCodeDoes() {
    assertThat(Spc.analyse(new double[12], SpcOptions.DEFAULT).groups().get(0).shortGroup()).isTrue();
    assertThat(Spc.analyse(new double[13], SpcOptions.DEFAULT).groups().get(0).shortGroup()).isFalse();
    assertThat(Spc.analyse(new double[13], SpcOptions.DEFAULT).warnings()).isEmpty();
  }

  @Test
  void anEmptySeriesAndBadOptionsAreRefused() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
        Spc.analyse(new double[0], SpcOptions.DEFAULT))).isInstanceOf(SeriesException.class)
        .hasMessageContaining("at least one point");
    assertThatIllegalArgumentException().isThrownBy(() -> SpcOptions.builder().fixAfterPoints(11).build())
        .withMessageContaining("12 or more");
    assertThatIllegalArgumentException().isThrownBy(() -> SpcOptions.builder().runLength(1).build());
    assertThatIllegalArgumentException().isThrownBy(() -> SpcOptions.builder().trendLength(1).build());
    assertThatIllegalArgumentException().isThrownBy(() -> SpcOptions.builder().target(Double.NaN).build())
        .withMessageContaining("target");
  }
}
