package io.github.sscp.examples.southampton;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.ComplianceReport;
import io.github.sscp.rules.compliance.Finding;
import io.github.sscp.rules.compliance.Outcome;
import io.github.sscp.rules.compliance.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Southampton report as of the board date, 1 July 2024, finding by finding. */
class SouthamptonComplianceExampleTest {

  static final Partnership SOUTHAMPTON = SouthamptonSafeCityPartnership.build();
  static final ComplianceReport REPORT = Catalogue.statutory().evaluate(SOUTHAMPTON,
      LocalDate.of(2024, 7, 1));

  @Test
  void everyFindingAsOfTheBoardDate() {
    Map<String, Outcome> expected = new LinkedHashMap<>();
    expected.put("CDA98-S5-RA-COUNCIL", Outcome.MET);
    expected.put("CDA98-S5-RA-POLICE", Outcome.MET);
    expected.put("CDA98-S5-RA-POLICE-AUTHORITY", Outcome.NOT_APPLICABLE);
    expected.put("CDA98-S5-RA-FIRE", Outcome.MET);
    expected.put("CDA98-S5-RA-HEALTH-ENGLAND", Outcome.MET);
    expected.put("CDA98-S5-RA-HEALTH-WALES", Outcome.NOT_APPLICABLE);
    expected.put("CDA98-S5-RA-PROBATION", Outcome.MET);
    expected.put("CDA98-S5-COMPLETENESS", Outcome.MET);
    expected.put("CDA98-S5-2-COOPERATING", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("CDA98-S5-3-PARTICIPANTS", Outcome.ADVISORY);
    expected.put("CDA98-S5A-COMBINATION", Outcome.NOT_APPLICABLE);
    expected.put("CDA98-S6-1A-CRIME-DISORDER", Outcome.MET);
    expected.put("CDA98-S6-1B-SUBSTANCES", Outcome.MET);
    expected.put("CDA98-S6-1C-REOFFENDING", Outcome.MET);
    expected.put("CDA98-S6-1D-SERIOUS-VIOLENCE", Outcome.NOT_MET);
    expected.put("CDA98-S6-1A-HAVE-REGARD-PCP", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("CDA98-S6-4A-PCC-MEETINGS", Outcome.NOT_APPLICABLE);
    expected.put("SI2007-R3-STRATEGY-GROUP", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("SI2007-R5-7-STRATEGIC-ASSESSMENT", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("SI2007-R9-CSA-TWO-TIER", Outcome.NOT_APPLICABLE);
    expected.put("SI2007-R10-11-PARTNERSHIP-PLAN", Outcome.MET);
    expected.put("SI2007-R12-COMMUNITY-ENGAGEMENT", Outcome.MET);
    expected.put("SI2007-R12-4-PUBLIC-MEETINGS", Outcome.ADVISORY);
    expected.put("SI2007-R13A-PLAN-TO-PCC", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("SI2007-R14A-PCC-MEETING", Outcome.NOT_APPLICABLE);
    expected.put("SI2007-INFO-SHARING-PROTOCOL", Outcome.ADVISORY);
    // the Welsh regulations do not apply in England
    expected.put("WSI2007-R3-STRATEGY-GROUP", Outcome.NOT_APPLICABLE);
    expected.put("WSI2010-R3-3A-PROBATION-JOINT-APPOINT", Outcome.NOT_APPLICABLE);
    expected.put("WSI2007-STRATEGIC-ASSESSMENT", Outcome.NOT_APPLICABLE);
    expected.put("WSI2007-PARTNERSHIP-PLAN", Outcome.NOT_APPLICABLE);
    expected.put("WSI2007-COMMUNITY-ENGAGEMENT", Outcome.NOT_APPLICABLE);
    expected.put("WSI2007-PUBLIC-MEETINGS", Outcome.NOT_APPLICABLE);
    expected.put("WSI2007-INFO-SHARING", Outcome.NOT_APPLICABLE);
    expected.put("PRSRA11-S10-1-PCC-REGARD", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("PRSRA11-S10-2-MUTUAL-COOPERATION", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("PJA06-S19-CDC-EXISTS", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("PJA06-S19-CDC-ANNUAL", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("DVCVA04-S9-DHR", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("DVCVA04-S9-3B-DAC-COPY", Outcome.NOT_APPLICABLE);
    expected.put("DHR-GUIDANCE-TIMESCALES", Outcome.NOT_APPLICABLE);
    expected.put("ASBCPA14-S104-PROCEDURES", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("ASBCPA14-S104-THRESHOLD", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("ASBCPA14-S104-PUBLISH-DATA", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("ASBCPA14-S105-RELEVANT-BODIES", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("ASBCPA14-SCH4-CONSULT-PCC", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("PCSC22-S8-COLLABORATE", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("PCSC22-S8-3-SNA-STRATEGY", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("PCSC22-S8-4-CONSULT-RELEVANT", Outcome.NOT_APPLICABLE);
    expected.put("PCSC22-S11-SPECIFIED-AUTHS", Outcome.INSUFFICIENT_EVIDENCE);
    expected.put("PCSC22-SV-REGS-PUBLISH", Outcome.NOT_APPLICABLE);
    Map<String, Outcome> actual = new LinkedHashMap<>();
    for (Finding f : REPORT.findings()) {
      actual.put(f.ruleId(), f.outcome());
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
    assertThat(REPORT.verdict()).isEqualTo(Verdict.NOT_COMPLIANT);
  }

  @Test
  void theSeriousViolenceGapIsSurfacedWithItsFix() {
    Finding f = REPORT.finding("CDA98-S6-1D-SERIOUS-VIOLENCE");
    assertThat(f.sentence()).contains("Safe City Strategy").contains("since 31 January 2023")
        .contains("key crime issue 1, Tackling Violent Crime, addresses violence");
    assertThat(f.fix()).isPresent();
    assertThat(f.evidence()).containsExactly("strategies[0].statutoryStrands");
    assertThat(REPORT.finding("PJA06-S19-CDC-ANNUAL").holderOrganisationIds())
        .containsExactly("southampton-city-council");
  }

  @Test
  void thePrintoutHasBothReportsTheTimelineAndUpcomingLaw() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SouthamptonComplianceExample(new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .print(SOUTHAMPTON, LocalDate.of(2026, 11, 27));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("statutory compliance as of 2024-07-01")
        .contains("statutory compliance as of 2026-11-27")
        .contains("2023-01-31  CDA98-S6-1D-SERIOUS-VIOLENCE: not applicable -> not met")
        .contains("VPA24-S19-DARDR");
  }
}
