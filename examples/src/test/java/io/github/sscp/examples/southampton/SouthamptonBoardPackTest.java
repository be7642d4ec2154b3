package io.github.sscp.examples.southampton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sscp.data.population.CensusPopulations;
import io.github.sscp.model.Partnership;
import io.github.sscp.rules.board.AttentionItem;
import io.github.sscp.rules.board.AttentionKind;
import io.github.sscp.rules.board.BoardPack;
import io.github.sscp.rules.board.ChangeKind;
import io.github.sscp.rules.board.ChangeLine;
import io.github.sscp.rules.board.MeasureGroup;
import io.github.sscp.rules.board.MeasureRow;
import io.github.sscp.rules.board.PackPreparation;
import io.github.sscp.rules.board.PeerLine;
import io.github.sscp.rules.kpi.peer.FunnelPosition;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.spc.VariationIcon;
import io.github.sscp.rules.kpi.target.TargetRating;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Southampton's board pack as of 1 July 2026, item by item: the real Home Office figures for
 * residential burglary and vehicle theft (2025/26 against 2024/25), rates per 1,000 on ONS Census
 * 2021 populations worked by hand, the illustrative peer panel ranked on rate, the attention list
 * and the 2022 → 2024 refresh as the changes since the last board.
 */
class SouthamptonBoardPackTest {

  static final Partnership SOUTHAMPTON = SouthamptonKpiExample.withPeers(
      SouthamptonSafeCityPartnership.build());
  static final LocalDate LAW = LocalDate.of(2026, 7, 1);
  static final BoardPack PACK = PackPreparation.of(SOUTHAMPTON, LAW)
      .withPopulations(CensusPopulations.bundled()::partnership, CensusPopulations.ATTRIBUTION)
      .prepareSince(SouthamptonSafeCityPartnership.before2024Refresh(), LocalDate.of(2024, 1, 1));

  @Test
  void theDataRunToTheEndOf2025Slash26AndTheLawIsJudgedOnItsOwnDate() {
    assertThat(PACK.dataTo()).contains(LocalDate.of(2026, 3, 31));
    assertThat(PACK.lawAsOf()).isEqualTo(LAW);
    assertThat(PACK.partnershipName()).isEqualTo("Southampton Safe City Partnership");
  }

  @Test
  void theMatrixFollowsThePrioritiesWithEveryMeasureOfSuccessOnce() {
    assertThat(PACK.measures()).extracting(MeasureGroup::priority).containsExactly(
        "Keeping People safe from harm", "Creating Safe and Strong Communities");
    assertThat(PACK.rows()).extracting(MeasureRow::measureId).containsExactly(
        "serious-youth-violence-offences", "domestic-abuse-reports", "residential-burglary",
        "theft-of-motor-vehicle", "asb-incidents");
  }

  @Test
  void residentialBurglaryIs933OrThreePointSevenSixPerThousandResidents() {
    MeasureRow r = PACK.row("residential-burglary").orElseThrow();
    assertThat(r.latest().orElseThrow().value()).isEqualTo(933);
    assertThat(r.latest().orElseThrow().period()).isEqualTo("2025/26");
    // 933 ÷ 248,200 × 1,000 = 3.759
    assertThat(r.rate().orElseThrow().rate()).isCloseTo(3.7590653, offset(1e-6));
    assertThat(r.rate().orElseThrow().population()).hasValue(248_200);
    assertThat(r.rate().orElseThrow().populationYear()).isEqualTo(2021);
    assertThat(r.change().orElseThrow().words()).isEqualTo("up 8.1% on the 12 months before (933"
        + " against 863, p = 0.10: within chance)");
    assertThat(r.variation()).contains(VariationIcon.IMPROVEMENT_LOW);
    // 5% below the 2023/24 baseline of 944 is 896.8; 933 is 4.04% short, within the 10% tolerance
    assertThat(r.target().orElseThrow().rating()).isEqualTo(TargetRating.AMBER);
    assertThat(r.target().orElseThrow().labels()).containsExactly("illustrative");
    assertThat(r.sentence()).isEqualTo("Below its average since 2017/18 Q1, but up 8.1% on the 12"
        + " months before (933 against 863, p = 0.10: within chance) and short of its target"
        + " (896.8), within tolerance: read it as improving, as this year's rise is within chance,"
        + " though not yet at its target.");
  }

  @Test
  void peersAreRankedOnRatePerThousandWithSouthamptonAboveTheFunnel() {
    var peers = PACK.row("residential-burglary").orElseThrow().peers().orElseThrow();
    assertThat(peers.method()).isEqualTo(PeerMethod.RATE);
    // Plymouth 458 / 264,400; Portsmouth 423 / 207,900; Reading 390 / 174,000;
    // Southend-on-Sea 442 / 180,500; Southampton 933 / 248,200; Stoke-on-Trent 972 / 257,900
    assertThat(peers.areas()).extracting(PeerLine::name, PeerLine::count, PeerLine::rank)
        .containsExactly(tuple("Plymouth", 458L, 1), tuple("Portsmouth", 423L, 2),
            tuple("Reading", 390L, 3), tuple("Southend-on-Sea", 442L, 4),
            tuple("Southampton", 933L, 5), tuple("Stoke-on-Trent", 972L, 6));
    assertThat(peers.areas().get(0).value()).isCloseTo(458.0 / 264_400 * 1000, offset(1e-12));
    assertThat(peers.words()).isEqualTo("5th of 6 on rate per 1,000 residents");
    // expected at the peer mean rate: 661.24, limits 583–742 (99.8%) and 611–712 (95%)
    PeerLine own = peers.areas().get(4);
    assertThat(own.limits().orElseThrow().expected()).isCloseTo(661.244, offset(1e-3));
    assertThat(own.limits().orElseThrow().upper998()).isEqualTo(742);
    assertThat(peers.funnel()).contains(FunnelPosition.ABOVE_99_8);
    assertThat(PACK.sources()).contains(CensusPopulations.ATTRIBUTION);
  }

