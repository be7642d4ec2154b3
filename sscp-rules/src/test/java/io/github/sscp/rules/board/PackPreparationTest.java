package io.github.sscp.rules.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sscp.model.Partnership;
import io.github.sscp.rules.compliance.DutyHolder;
import io.github.sscp.rules.compliance.Outcome;
import io.github.sscp.rules.kpi.KpiStatus;
import io.github.sscp.rules.kpi.peer.FunnelPosition;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.spc.VariationIcon;
import io.github.sscp.rules.kpi.target.TargetRating;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A board pack for a small partnership, item by item, every figure worked by hand from the data in
 * {@link Boards}: 2024/25 burglary 440 against 404 the year before, 200,000 residents.
 */
class PackPreparationTest {

  static final Partnership TOWN = Boards.partnership(110, 110, 110, 110);

  static BoardPack pack() {
    return PackPreparation.of(TOWN, Boards.LAW).withPopulations(Boards.POPULATIONS,
        "Populations: Census 2021 for tests.").prepare();
  }

  @Test
  void theDataAreCutAtTheEndOfTheLatestCompletePeriodAndTheLawDateIsStatedApart() {
    BoardPack p = pack();
    assertThat(p.dataTo()).contains(LocalDate.of(2025, 3, 31));
    assertThat(p.dataToBasis()).isEqualTo("the end of the latest complete period in the data");
    assertThat(p.lawAsOf()).isEqualTo(Boards.LAW);
    // a law date a day before the quarter ends leaves that quarter out
    assertThat(PackPreparation.of(TOWN, LocalDate.of(2025, 3, 30)).latestCompleteDataDay())
        .contains(LocalDate.of(2024, 12, 31));
    BoardPack given = PackPreparation.of(TOWN, Boards.LAW).dataTo(LocalDate.of(2024, 12, 31))
        .prepare();
    assertThat(given.dataTo()).contains(LocalDate.of(2024, 12, 31));
    assertThat(given.dataToBasis()).isEqualTo("given");
    assertThat(given.row("burglary").orElseThrow().latest().orElseThrow().label())
        .isEqualTo("12 months to 31 December 2024");
  }

  @Test
  void eachMeasureOfSuccessIsOneRowUnderTheFirstPriorityThatNamesIt() {
    BoardPack p = pack();
    assertThat(p.measures()).extracting(MeasureGroup::priority)
        .containsExactly("Keeping people safe", "Strong communities");
    assertThat(p.rows()).extracting(MeasureRow::measureId).containsExactly("burglary", "asb");
    assertThat(p.row("burglary").orElseThrow().focusArea()).isEqualTo("Burglary");
    assertThat(p.row("burglary").orElseThrow().keyCrimeIssue()).contains("Tackling theft");
    assertThat(p.row("nothing")).isEmpty();
  }

