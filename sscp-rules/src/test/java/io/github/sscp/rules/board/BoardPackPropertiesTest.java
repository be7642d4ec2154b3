package io.github.sscp.rules.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.AreaPopulation;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.testkit.PartnershipRecipes;
import io.github.sscp.testkit.PartnershipSize;
import io.github.sscp.testkit.SscpSamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties of board packs over generated partnerships (the testkit's seeded samples; the seed is
 * below and in every failure message): a pack is deterministic and does not depend on the order of
 * records; every measure of success is one row; no rate is shown without its population's source.
 */
class BoardPackPropertiesTest {

  static final long SEED = 20261206L;
  static final List<Partnership> SAMPLES = SscpSamples.of(PartnershipRecipes.partnership(
      PartnershipSize.typical()), SEED, 20);
  /** Every area has a population, made from its code, so that rates are shown. */
  static final Function<GssCode, Optional<AreaPopulation>> POPULATIONS = code -> Optional.of(
      new AreaPopulation(code, code.value(), 50_000 + Math.floorMod(code.value().hashCode(),
          400_000), 2021, "generated"));

  static LocalDate day(Random r) {
    return LocalDate.of(2019, 1, 1).plusDays(r.nextInt(365 * 8));
  }

  static BoardPack pack(Partnership p, LocalDate day) {
    return PackPreparation.of(p, day).withPopulations(POPULATIONS, "generated populations")
        .prepare();
  }

  static <T> List<T> shuffled(List<T> items, Random r) {
    List<T> out = new ArrayList<>(items);
    Collections.shuffle(out, r);
    return out;
  }

  @Test
  void aPackIsDeterministicAndIndependentOfTheOrderOfRecords() {
    Random random = new Random(SEED);
    for (Partnership p : SAMPLES) {
      LocalDate day = day(random);
      BoardPack a = pack(p, day);
      assertThat(pack(p, day)).as("seed %d, %s on %s", SEED, p.id(), day).isEqualTo(a);
      Partnership reordered = Partnership.builder().from(p)
          .organisations(shuffled(p.organisations(), random))
          .people(shuffled(p.people(), random))
          .memberships(shuffled(p.memberships(), random))
          .meetings(shuffled(p.meetings(), random))
          .risks(shuffled(p.risks(), random))
          .comparatorGroups(shuffled(p.comparatorGroups(), random))
          .build();
      BoardPack b = pack(reordered, day);
      assertThat(b.rows()).as("seed %d, %s on %s", SEED, p.id(), day).isEqualTo(a.rows());
      assertThat(b.attention()).as("seed %d, %s on %s", SEED, p.id(), day)
          .isEqualTo(a.attention());
      assertThat(b.law()).as("seed %d, %s on %s", SEED, p.id(), day).isEqualTo(a.law());
      assertThat(b.actions()).isEqualTo(a.actions());
    }
  }

  @Test
  void everyMeasureOfSuccessIsExactlyOneRow() {
    Random random = new Random(SEED + 1);
    int rows = 0;
    for (Partnership p : SAMPLES) {
      BoardPack pack = pack(p, day(random));
      Set<String> bound = new LinkedHashSet<>();
      p.strategies().forEach(s -> s.focusAreas().forEach(f -> f.measuresOfSuccess().stream()
          .map(MeasureBinding::measureId).filter(id -> p.measure(id).isPresent())
          .forEach(bound::add)));
      List<String> ids = pack.rows().stream().map(MeasureRow::measureId).toList();
      assertThat(ids).as("seed %d, %s", SEED, p.id()).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(bound);
      rows += ids.size();
    }
    assertThat(rows).as("the samples have measures of success to check").isPositive();
  }

  @Test
  void noRateIsShownWithoutItsPopulationsSource() {
    Random random = new Random(SEED + 2);
    int rates = 0;
    for (Partnership p : SAMPLES) {
      BoardPack pack = pack(p, day(random));
      for (MeasureRow r : pack.rows()) {
        if (r.rate().isPresent()) {
          rates++;
          RateFigure rate = r.rate().get();
          assertThat(rate.populationSource()).as("seed %d, %s", SEED, r.measureId()).isNotBlank();
          boolean ownDenominator = p.measure(r.measureId()).orElseThrow().valueType()
              == ValueType.RATE;
          assertThat(rate.population().isPresent() || ownDenominator).isTrue();
          if (rate.population().isPresent()) {
            assertThat(pack.sources()).contains("generated populations");
          }
        }
        r.peers().filter(x -> x.method() == PeerMethod.RATE).ifPresent(x ->
            assertThat(x.populationSource()).as("seed %d, %s", SEED, r.measureId()).isPresent());
      }
      // without populations no count measure shows a rate
      PackPreparation.of(p, pack.lawAsOf()).prepare().rows().forEach(r -> assertThat(
          r.rate().isEmpty() || p.measure(r.measureId()).orElseThrow().valueType()
              == ValueType.RATE).isTrue());
    }
    assertThat(rates).as("the samples show rates to check").isPositive();
  }
}
