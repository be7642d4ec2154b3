package io.github.sscp.data.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sscp.model.geography.AreaPopulation;
import io.github.sscp.model.geography.GssCode;
import org.junit.jupiter.api.Test;

/**
 * Census populations by district and by partnership, against the check figures published with the
 * data: Southampton 236,882 (2011) and 248,200 (2021), Portsmouth 205,056 and 207,900, Swansea
 * 239,023 and 237,400; a partnership of several districts is their sum.
 */
class CensusPopulationsTest {

  static final CensusPopulations CENSUS = CensusPopulations.bundled();

  @Test
  void aDistrictHasItsTwoCensusCounts() {
    assertThat(CENSUS.district(GssCode.of("E06000045"), 2011)).hasValueSatisfying(p -> {
      assertThat(p.residents()).isEqualTo(236_882);
      assertThat(p.name()).isEqualTo("Southampton");
      assertThat(p.year()).isEqualTo(2011);
      assertThat(p.source()).isEqualTo("ONS Census 2011 usual residents");
    });
    assertThat(CENSUS.district(GssCode.of("E06000045"), 2021).map(AreaPopulation::residents))
        .contains(248_200L);
    assertThat(CENSUS.district(GssCode.of("E06000044"), 2021).map(AreaPopulation::residents))
        .contains(207_900L);
    assertThat(CENSUS.district(GssCode.of("W06000011"), 2011).map(AreaPopulation::residents))
        .contains(239_023L);
    assertThat(CENSUS.district(GssCode.of("E06000099"), 2021)).isEmpty();
  }

  @Test
  void aPartnershipIsTheSumOfItsDistrictsAndSaysSo() {
    AreaPopulation southampton = CENSUS.partnership(GssCode.of("E22000120")).orElseThrow();
    assertThat(southampton.residents()).isEqualTo(248_200);
    assertThat(southampton.area()).isEqualTo(GssCode.of("E22000120"));
    assertThat(southampton.year()).isEqualTo(2021);
    assertThat(southampton.source()).isEqualTo("ONS Census 2021 usual residents (to the nearest"
        + " 100)");
    // North Hampshire: Basingstoke and Deane, Hart and Rushmoor
    AreaPopulation north = CENSUS.partnership(GssCode.of("E22000374"), 2021).orElseThrow();
    assertThat(north.residents()).isEqualTo(185_000 + 99_400 + 99_600);
    assertThat(north.name()).isEqualTo("North Hampshire");
    assertThat(north.source()).endsWith(", summed over 3 districts");
    assertThat(CENSUS.partnership(GssCode.of("E22000374"), 2011).orElseThrow().residents())
        .isEqualTo(167_799 + 91_033 + 93_807);
  }

  @Test
  void aPartnershipWhoseDistrictIsSharedHasNoPopulation() {
    // Aylesbury Vale's district is Buckinghamshire, which three other partnerships share
    assertThat(CENSUS.partnership(GssCode.of("E22000303"))).isEmpty();
    assertThat(CENSUS.partnership(GssCode.of("E22000999"))).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> CENSUS.partnership(
        GssCode.of("E22000120"), 2019)).withMessage("year: the censuses held are 2011 and 2021,"
            + " not 2019");
  }

  @Test
  void everyDistrictOfTheLookupHasBothCounts() {
    io.github.sscp.data.lookup.AreaLookup.ons2019().districts().forEach(d -> {
      assertThat(CENSUS.district(d.ladCode(), 2011)).as(d.ladName()).isPresent();
      assertThat(CENSUS.district(d.ladCode(), 2021)).as(d.ladName()).isPresent();
    });
    assertThat(CensusPopulations.ATTRIBUTION).contains("Open Government Licence v3.0");
  }
}
