package io.github.sscp.examples.southampton;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import io.github.sscp.rules.kpi.KpiAssessment;
import io.github.sscp.rules.kpi.KpiSignal;
import io.github.sscp.rules.kpi.KpiStatus;
import io.github.sscp.rules.kpi.peer.PeerMethod;
import io.github.sscp.rules.kpi.spc.SpcGroup;
import io.github.sscp.rules.kpi.target.TargetRating;
import io.github.sscp.rules.kpi.window.WindowComparison;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The KPI example on real Southampton data: the Annex-2 figures match the Home Office totals in
 * the data's README (2024/25 and 2025/26), burglary's SPC is rebased at the April 2017
 * reclassification, and the peer panel is ranked on change.
 */
class SouthamptonKpiExampleTest {

  static final List<KpiAssessment> ASSESSED =
      SouthamptonKpiExample.assessments(SouthamptonSafeCityPartnership.build());

  @Test
  void theAnnexTwoWindowsHoldTheHomeOfficeFinancialYearTotals() {
    WindowComparison burglary = ASSESSED.get(0).rolling12().orElseThrow();
    assertThat(burglary.comparisonValue()).isEqualTo(863);
    assertThat(burglary.currentValue()).isEqualTo(933);
    assertThat(burglary.isSignificant(0.05)).isFalse();
    WindowComparison vehicles = ASSESSED.get(1).rolling12().orElseThrow();
    assertThat(vehicles.comparisonValue()).isEqualTo(676);
    assertThat(vehicles.currentValue()).isEqualTo(702);
    assertThat(vehicles.isSignificant(0.05)).isFalse();
  }

  @Test
  void burglarysSpcIsRebasedAtTheApril2017Reclassification() {
    List<SpcGroup> groups = ASSESSED.get(0).spc().orElseThrow().groups();
    assertThat(groups).hasSize(2);
    assertThat(groups.get(1).first()).contains(Quarter.of(FinancialYear.of(2017), 1));
    assertThat(groups.get(0).shortGroup()).isTrue();
    assertThat(groups.get(1).points()).isEqualTo(36);
    assertThat(ASSESSED.get(0).decidedBy()).isEqualTo(KpiSignal.SPC);
    assertThat(ASSESSED.get(1).spc().orElseThrow().groups()).hasSize(1);
    assertThat(ASSESSED.get(1).status()).isEqualTo(KpiStatus.NO_SIGNIFICANT_CHANGE);
  }

  @Test
  void targetsArePercentageChangeAndDirectionOnlyWithTheIllustrativeTolerance() {
    assertThat(ASSESSED.get(0).target().orElseThrow().aim())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("896.8"));
    // 933 is 4.04% short of 896.8: within the illustrative 10% tolerance, so amber
    assertThat(ASSESSED.get(0).target().orElseThrow().rating()).isEqualTo(TargetRating.AMBER);
    assertThat(ASSESSED.get(1).target().orElseThrow().aim())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("676"));
    assertThat(ASSESSED.get(1).target().orElseThrow().rating()).isEqualTo(TargetRating.AMBER);
  }

  @Test
  void peersAreRankedOnChangeAmongSixAreas() {
    for (KpiAssessment a : ASSESSED) {
      assertThat(a.peer().orElseThrow().method()).isEqualTo(PeerMethod.PERCENT_CHANGE);
      assertThat(a.peer().orElseThrow().of()).isEqualTo(6);
    }
    assertThat(ASSESSED.get(0).peer().orElseThrow().value()).isCloseTo(100.0 * 70 / 863,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(SouthamptonRecordedCrime.byPartnership("burglary_residential")).containsOnlyKeys(
        "Southampton", "Portsmouth", "Plymouth", "Reading", "Southend-on-Sea", "Stoke-on-Trent");
    Map<Quarter, Long> portsmouth = SouthamptonRecordedCrime.byPartnership("veh_theft_of_mv").get("Portsmouth");
    assertThat(portsmouth).hasSize(44);
  }

  @Test
  void thePrintoutShowsTheTableVerdictsAndAttribution() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SouthamptonKpiExample(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(ASSESSED);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Open Government Licence v3.0")
        .contains("the latest four quarters (2025/26 Q1 to 2025/26 Q4) against the four before"
            + " (2024/25 Q1 to 2024/25 Q4)")
        .contains("Residential burglary offences: improving (decided by spc)")
        .contains("SPC group 2, 2017/18 Q1 to 2025/26 Q4: 36 quarters")
        .contains("peers (illustrative panel")
        .contains("(illustrative target)");
  }
}
