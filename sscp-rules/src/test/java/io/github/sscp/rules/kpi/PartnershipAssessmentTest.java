package io.github.sscp.rules.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.ComparatorSource;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.rules.kpi.peer.PeerArea;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.peer.PeerRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Every measure of success of a partnership, assessed as an embedder asks: each once, cut at an
 * as-of date, with its comparator group's areas taken from the series the partnership holds for
 * their codes — summed over the latest 12 months and the 12 before, by hand below.
 */
class PartnershipAssessmentTest {

  static final GssCode OWN = GssCode.of("E22000120");
  static final GssCode PEER = GssCode.of("E22000118");
  static final GssCode GAPPY = GssCode.of("E22000056");

  /** Quarterly counts from 2022/23 Q1: own 100, 101, …; peer 50 each; gappy misses a quarter. */
  static Partnership partnership(boolean withGroup) {
    List<Observation> obs = new ArrayList<>();
    Quarter q = Quarter.parse("2022/23 Q1");
    for (int i = 0; i < 12; i++, q = q.plusQuarters(1)) {
      obs.add(Observation.builder().measureId("burglary").period(q)
          .value(BigDecimal.valueOf(100 + i)).build());
      obs.add(Observation.builder().measureId("burglary").geography(PEER).period(q)
          .value(BigDecimal.valueOf(50)).build());
      if (i != 9) {
        obs.add(Observation.builder().measureId("burglary").geography(GAPPY).period(q)
            .value(BigDecimal.valueOf(70)).build());
      }
    }
    MeasureDefinition m = MeasureDefinition.builder().id("burglary").name("Burglary")
        .valueType(ValueType.COUNT).unit("offences").polarity(Polarity.LOWER_IS_BETTER)
        .frequency(Frequency.QUARTERLY).dataSource(DataSource.of("Home Office")).build();
    FocusArea f = FocusArea.builder().id("theft").kind(FocusAreaKind.OBSESSION).title("Theft")
        .addPriorityId("safer").addMeasuresOfSuccess(MeasureBinding.of("burglary")).build();
    FocusArea again = FocusArea.builder().id("homes").kind(FocusAreaKind.OBSESSION).title("Homes")
        .addPriorityId("safer").addMeasuresOfSuccess(MeasureBinding.of("burglary")).build();
    Partnership.Builder b = Partnership.builder().id("sscp").name("Safe City").nation(Nation.ENGLAND)
        .area(GeographyRef.of(OWN, "Southampton")).structure(LocalGovernmentStructure.UNITARY)
        .addMeasure(m).observations(ObservationLog.of(obs))
        .addStrategy(Strategy.builder().id("plan").title("Plan").status(StrategyStatus.ACTIVE)
            .period(DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2027, 4, 1)))
            .addPriority(Priority.builder().id("safer").order(1).title("Safer").build())
            .addFocusArea(f).addFocusArea(again).build());
    if (withGroup) {
      b.addComparatorGroup(ComparatorGroup.builder().id("peers").name("Peers")
          .source(ComparatorSource.CUSTOM).addMember(GeographyRef.of(OWN, "Southampton"))
          .addMember(GeographyRef.of(PEER, "Portsmouth"))
          .addMember(GeographyRef.of(GAPPY, "Plymouth"))
          .addMember(GeographyRef.builder().name("Nowhere")
              .type(io.github.sscp.model.geography.GeographyType.COMMUNITY_SAFETY_PARTNERSHIP)
              .build())
          .build());
    }
    return b.build();
  }

  @Test
  void eachMeasureOfSuccessIsAssessedOnceWithWhatItCovers() {
    MeasureAssessments all = PartnershipAssessment.of(partnership(false)).assess();
    assertThat(all.partnershipId()).isEqualTo("sscp");
    assertThat(all.asOf()).isEmpty();
    assertThat(all.assessments()).extracting(KpiAssessment::measureId).containsExactly("burglary");
    KpiAssessment a = all.of("burglary").orElseThrow();
    assertThat(a.covers()).contains(DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2025, 4, 1)));
    assertThat(a.dataTo()).contains(LocalDate.of(2025, 3, 31));
    assertThat(a.peer()).isEmpty();
    assertThat(all.of("nothing")).isEmpty();
  }

  @Test
  void anAsOfDateLeavesOutEveryPeriodEndingAfterIt() {
    MeasureAssessments cut = PartnershipAssessment.of(partnership(false))
        .asOf(LocalDate.of(2024, 3, 31)).assess();
    assertThat(cut.asOf()).contains(LocalDate.of(2024, 3, 31));
    assertThat(cut.assessments().get(0).dataTo()).contains(LocalDate.of(2024, 3, 31));
    // a day short of a quarter's end leaves that quarter out
    assertThat(PartnershipAssessment.of(partnership(false)).asOf(LocalDate.of(2024, 3, 30))
        .assess().assessments().get(0).dataTo()).contains(LocalDate.of(2023, 12, 31));
  }

  @Test
  void peersComeFromTheComparatorGroupsSeriesOverTheLatest12MonthsAndThe12Before() {
    KpiAssessment a = PartnershipAssessment.of(partnership(true)).assess().assessments().get(0);
    var peer = a.peer().orElseThrow();
    // own: latest four quarters 108+109+110+111 = 438, the four before 104+…+107 = 422 (+3.79%)
    // Portsmouth 200 against 200 (0%); Plymouth misses 2024/25 Q2 and Nowhere has no code: left out
    assertThat(peer.method()).isEqualTo(PeerMethod.PERCENT_CHANGE);
    assertThat(peer.rows()).extracting(PeerRow::id).containsExactly("Portsmouth", "Southampton");
    assertThat(peer.rows().get(1).value()).isCloseTo(100.0 * 16 / 422, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(peer.rank()).isEqualTo(2);
  }

  @Test
  void withPopulationsPeersAreComparedOnRates() {
    KpiAssessment a = PartnershipAssessment.of(partnership(true))
        .withPopulations(code -> code.equals(OWN) ? OptionalDouble.of(248_200)
            : code.equals(PEER) ? OptionalDouble.of(207_900) : OptionalDouble.empty())
        .assess().assessments().get(0);
    var peer = a.peer().orElseThrow();
    assertThat(peer.method()).isEqualTo(PeerMethod.RATE);
    // 438 per 248,200 residents, per 1,000: 1.7647…; Portsmouth 200 / 207,900: 0.9620…
    assertThat(peer.value()).isCloseTo(438 / 248.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(peer.rows().get(0).value()).isCloseTo(200 / 207.9, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void peersGivenExplicitlyReplaceTheGroup() {
    PartnershipAssessment given = PartnershipAssessment.of(partnership(true)).withPeers("burglary",
        "us", List.of(PeerArea.withChange("us", 10, 5), PeerArea.withChange("them", 10, 10)));
    KpiRequest r = given.request(given.measuresOfSuccess().get(0));
    assertThat(r.areaId()).contains("us");
    assertThat(r.peers()).hasSize(2);
    assertThat(given.assess().assessments().get(0).peer().orElseThrow().rank()).isEqualTo(2);
    assertThat(given.withEngine(KpiEngine.of(KpiPolicy.builder().addSkip(KpiPart.PEER).build()))
        .assess().assessments().get(0).peer()).isEmpty();
    assertThatThrownBy(() -> given.request(MeasureBinding.of("nothing")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing");
    assertThat(PartnershipAssessment.of(partnership(false)).request(MeasureBinding.of("burglary"))
        .areaId()).isEqualTo(Optional.empty());
  }
}