  @Test
  void vehicleTheftRoseAgainstAFallingTargetAndIsAmber() {
    MeasureRow r = PACK.row("theft-of-motor-vehicle").orElseThrow();
    assertThat(r.latest().orElseThrow().value()).isEqualTo(702);
    assertThat(r.rate().orElseThrow().rate()).isCloseTo(702.0 / 248_200 * 1000, offset(1e-12));
    assertThat(r.variation()).contains(VariationIcon.COMMON_CAUSE);
    // a direction-only target: 702 against 676 the year before is 3.8% the wrong way
    assertThat(r.target().orElseThrow().rating()).isEqualTo(TargetRating.AMBER);
    assertThat(r.peers().orElseThrow().words()).isEqualTo("6th of 6 on rate per 1,000 residents");
    assertThat(r.sentence()).isEqualTo("Within its usual range since 2015/16 Q1, but up 3.8% on the"
        + " 12 months before (702 against 676, p = 0.50: within chance) and short of its target"
        + " (676), within tolerance: read it as no real change, short of its target.");
  }

  @Test
  void measuresWithoutDataSayWhichDataWouldFillThem() {
    assertThat(PACK.row("asb-incidents").orElseThrow().dataNeeded()).hasValue("Add police.uk street"
        + " files for the area (the download from data.police.uk, as a zip or a folder), with:"
        + " sscp report my-partnership.yaml --data police-uk-download.zip --out report.html");
    assertThat(PACK.row("serious-youth-violence-offences").orElseThrow().dataNeeded().orElseThrow())
        .startsWith("Add a CSV of serious youth violence offences from ")
        .contains("measure,period,value with the measure serious-youth-violence-offences")
        .endsWith("--data serious-youth-violence-offences.csv --out report.html");
    assertThat(PACK.row("serious-youth-violence-offences").orElseThrow().sentence())
        .isEqualTo("No data yet.");
  }

  @Test
  void theAttentionListPutsTheSeriousViolenceGapFirstAndExplainsIt() {
    assertThat(PACK.attention()).extracting(AttentionItem::kind).containsExactly(
        AttentionKind.WORSE_THAN_PEERS, AttentionKind.WORSE_THAN_PEERS,
        AttentionKind.DUTY_NOT_MET, AttentionKind.DUTY_NOT_MET, AttentionKind.OVERDUE_ACTIONS,
        AttentionKind.NO_DATA);
    assertThat(PACK.attention().get(0).sentence()).isEqualTo("Residential burglary offences is"
        + " worse than its peers by more than chance: 5th of 6 on rate per 1,000 residents (3.76"
        + " against their 2.66); the peers are illustrative.");
    assertThat(PACK.attention().get(2).sentence()).isEqualTo("A duty not met — strategy to"
        + " prevent and reduce serious violence: Safe City Strategy 2022-27 lists strands (a), (b)"
        + " and (c).");
    assertThat(PACK.attention().get(2).detail()).isEqualTo("law-cda98-s6-1d-serious-violence");
    // the fix is with the duty, under the law
    assertThat(PACK.law().ours().get(0).fix().orElseThrow()).startsWith("Record whether the"
        + " strategy covers them: if it does, record a revision whose strands are the complete"
        + " set");
    assertThat(PACK.attention().get(4).sentence()).isEqualTo("Three actions are past their due"
        + " date (due between 31 December 2024 and 31 March 2025), all owned by Southampton City"
        + " Council.");
    assertThat(PACK.attention().get(5).sentence()).isEqualTo("Three measures of success have no"
        + " data yet: Serious youth violence offences, Domestic abuse-flagged crimes and Anti-social"
        + " behaviour incidents.");
  }

  @Test
  void theChangesSinceTheLastBoardAreThe2024Refresh() {
    List<ChangeLine> changes = PACK.changes().orElseThrow().changes();
    assertThat(changes).extracting(ChangeLine::kind).containsOnly(ChangeKind.CHAIR,
        ChangeKind.KEY_CRIME_ISSUE_ADDED, ChangeKind.FOCUS_AREA_ADDED, ChangeKind.MEASURE_ADDED);
    assertThat(changes.get(0).sentence()).isEqualTo("New chair: Rob Henderson (was the earlier"
        + " chair, not named in the briefing).");
    assertThat(changes).extracting(ChangeLine::sentence).contains(
        "Key crime issue added: Tackling Violent Crime (2024/25 to 2027/28).",
        "Obsession added: Theft, especially burglary, retail theft and car theft.");
    assertThat(PACK.changes().orElseThrow().since()).isEqualTo("the partnership as recorded for"
        + " the board of 1 January 2024");
  }
}
