package io.github.sscp.rules.kpi.spc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.rules.kpi.series.SeriesPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One rule at a time on tiny vectors, as the reference's own tests do, and every option. */
class SpcRulesTest {

  static double[] concat(double[]... parts) {
    return java.util.Arrays.stream(parts).flatMapToDouble(java.util.Arrays::stream).toArray();
  }

  static double[] alternating(double low, double high, int pairs) {
    double[] v = new double[2 * pairs];
    for (int i = 0; i < v.length; i++) {
      v[i] = i % 2 == 0 ? low : high;
    }
    return v;
  }

  static List<Integer> flagged(SpcResult r, SpcRule rule) {
    return IntStream.range(0, r.points().size()).filter(i -> r.points().get(i).rules().contains(rule))
        .boxed().toList();
  }

  static List<Integer> range(int from, int toInclusive) {
    return IntStream.rangeClosed(from, toInclusive).boxed().toList();
  }

  @Test
  void aRunOfSevenAboveTheMeanFlagsExactlyThoseSeven() {
    double[] y = concat(alternating(10, 0, 7), new double[] {6, 6, 6, 6, 6, 6, 6});
    SpcResult r = Spc.analyse(y, SpcOptions.DEFAULT);
    assertThat(flagged(r, SpcRule.RUN)).isEqualTo(range(14, 20));
    assertThat(r.points().get(20).label()).isEqualTo(SpecialCause.RUN_ABOVE);
    assertThat(r.points().get(20).label().text()).isEqualTo("7 Points Above CL");
    assertThat(flagged(r, SpcRule.OUTSIDE_LIMITS)).isEmpty();
    assertThat(flagged(r, SpcRule.TREND)).isEmpty();
    assertThat(flagged(r, SpcRule.TWO_IN_THREE)).isEmpty();
  }

  @Test
  void sixOnOneSideIsNoRunUnlessTheRunLengthIsSix() {
    double[] y = concat(alternating(10, 0, 7), new double[] {6, 6, 6, 6, 6, 6});
    assertThat(flagged(Spc.analyse(y, SpcOptions.DEFAULT), SpcRule.RUN)).isEmpty();
    assertThat(flagged(Spc.analyse(y, SpcOptions.builder().runLength(6).build()), SpcRule.RUN))
        .isEqualTo(range(14, 19));
  }

  @Test
  void aPointExactlyOnTheMeanBreaksARun() {
    // mean is exactly 5: the 5 at position 13 splits seven points above into three and three
    double[] broken = concat(alternating(0, 10, 5), new double[] {6, 6, 6, 5, 6, 6, 6},
        new double[] {3.5, 3.5, 3.5, 3.5});
    SpcResult r = Spc.analyse(broken, SpcOptions.DEFAULT);
    assertThat(r.groups().get(0).mean()).isEqualTo(5.0);
    assertThat(r.points().get(13).relativeToMean()).isZero();
    assertThat(flagged(r, SpcRule.RUN)).isEmpty();
    double[] whole = concat(alternating(10, 0, 5), new double[] {6, 6, 6, 6, 6, 6, 6},
        new double[] {3.25, 3.25, 3.25, 3.25});
    assertThat(flagged(Spc.analyse(whole, SpcOptions.DEFAULT), SpcRule.RUN)).isEqualTo(range(10, 16));
  }

