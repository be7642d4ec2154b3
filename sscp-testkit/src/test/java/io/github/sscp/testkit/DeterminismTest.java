package io.github.sscp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.time.CalendarMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  @Test
  void samples_sameSeedSameValue_otherSeedsVary() {
    assertThat(SscpSamples.partnership(42L)).isEqualTo(SscpSamples.partnership(42L));
    assertThat(SscpSamples.of(TimeRecipes.reportingPeriod(), 9L))
        .isEqualTo(SscpSamples.of(TimeRecipes.reportingPeriod(), 9L));
    assertThat(new HashSet<>(SscpSamples.of(PartnershipRecipes.partnership(PartnershipSize.small()), 1L, 20)))
        .hasSizeGreaterThan(15);
  }

  @Test
  void samples_seriesAreTheSameForTheSameSeed() {
    SeriesShape shape = SeriesShape.monthly(CalendarMonth.of(2020, 1), 36, 25);
    assertThat(SscpSamples.series(shape, 3L)).isEqualTo(SscpSamples.series(shape, 3L));
    assertThat(SscpSamples.series(shape, 3L).counts()).isNotEqualTo(SscpSamples.series(shape, 4L).counts());
  }

  @Test
  void quickTheories_fixedSeedGivesTheSameValues() {
    assertThat(run(42L)).isEqualTo(run(42L)).isNotEqualTo(run(43L));
  }

  private static List<Partnership> run(long seed) {
    List<Partnership> seen = new ArrayList<>();
    // withFixedSeed here on purpose: the property under test is the seed itself
    qt().withFixedSeed(seed).withExamples(10).forAll(SscpGen.partnerships()).check(seen::add);
    return seen;
  }
}
