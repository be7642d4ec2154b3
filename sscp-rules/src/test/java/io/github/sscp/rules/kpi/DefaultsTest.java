package io.github.sscp.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.rules.kpi.spc.ImprovementDirection;
import io.github.sscp.rules.kpi.spc.SpcOptions;
import io.github.sscp.rules.kpi.window.Aggregation;
import io.github.sscp.rules.kpi.window.WindowOptions;
import org.junit.jupiter.api.Test;

/** The defaults users rely on, read from freshly built options (not the shared constants). */
class DefaultsTest {

  @Test
  void spcOptionsDefaultToTheReference() {
    SpcOptions o = SpcOptions.builder().build();
    assertThat(o.improvement()).isEqualTo(ImprovementDirection.INCREASE);
    assertThat(o.screenOutliers()).isTrue();
    assertThat(o.runLength()).isEqualTo(7);
    assertThat(o.trendLength()).isEqualTo(7);
    assertThat(o.twoInThreeIncludesBeyondLimits()).isFalse();
    assertThat(o.assuranceIncludesLimits()).isFalse();
    assertThat(o.shortGroupThreshold()).isEqualTo(13);
    assertThat(o.target()).isEmpty();
    assertThat(o.fixAfterPoints()).isEmpty();
    assertThat(o).isEqualTo(SpcOptions.DEFAULT);
  }

  @Test
  void kpiPolicyRunsEveryPartWithFivePercentTests() {
    KpiPolicy p = KpiPolicy.builder().build();
    assertThat(p.skip()).isEmpty();
    assertThat(p.rebaseAtRecordedBreaks()).isTrue();
    assertThat(p.alpha()).isEqualTo(0.05);
    assertThat(p.smallNumberThreshold()).isEqualTo(10.0);
    assertThat(p.ratePer()).isEqualTo(1000.0);
    assertThat(p.spc()).isEqualTo(SpcOptions.DEFAULT);
    for (KpiPart part : KpiPart.values()) {
      assertThat(p.runs(part)).isTrue();
    }
    assertThat(p.withSkip(KpiPart.PEER).runs(KpiPart.PEER)).isFalse();
  }

  @Test
  void windowOptionsAddCountsWithACautionBelowTen() {
    WindowOptions w = WindowOptions.builder().build();
    assertThat(w.aggregation()).isEqualTo(Aggregation.SUM);
    assertThat(w.smallNumberThreshold()).isEqualTo(10.0);
    assertThat(w.confidence()).isEqualTo(0.95);
    assertThat(w.breaks()).isEmpty();
  }

  @Test
  void boundariesOfTheOptionChecksAreInclusiveWhereTheyShouldBe() {
    assertThat(SpcOptions.builder().fixAfterPoints(12).build().fixAfterPoints()).hasValue(12);
    assertThat(SpcOptions.builder().runLength(2).trendLength(2).build().runLength()).isEqualTo(2);
    assertThat(WindowOptions.builder().smallNumberThreshold(0).build().smallNumberThreshold()).isZero();
    assertThat(KpiPolicy.builder().smallNumberThreshold(0).build().smallNumberThreshold()).isZero();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> KpiPolicy.builder().alpha(1).build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
        KpiPolicy.builder().smallNumberThreshold(-0.5).build())).isInstanceOf(IllegalArgumentException.class);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
        KpiPolicy.builder().ratePer(Double.POSITIVE_INFINITY).build())).isInstanceOf(IllegalArgumentException.class);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
        WindowOptions.builder().confidence(0).build())).isInstanceOf(IllegalArgumentException.class);
  }
}