  @Test
  void sevenRisingPointsAreATrendAndEqualNeighboursBreakIt() {
    double[] rising = concat(alternating(0, 10, 5), new double[] {1, 2, 3, 4, 5, 6, 7});
    SpcResult r = Spc.analyse(rising, SpcOptions.DEFAULT);
    assertThat(flagged(r, SpcRule.TREND)).isEqualTo(range(10, 16));
    assertThat(r.points().get(16).label()).isEqualTo(SpecialCause.TREND_INCREASING);
    assertThat(r.points().get(16).type()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
    double[] stalled = concat(alternating(0, 10, 5), new double[] {1, 2, 3, 3, 4, 5, 6});
    assertThat(flagged(Spc.analyse(stalled, SpcOptions.DEFAULT), SpcRule.TREND)).isEmpty();
    assertThat(flagged(Spc.analyse(stalled, SpcOptions.builder().trendLength(4).build()), SpcRule.TREND))
        .isEqualTo(range(13, 16));
  }

  @Test
  void aFallingTrendIsDecreasingAndAConcernWhenHigherIsBetter() {
    double[] falling = concat(alternating(10, 0, 5), new double[] {7, 6, 5, 4, 3, 2, 1});
    SpcResult r = Spc.analyse(falling, SpcOptions.DEFAULT);
    assertThat(flagged(r, SpcRule.TREND)).isEqualTo(range(10, 16));
    assertThat(r.points().get(10).label()).isEqualTo(SpecialCause.TREND_DECREASING);
    assertThat(r.points().get(16).type()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
    assertThat(r.variation()).isEqualTo(VariationIcon.CONCERN_LOW);
  }

  @Test
  void thePeakBetweenARisingAndAFallingTrendIsLabelledDecreasingAsTheReferenceDoes() {
    double[] peak = concat(alternating(0, 20, 5), new double[] {1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1});
    SpcResult r = Spc.analyse(peak, SpcOptions.DEFAULT);
    SpcPoint top = r.points().get(16);
    assertThat(top.rules()).contains(SpcRule.TREND).doesNotContain(SpcRule.OUTSIDE_LIMITS);
    assertThat(top.label()).isEqualTo(SpecialCause.TREND_DECREASING);
    assertThat(r.points().get(15).label()).isEqualTo(SpecialCause.TREND_INCREASING);
  }

  @Test
  void twoOfThreeNearALimitFlagsOnlyTheNearPoints() {
    double[] y = concat(alternating(0, 10, 8), new double[] {30, 8, 30});
    SpcResult r = Spc.analyse(y, SpcOptions.DEFAULT);
    assertThat(r.points().get(16).closeToLimits()).isTrue();
    assertThat(r.points().get(17).closeToLimits()).isFalse();
    assertThat(r.points().get(17).relativeToMean()).isEqualTo(1);
    assertThat(flagged(r, SpcRule.TWO_IN_THREE)).containsExactly(16, 18);
    assertThat(r.points().get(18).label()).isEqualTo(SpecialCause.TWO_IN_THREE_ABOVE);
    assertThat(r.points().get(18).label().text()).isEqualTo("2 in 3 Above CL");
  }

  @Test
  void twoNearPointsEitherSideOfTheMeanAreNotTwoInThree() {
    double[] y = concat(alternating(0, 10, 8), new double[] {30, 2, 30});
    SpcResult r = Spc.analyse(y, SpcOptions.DEFAULT);
    assertThat(r.points().get(16).closeToLimits()).isTrue();
    assertThat(r.points().get(18).closeToLimits()).isTrue();
    assertThat(r.points().get(17).relativeToMean()).isEqualTo(-1);
    assertThat(flagged(r, SpcRule.TWO_IN_THREE)).isEmpty();
  }

  @Test
  void theMakingDataCount2023VariantCountsPointsBeyondTheLimitAsNear() {
    double[] y = concat(alternating(0, 10, 8), new double[] {60, 10, 30});
    SpcResult reference = Spc.analyse(y, SpcOptions.DEFAULT);
    assertThat(reference.points().get(16).outsideLimits()).isTrue();
    assertThat(reference.points().get(18).closeToLimits()).isTrue();
    assertThat(flagged(reference, SpcRule.TWO_IN_THREE)).isEmpty();
    SpcResult variant = Spc.analyse(y,
        SpcOptions.builder().twoInThreeIncludesBeyondLimits(true).build());
    assertThat(flagged(variant, SpcRule.TWO_IN_THREE)).containsExactly(16, 18);
    assertThat(variant.points().get(16).label()).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
  }

  @Test
  void everyRuleThatFlagsAPointIsListedAndTheLabelFollowsThePriority() {
    double[] y = concat(alternating(10, 0, 7), new double[] {8, 8, 8, 8, 8, 8, 40});
    SpcPoint last = Spc.analyse(y, SpcOptions.DEFAULT).points().get(20);
    assertThat(last.rules()).containsExactlyInAnyOrder(SpcRule.OUTSIDE_LIMITS, SpcRule.RUN);
    assertThat(last.label()).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
    assertThat(Spc.label(java.util.EnumSet.of(SpcRule.RUN, SpcRule.TWO_IN_THREE), 1, 0))
        .isEqualTo(SpecialCause.TWO_IN_THREE_ABOVE);
    assertThat(Spc.label(java.util.EnumSet.of(SpcRule.RUN, SpcRule.TREND), -1, -1))
        .isEqualTo(SpecialCause.TREND_DECREASING);
    assertThat(Spc.label(java.util.EnumSet.of(SpcRule.RUN), -1, 0)).isEqualTo(SpecialCause.RUN_BELOW);
    assertThat(Spc.label(java.util.EnumSet.of(SpcRule.TWO_IN_THREE), -1, 0))
        .isEqualTo(SpecialCause.TWO_IN_THREE_BELOW);
  }

  @Test
  void pointTypesAndIconsReadTheLabelAgainstTheDirection() {
    assertThat(PointType.of(SpecialCause.RUN_BELOW, ImprovementDirection.DECREASE))
        .isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
    assertThat(PointType.of(SpecialCause.ABOVE_UPPER_LIMIT, ImprovementDirection.DECREASE))
        .isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
    assertThat(PointType.of(SpecialCause.TREND_INCREASING, ImprovementDirection.NEUTRAL))
        .isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH);
    assertThat(PointType.of(SpecialCause.BELOW_LOWER_LIMIT, ImprovementDirection.NEUTRAL))
        .isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_LOW);
    assertThat(PointType.of(SpecialCause.COMMON_CAUSE, ImprovementDirection.NEUTRAL))
        .isEqualTo(PointType.COMMON_CAUSE);
    assertThat(PointType.of(SpecialCause.COMMON_CAUSE, ImprovementDirection.INCREASE))
        .isEqualTo(PointType.COMMON_CAUSE);
    assertThat(VariationIcon.of(PointType.SPECIAL_CAUSE_IMPROVEMENT, ImprovementDirection.INCREASE))
        .isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
    assertThat(VariationIcon.of(PointType.SPECIAL_CAUSE_IMPROVEMENT, ImprovementDirection.DECREASE))
        .isEqualTo(VariationIcon.IMPROVEMENT_LOW);
    assertThat(VariationIcon.of(PointType.SPECIAL_CAUSE_CONCERN, ImprovementDirection.DECREASE))
        .isEqualTo(VariationIcon.CONCERN_HIGH);
    assertThat(VariationIcon.of(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH, ImprovementDirection.NEUTRAL))
        .isEqualTo(VariationIcon.NEUTRAL_HIGH);
    assertThat(VariationIcon.of(PointType.SPECIAL_CAUSE_NEUTRAL_LOW, ImprovementDirection.NEUTRAL))
        .isEqualTo(VariationIcon.NEUTRAL_LOW);
    assertThat(ImprovementDirection.of(io.github.sscp.model.measure.Polarity.LOWER_IS_BETTER))
        .isEqualTo(ImprovementDirection.DECREASE);
    assertThat(ImprovementDirection.of(io.github.sscp.model.measure.Polarity.HIGHER_IS_BETTER))
        .isEqualTo(ImprovementDirection.INCREASE);
    assertThat(ImprovementDirection.of(io.github.sscp.model.measure.Polarity.CONTEXT_ONLY))
        .isEqualTo(ImprovementDirection.NEUTRAL);
  }

