package io.github.sscp.rules.kpi.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.testkit.CountSeries;
import io.github.sscp.testkit.SeriesShape;
import io.github.sscp.testkit.Series;
import io.github.sscp.testkit.SscpSamples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the SPC analysis over generated series (QuickTheories; the seed is the build's
 * QT_SEED, printed on failure): flags do not depend on the origin or unit of the values; mirroring
 * swaps improvement and concern; stable series are mostly common cause; a large step is found.
 */
class SpcPropertiesTest {

  static Gen<double[]> counts() {
    return lists().of(integers().between(0, 60)).ofSizeBetween(1, 40)
        .map(l -> l.stream().mapToDouble(Integer::doubleValue).toArray());
  }

  static List<Object> flags(SpcResult r) {
    return r.points().stream().map(p -> (Object) List.of(p.rules(), p.label(), p.type())).toList();
  }

  @Test
  void flagsAreUnchangedByAddingAConstant() {
    qt().forAll(counts(), integers().between(-1000, 1000)).checkAssert((y, c) -> {
      double[] shifted = java.util.Arrays.stream(y).map(v -> v + c).toArray();
      assertThat(flags(Spc.analyse(shifted, SpcOptions.DEFAULT)))
          .isEqualTo(flags(Spc.analyse(y, SpcOptions.DEFAULT)));
    });
  }

  @Test
  void flagsAreUnchangedByScalingByAPositiveFactor() {
    qt().forAll(counts(), integers().between(-4, 6)).checkAssert((y, power) -> {
      double factor = Math.scalb(1.0, power) * (power % 2 == 0 ? 1 : 3);
      double[] scaled = java.util.Arrays.stream(y).map(v -> v * factor).toArray();
      assertThat(flags(Spc.analyse(scaled, SpcOptions.DEFAULT)))
          .isEqualTo(flags(Spc.analyse(y, SpcOptions.DEFAULT)));
    });
  }

  @Test
  void mirroringSwapsImprovementAndConcernAndFlippingTheDirectionSwapsThemBack() {
    qt().forAll(counts()).checkAssert(y -> {
      double[] mirrored = java.util.Arrays.stream(y).map(v -> -v).toArray();
      SpcResult up = Spc.analyse(y, SpcOptions.DEFAULT);
      SpcResult mirror = Spc.analyse(mirrored, SpcOptions.DEFAULT);
      SpcResult mirrorFlipped = Spc.analyse(mirrored,
          SpcOptions.builder().improvement(ImprovementDirection.DECREASE).build());
      for (int i = 0; i < y.length; i++) {
        PointType t = up.points().get(i).type();
        PointType swapped = t == PointType.SPECIAL_CAUSE_IMPROVEMENT ? PointType.SPECIAL_CAUSE_CONCERN
            : t == PointType.SPECIAL_CAUSE_CONCERN ? PointType.SPECIAL_CAUSE_IMPROVEMENT : t;
        assertThat(mirror.points().get(i).type()).isEqualTo(swapped);
        assertThat(mirror.points().get(i).rules()).isEqualTo(up.points().get(i).rules());
        assertThat(mirrorFlipped.points().get(i).type()).isEqualTo(t);
      }
    });
  }

  /** Seed of the sampled series below; distributional claims need draws, not QuickTheories' edge cases. */
  static final long SAMPLE_SEED = 20261127L;

  @Test
  void aStableSeriesIsMostlyCommonCause() {
    SeriesShape stable = SeriesShape.monthly(CalendarMonth.of(2019, 4), 36, 80);
    List<CountSeries> samples = SscpSamples.of(Series.of(stable), SAMPLE_SEED, 200);
    long special = samples.stream()
        .filter(s -> Spc.analyse(s.values(), SpcOptions.DEFAULT).latest().orElseThrow().isSpecialCause())
        .count();
    assertThat(special).as("stable series with a special latest point, of 200 (seed %d)", SAMPLE_SEED)
        .isLessThan(40);
  }

  @Test
  void aLargeStepShiftIsDetected() {
    SeriesShape step = SeriesShape.monthly(CalendarMonth.of(2019, 4), 36, 80).withStepAt(24, 1.6);
    List<CountSeries> samples = SscpSamples.of(Series.of(step), SAMPLE_SEED, 200);
    SpcOptions lowerIsBetter = SpcOptions.builder().improvement(ImprovementDirection.DECREASE).build();
    long found = samples.stream().filter(s -> Spc.analyse(s.values(), lowerIsBetter).latest()
        .orElseThrow().type() == PointType.SPECIAL_CAUSE_CONCERN).count();
    assertThat(found).as("stepped series whose latest point is a concern, of 200 (seed %d)", SAMPLE_SEED)
        .isGreaterThanOrEqualTo(196);
  }
}
