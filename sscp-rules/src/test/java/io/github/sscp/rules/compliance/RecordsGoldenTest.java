package io.github.sscp.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The YAML each fix asks a user to add, pinned for partnerships whose records are part-way done
 * ({@link RecordScenarios}): a reviewed golden file. The test never writes it; after a change,
 * run {@code RecordScenarios.main} with the file's path and review the difference. (sscp-json's
 * RuleEvidenceTest checks that each fix, merged into its partnership, turns the finding met.)
 */
class RecordsGoldenTest {

  static String golden() throws IOException {
    try (InputStream in = Objects.requireNonNull(
        RecordsGoldenTest.class.getResourceAsStream("records.txt"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theFixesYamlIsTheReviewedOne() throws IOException {
    assertThat(RecordScenarios.text()).as("the fixes' YAML changed: regenerate"
        + " src/test/resources/.../records.txt with RecordScenarios.main and review it")
        .isEqualTo(golden());
  }

  @Test
  void theGoldenFileHoldsEachKindOfFix() throws IOException {
    String g = golden();
    // the ASB fix adds only what the arrangements lack, and the latest full year's figures
    assertThat(g).contains("### asb-begun 2026-04-01 ASBCPA14-S104-PROCEDURES\nstatutory:\n"
        + "  asbCaseReview:\n    localThreshold: 3\n    publishedOn: 2026-04-01\n")
        .contains("    relevantBodyOrganisationIds: [police, icb]\n    figures:\n"
            + "    - period: \"2025/26\"")
        .contains("### asb-begun 2026-03-31 ASBCPA14-S104-PROCEDURES")
        .contains("    - period: \"2024/25\"");
    // the county gets its own committee; each council's committee meets
    assertThat(g).contains("- id: scrutiny-council-2026-04-01\n  bodyId: district-scrutiny\n")
        .contains("- id: county-scrutiny\n  name: \"Crime and disorder committee\"");
    // the revision in effect, not yet sent, is sent
    assertThat(g).contains("### part-seated-and-unsent 2026-04-01 SI2007-R13A-PLAN-TO-PCC\n"
        + "strategies:\n- id: plan\n  revisions:\n  - version: \"2025 refresh\"\n"
        + "    sentToPccOn: 2026-04-01\n");
    // a recorded organisation is made a member, not recorded again
    assertThat(g).contains("### organisations-without-memberships 2026-04-01 CDA98-S5-RA-POLICE\n"
        + "memberships:\n- organisationId: police\n");
  }

  @Test
  void theCatalogueIsItsInstrumentsRulesAndAFreshBuildJudgesAlike() {
    List<Rule> fresh = Catalogue.statutoryRules();
    Catalogue law = Catalogue.statutory();
    assertThat(fresh).extracting(Rule::id)
        .containsExactlyElementsOf(law.rules().stream().map(Rule::id).toList());
    assertThat(CrimeAndDisorderAct1998.rules()).isNotEmpty();
    assertThat(StrategyRegulations2007.rules()).isNotEmpty();
    assertThat(WelshRegulations2007.rules()).hasSize(7);
    assertThat(OtherActs.rules()).isNotEmpty();
    Catalogue again = new Catalogue(fresh);
    assertThat(again.describe()).isEqualTo(law.describe());
    for (Partnership p : RecordScenarios.all().values()) {
      for (LocalDate on : RecordScenarios.DATES) {
        assertThat(again.evaluate(p, on)).isEqualTo(law.evaluate(p, on));
      }
    }
  }
}