  static List<SeriesPoint> monthly(CalendarMonth start, double... values) {
    List<SeriesPoint> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        points.add(SeriesPoint.of(start.plusMonths(i), values[i]));
      }
    }
    return points;
  }

  @Test
  void aMissingMonthBreaksARunAndIsNamedInTheWarnings() {
    double[] y = concat(alternating(10, 0, 7), new double[] {6, 6, 6, Double.NaN, 6, 6, 6, 6});
    CalendarMonth start = CalendarMonth.of(2023, 1);
    SpcResult r = Spc.analyse(monthly(start, y), SpcOptions.DEFAULT);
    assertThat(r.points()).hasSize(21);
    assertThat(flagged(r, SpcRule.RUN)).isEmpty();
    assertThat(r.warnings()).anyMatch(w -> w.startsWith("missing period 2024-06:"));
    double[] joined = concat(alternating(10, 0, 7), new double[] {6, 6, 6, 6, 6, 6, 6});
    assertThat(flagged(Spc.analyse(monthly(start, joined), SpcOptions.DEFAULT), SpcRule.RUN))
        .isEqualTo(range(14, 20));
  }

  @Test
  void aMissingMonthBreaksATrendAndATwoInThreeWindow() {
    CalendarMonth start = CalendarMonth.of(2023, 1);
    double[] trend = concat(alternating(0, 10, 5), new double[] {1, 2, 3, Double.NaN, 4, 5, 6, 7});
    assertThat(flagged(Spc.analyse(monthly(start, trend), SpcOptions.DEFAULT), SpcRule.TREND)).isEmpty();
    double[] near = concat(alternating(0, 10, 8), new double[] {30, Double.NaN, 30});
    SpcResult r = Spc.analyse(monthly(start, near), SpcOptions.DEFAULT);
    assertThat(flagged(r, SpcRule.TWO_IN_THREE)).isEmpty();
    assertThat(r.warnings()).anyMatch(w -> w.contains("missing period 2024-06"));
  }

  @Test
  void rebasingStartsANewGroupWithItsOwnLimitsAndRulesStopAtIt() {
    CalendarMonth start = CalendarMonth.of(2020, 4);
    double[] y = concat(alternating(10, 12, 8), alternating(30, 32, 8));
    SpcResult one = Spc.analyse(monthly(start, y), SpcOptions.DEFAULT);
    assertThat(one.groups()).hasSize(1);
    assertThat(flagged(one, SpcRule.OUTSIDE_LIMITS).size() + flagged(one, SpcRule.RUN).size()).isPositive();
    SpcResult two = Spc.analyse(monthly(start, y),
        SpcOptions.builder().addRebaseAt(start.plusMonths(16)).build());
    assertThat(two.groups()).hasSize(2);
    assertThat(two.groups().get(0).mean()).isEqualTo(11.0);
    assertThat(two.groups().get(1).mean()).isEqualTo(31.0);
    assertThat(two.groups().get(1).first()).contains(start.plusMonths(16));
    assertThat(two.points()).noneMatch(SpcPoint::isSpecialCause);
    assertThat(two.points().get(16).group()).isEqualTo(1);
    assertThat(two.groups().get(0).assurance()).isEmpty();
  }

  @Test
  void rebasePeriodsOrPositionsNotInTheDataDoNothingButSaySo() {
    CalendarMonth start = CalendarMonth.of(2020, 4);
    double[] y = alternating(10, 12, 8);
    SpcResult r = Spc.analyse(monthly(start, y),
        SpcOptions.builder().addRebaseAt(CalendarMonth.of(2030, 1)).addRebaseAtPositions(99, 0).build());
    assertThat(r.groups()).hasSize(1);
    assertThat(r.warnings()).anyMatch(w -> w.contains("rebase at 2030-01 does nothing"))
        .anyMatch(w -> w.contains("rebase at point 100 does nothing"));
    SpcResult byPosition = Spc.analyse(y, SpcOptions.builder().addRebaseAtPositions(8).build());
    assertThat(byPosition.groups()).hasSize(2);
    assertThat(byPosition.groups().get(1).points()).isEqualTo(8);
  }

  @Test
  void fixedLimitsComeFromTheFirstPointsAndApplyToTheWholeGroup() {
    double[] y = concat(alternating(10, 12, 6), alternating(30, 40, 6));
    SpcResult fixed = Spc.analyse(y, SpcOptions.builder().fixAfterPoints(12).build());
    SpcResult first12 = Spc.analyse(java.util.Arrays.copyOf(y, 12), SpcOptions.DEFAULT);
    assertThat(fixed.groups().get(0).mean()).isEqualTo(first12.groups().get(0).mean());
    assertThat(fixed.groups().get(0).upperLimit()).isEqualTo(first12.groups().get(0).upperLimit());
    assertThat(fixed.points().get(23).upperLimit()).isEqualTo(first12.groups().get(0).upperLimit());
    assertThat(fixed.points().get(23).outsideLimits()).isTrue();
    SpcResult longerThanGroup = Spc.analyse(y, SpcOptions.builder().fixAfterPoints(100).build());
    assertThat(longerThanGroup.groups().get(0)).isEqualTo(Spc.analyse(y, SpcOptions.DEFAULT).groups().get(0));
  }

  @Test
  void assuranceComparesTheTargetWithTheLatestGroupsLimits() {
    double[] y = alternating(10, 12, 8);
    SpcGroup g = Spc.analyse(y, SpcOptions.DEFAULT).groups().get(0);
    assertThat(assurance(y, ImprovementDirection.INCREASE, g.upperLimit() + 1, false))
        .contains(AssuranceIcon.CONSISTENT_FAIL);
    assertThat(assurance(y, ImprovementDirection.DECREASE, g.upperLimit() + 1, false))
        .contains(AssuranceIcon.CONSISTENT_PASS);
    assertThat(assurance(y, ImprovementDirection.INCREASE, g.lowerLimit() - 1, false))
        .contains(AssuranceIcon.CONSISTENT_PASS);
    assertThat(assurance(y, ImprovementDirection.DECREASE, g.lowerLimit() - 1, false))
        .contains(AssuranceIcon.CONSISTENT_FAIL);
    assertThat(assurance(y, ImprovementDirection.INCREASE, 11, false)).contains(AssuranceIcon.INCONSISTENT);
    assertThat(assurance(y, ImprovementDirection.INCREASE, g.upperLimit(), false))
        .contains(AssuranceIcon.INCONSISTENT);
    assertThat(assurance(y, ImprovementDirection.INCREASE, g.upperLimit(), true))
        .contains(AssuranceIcon.CONSISTENT_FAIL);
    assertThat(assurance(y, ImprovementDirection.DECREASE, g.lowerLimit(), true))
        .contains(AssuranceIcon.CONSISTENT_FAIL);
    assertThat(assurance(y, ImprovementDirection.NEUTRAL, 100, false)).isEmpty();
    assertThat(Spc.analyse(y, SpcOptions.DEFAULT).assurance()).isEmpty();
  }

  private static java.util.Optional<AssuranceIcon> assurance(double[] y, ImprovementDirection d,
      double target, boolean inclusive) {
    return Spc.analyse(y, SpcOptions.builder().improvement(d).target(target)
        .assuranceIncludesLimits(inclusive).build()).assurance();
  }

  @Test
  void aMeasureConstantlyAtItsBestValueNeverReadsAsFailing() {
    double[] hundred = new double[24];
    java.util.Arrays.fill(hundred, 100);
    for (boolean screen : new boolean[] {true, false}) {
      for (boolean inclusive : new boolean[] {true, false}) {
        SpcResult r = Spc.analyse(hundred, SpcOptions.builder().target(100).screenOutliers(screen)
            .assuranceIncludesLimits(inclusive).build());
        assertThat(r.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(r.assurance()).isPresent().get().isNotEqualTo(AssuranceIcon.CONSISTENT_FAIL);
      }
    }
  }
}