  @Test
  void theRowHasTheLatestYearItsRateItsChangeAndItsTargetWorkedByHand() {
    MeasureRow r = pack().row("burglary").orElseThrow();
    assertThat(r.latest().orElseThrow().value()).isEqualTo(440);
    assertThat(r.latest().orElseThrow().period()).isEqualTo("2024/25");
    // 440 / 200,000 × 1,000
    assertThat(r.rate().orElseThrow().rate()).isEqualTo(2.2);
    assertThat(r.rate().orElseThrow().population()).hasValue(200_000);
    assertThat(r.rate().orElseThrow().populationSource()).isEqualTo("Census 2021 for tests");
    // 2023/24: 101 + 102 + 100 + 101 = 404; (440 − 404) / 404 = 8.9%
    YearOnYear c = r.change().orElseThrow();
    assertThat(c.current()).isEqualTo(440);
    assertThat(c.previous()).isEqualTo(404);
    assertThat(c.percentChange().getAsDouble()).isCloseTo(8.9109, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(c.worse()).isTrue();
    assertThat(c.better()).isFalse();
    // 5% below the baseline of 400 is 380; 440 is 15.8% short, beyond the 10% tolerance
    assertThat(r.target().orElseThrow().rating()).isEqualTo(TargetRating.RED);
    assertThat(r.target().orElseThrow().description())
        .isEqualTo("5% below the 2023/24 baseline of 400 by 2024/25");
    // twelve quarters: the chart shows a concern, but its limits are indicative, so the exact
    // test (440 against 404, within chance) decides
    assertThat(r.variation()).contains(VariationIcon.CONCERN_HIGH);
    assertThat(r.status()).isEqualTo(KpiStatus.NO_SIGNIFICANT_CHANGE);
    assertThat(r.cautions()).contains("limits from 12 points: indicative");
    assertThat(r.sentence()).matches("Above its average since 2022/23 Q1 \\(limits from 12 points:"
        + " indicative\\) and up 8\\.9% on the 12 months before \\(440 against 404, p = 0\\.\\d\\d:"
        + " within chance\\) and short of its target \\(380\\), beyond tolerance: read it as no real"
        + " change, short of its target\\.");
  }

  @Test
  void withSixteenQuartersTheChartDecidesAndAConcernLeadsTheAttentionList() {
    BoardPack p = PackPreparation.of(Boards.partnership(16, 110, 110, 110, 110), Boards.LAW)
        .prepare();
    MeasureRow r = p.row("burglary").orElseThrow();
    assertThat(r.status()).isEqualTo(KpiStatus.DETERIORATING);
    assertThat(r.cautions()).noneMatch(c -> c.contains("indicative"));
    assertThat(r.sentence()).startsWith("Above its average since 2021/22 Q1 and up 8.9%")
        .endsWith(": read it as getting worse.");
    assertThat(p.attention().get(0).kind()).isEqualTo(AttentionKind.SPECIAL_CAUSE_OF_CONCERN);
    assertThat(p.attention().get(0).sentence()).startsWith("Residential burglary, a special cause"
        + " of concern: above its average since 2021/22 Q1");
    assertThat(p.attention().get(0).detail()).isEqualTo("measure-burglary");
  }

  @Test
  void peersAreRankedOnRateWithFunnelLimitsForEachPopulation() {
    PeerPanel peers = pack().row("burglary").orElseThrow().peers().orElseThrow();
    assertThat(peers.method()).isEqualTo(PeerMethod.RATE);
    // Beeton 400 / 400,000 = 1.0, Aville 120 / 100,000 = 1.2, Safer Town 2.2 per 1,000
    assertThat(peers.areas()).extracting(PeerLine::name, PeerLine::count, PeerLine::value,
        PeerLine::rank, PeerLine::own).containsExactly(tuple("Beeton", 400L, 1.0, 1, false),
            tuple("Aville", 120L, 1.2, 2, false), tuple("Safer Town", 440L, 2.2, 3, true));
    assertThat(peers.words()).isEqualTo("3rd of 3 on rate per 1,000 residents");
    // the peer mean rate (1.0 + 1.2 + 2.2) / 3 times 200,000 residents: 293.3 expected
    assertThat(peers.peerMean()).isCloseTo(4.4 / 3, org.assertj.core.data.Offset.offset(1e-12));
    PeerLine own = peers.areas().get(2);
    assertThat(own.limits().orElseThrow().expected()).isCloseTo(293.333,
        org.assertj.core.data.Offset.offset(1e-3));
    assertThat(own.population()).hasValue(200_000);
    assertThat(peers.funnel()).contains(FunnelPosition.ABOVE_99_8);
    assertThat(peers.populationSource()).contains("Census 2021 for tests");
    assertThat(pack().sources()).contains("Populations: Census 2021 for tests.");
    // without populations: ranked on change, and the pack says so
    PeerPanel onChange = PackPreparation.of(TOWN, Boards.LAW).prepare().row("burglary")
        .orElseThrow().peers().orElseThrow();
    assertThat(onChange.method()).isEqualTo(PeerMethod.PERCENT_CHANGE);
    assertThat(onChange.words()).isEqualTo("3rd of 3 on change on the year before");
    assertThat(onChange.notes()).contains("not every area has a population, so areas are ranked"
        + " on percentage change");
    assertThat(onChange.areas()).allMatch(a -> a.limits().isEmpty());
    assertThat(PackPreparation.of(TOWN, Boards.LAW).prepare().row("burglary").orElseThrow().rate())
        .isEmpty();
  }

  @Test
  void aMeasureWithNoDataSaysWhichDataWouldFillIt() {
    MeasureRow asb = pack().row("asb").orElseThrow();
    assertThat(asb.status()).isEqualTo(KpiStatus.INSUFFICIENT_DATA);
    assertThat(asb.sentence()).isEqualTo("No data yet.");
    assertThat(asb.dataNeeded()).contains("Add a CSV of anti-social behaviour from Home Office,"
        + " one row per period: measure,period,value with the measure asb (e.g. asb,2025-04,42),"
        + " with: sscp report my-partnership.yaml --data asb.csv --out report.html");
    assertThat(asb.latest()).isEmpty();
    assertThat(asb.rate()).isEmpty();
  }

  @Test
  void theAttentionListIsRankedByKindThenByThePacksOrder() {
    List<AttentionItem> items = pack().attention();
    assertThat(items).extracting(AttentionItem::rank).containsExactly(
        java.util.stream.IntStream.rangeClosed(1, items.size()).boxed().toArray(Integer[]::new));
    assertThat(items).extracting(AttentionItem::kind).isSortedAccordingTo(Enum::compareTo);
    // an indicative chart's concern is not on the list; the red target leads
    assertThat(items.get(0).kind()).isEqualTo(AttentionKind.RED_TARGET);
    assertThat(items.get(0).detail()).isEqualTo("measure-burglary");
    assertThat(items).filteredOn(i -> i.kind() == AttentionKind.RED_TARGET).singleElement()
        .satisfies(i -> assertThat(i.sentence()).isEqualTo("Residential burglary is red against"
            + " its target of 5% below the 2023/24 baseline of 400 by 2024/25: short by 15.8%"
            + " (440 against an aim of 380); beyond the tolerance of 10%."));
    assertThat(items).filteredOn(i -> i.kind() == AttentionKind.OVERDUE_ACTIONS).singleElement()
        .satisfies(i -> assertThat(i.sentence()).isEqualTo("One action is past its due date:"
            + " Install CCTV (due 31 March 2025, owned by The council)."));
    assertThat(items).filteredOn(i -> i.kind() == AttentionKind.NO_DATA).singleElement()
        .satisfies(i -> assertThat(i.sentence()).isEqualTo("One measure of success has no data"
            + " yet: Anti-social behaviour."));
  }

  @Test
  void actionsAreOverdueDueWithinThreeMonthsOrAtRisk() {
    ActionSummary a = pack().actions();
    assertThat(a.total()).isEqualTo(4);
    assertThat(a.overdue()).extracting(ActionLine::title).containsExactly("Install CCTV");
    assertThat(a.dueSoon()).extracting(ActionLine::title).containsExactly("Hotspot patrols");
    assertThat(a.atRisk()).extracting(ActionLine::title).containsExactly("Youth diversion");
    assertThat(a.overdue().get(0).owner()).isEqualTo("The council");
    assertThat(a.overdue().get(0).focusArea()).contains("Burglary");
  }

  @Test
  void theLawIsSplitIntoThePartnershipsOwnDutiesAndThoseOthersOwe() {
    LawSummary law = pack().law();
    assertThat(law.jurisdiction()).isEqualTo("England");
    assertThat(law.asOf()).isEqualTo(Boards.LAW);
    var report = io.github.sscp.rules.compliance.Catalogue.statutory().evaluate(TOWN, Boards.LAW);
    long ownNotMet = report.findings().stream().filter(f -> f.outcome() == Outcome.NOT_MET
        && (f.holder() == DutyHolder.PARTNERSHIP
            || f.holder() == DutyHolder.RESPONSIBLE_AUTHORITIES)).count();
    assertThat(law.ours()).filteredOn(f -> f.outcome() == Outcome.NOT_MET).hasSize((int) ownNotMet);
    assertThat(law.others()).allSatisfy(h -> assertThat(h.holder()).doesNotStartWith("the"
        + " partnership").doesNotStartWith("the responsible authorities"));
    assertThat(law.others()).flatExtracting(HolderFindings::findings).extracting(FindingLine::outcome)
        .doesNotContain(Outcome.MET, Outcome.NOT_APPLICABLE);
    assertThat(law.met().size() + law.notApplicable().size() + law.ours().size()
        + law.others().stream().mapToInt(h -> h.findings().size()).sum())
        .isEqualTo(report.findings().size());
    assertThat(law.verdict()).startsWith(ownNotMet == 0 ? "no duty" : "not compliant: " + ownNotMet);
  }

  @Test
  void theStrategyIsGivenInItsOwnShape() {
    StrategyInBrief s = pack().strategy().orElseThrow();
    assertThat(s.priorities()).extracting(PriorityLine::title)
        .containsExactly("Keeping people safe", "Strong communities");
    assertThat(s.priorities().get(0).focusAreas()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo("obsession");
      assertThat(f.dataSummary()).contains("Burglary is up");
      assertThat(f.howWeWillDoIt()).extracting(ActionLine::title)
          .containsExactly("Install CCTV", "Hotspot patrols", "Audit");
      assertThat(f.measureIds()).containsExactly("burglary");
    });
    assertThat(s.keyCrimeIssues()).singleElement().satisfies(k -> {
      assertThat(k.title()).isEqualTo("Tackling theft");
      assertThat(k.period()).isEqualTo("2024/25 to 2027/28");
    });
    assertThat(s.partners()).extracting(PartnerLine::name, PartnerLine::role, PartnerLine::statutory)
        .startsWith(tuple("The council", "council", true)).endsWith(tuple("The charity", "charity",
            false));
    assertThat(s.offices()).containsExactly(new OfficeLine("chair", "Alex Chair",
        java.util.Optional.empty()));
    assertThat(pack().risks()).singleElement().satisfies(r -> {
      assertThat(r.category()).isEqualTo("financial");
      assertThat(r.owner()).isEqualTo("The council");
    });
  }
}
