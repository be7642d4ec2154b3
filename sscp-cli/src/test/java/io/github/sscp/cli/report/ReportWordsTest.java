package io.github.sscp.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.rules.board.PeerPanel;
import io.github.sscp.rules.board.YearOnYear;
import io.github.sscp.rules.kpi.peer.FunnelPosition;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.peer.PeerStatus;
import io.github.sscp.rules.kpi.stats.RateComparison;
import io.github.sscp.rules.kpi.window.WindowComparison;
import io.github.sscp.rules.kpi.window.WindowKind;
import io.github.sscp.model.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The report's small words: ranks, changes, funnel positions and the annex's rows. */
class ReportWordsTest {

  @Test
  void ranksReadAsPeopleSayThem() {
    assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113, 121))
        .extracting(n -> n + BoardReport.ordinal(n)).containsExactly("1st", "2nd", "3rd", "4th",
            "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th", "113th",
            "121st");
  }

  @Test
  void aChangeOnLastYearIsUpDownOrLevel() {
    assertThat(BoardReport.shortChange(yoy(933, 863, OptionalDouble.of(8.111)))).isEqualTo("up 8.1%");
    assertThat(BoardReport.shortChange(yoy(863, 933, OptionalDouble.of(-7.5)))).isEqualTo("down 7.5%");
    assertThat(BoardReport.shortChange(yoy(1000, 1000.4, OptionalDouble.of(0.04)))).isEqualTo("level");
    assertThat(BoardReport.shortChange(yoy(1000, 999.4, OptionalDouble.of(-0.05))))
        .isEqualTo("down 0.1%");
    assertThat(BoardReport.shortChange(yoy(1000, 999.5, OptionalDouble.of(0.05))))
        .isEqualTo("up 0.1%");
    // from nothing there is no percentage: the change is given in the measure's own figures
    assertThat(BoardReport.shortChange(yoy(4, 0, OptionalDouble.empty()))).isEqualTo("up 4");
    assertThat(BoardReport.shortChange(yoy(0, 3, OptionalDouble.empty()))).isEqualTo("down 3");
    assertThat(BoardReport.shortChange(yoy(0, 0, OptionalDouble.empty()))).isEqualTo("level");
  }

  static YearOnYear yoy(double current, double previous, OptionalDouble percent) {
    return new YearOnYear(current, previous, percent, OptionalDouble.empty(), false, false, false,
        "");
  }

  @Test
  void aPeerPanelSaysWhereItsFunnelPutsThePartnership() {
    assertThat(BoardReport.funnelWords(panel(PeerMethod.RATE, Optional.empty())))
        .isEqualTo("on rate per 1,000");
    assertThat(BoardReport.funnelWords(panel(PeerMethod.PERCENT_CHANGE, Optional.empty())))
        .isEqualTo("on change");
    assertThat(List.of(FunnelPosition.ABOVE_99_8, FunnelPosition.ABOVE_95, FunnelPosition.WITHIN_95,
        FunnelPosition.BELOW_95, FunnelPosition.BELOW_99_8)).extracting(f -> BoardReport.funnelWords(
        panel(PeerMethod.RATE, Optional.of(f)))).containsExactly(
            "above the funnel's 99.8% limit", "above the funnel's 95% limit", "within the funnel",
            "below the funnel's 95% limit", "below the funnel's 99.8% limit");
  }

  static PeerPanel panel(PeerMethod method, Optional<FunnelPosition> funnel) {
    return new PeerPanel(method, 2, 6, 1000, 2.5, PeerStatus.values()[0], funnel, List.of(),
        Optional.empty(), "", List.of());
  }

  @Test
  void anAnnexRowSignsItsChangesAndFlagsSmallNumbers() {
    DateRange now = DateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1));
    DateRange before = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1));
    ReportView.AnnexRow up = BoardReport.annexRow("Burglary", new WindowComparison(
        WindowKind.ROLLING_12_MONTHS, now, before, 933, 863,
        Optional.of(RateComparison.of(933, 863)), false, List.of()));
    assertThat(up).isEqualTo(new ReportView.AnnexRow("Burglary", "1 April 2025 to 31 March 2026",
        "933", "1 April 2024 to 31 March 2025", "863", "+70", "+8.1%", "p = 0.10",
        "no evidence of a real change"));
    ReportView.AnnexRow down = BoardReport.annexRow("Few", new WindowComparison(
        WindowKind.ROLLING_12_MONTHS, now, before, 3, 8, Optional.empty(), true, List.of()));
    assertThat(down.change()).isEqualTo("−5");
    assertThat(down.percent()).isEqualTo("−62.5%");
    assertThat(down.pValue()).isEqualTo("—");
    assertThat(down.significance()).isEqualTo("no test (small numbers: read with caution)");
    ReportView.AnnexRow level = BoardReport.annexRow("Level", new WindowComparison(
        WindowKind.ROLLING_12_MONTHS, now, before, 0, 0, Optional.empty(), false, List.of()));
    assertThat(level.change()).isEqualTo("0");
    assertThat(level.percent()).isEqualTo("—");
    ReportView.AnnexRow same = BoardReport.annexRow("Same", new WindowComparison(
        WindowKind.ROLLING_12_MONTHS, now, before, 5, 5, Optional.empty(), false, List.of()));
    assertThat(same.change()).isEqualTo("0");
    assertThat(same.percent()).isEqualTo("0.0%");
  }

  @Test
  void aPValueIsPutIntoWordsAtTheUsualThresholds() {
    assertThat(List.of(0.0009, 0.001, 0.0099, 0.01, 0.0499, 0.05, 0.5))
        .extracting(Wording::significance).containsExactly(
            "very strong evidence of a real change", "strong evidence of a real change",
            "strong evidence of a real change", "evidence of a real change",
            "evidence of a real change", "no evidence of a real change",
            "no evidence of a real change");
    assertThat(Wording.words("NOT_MET")).isEqualTo("not met");
  }
}
