package io.github.sscp.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/LAW.md is the catalogue written out: the checked-in file equals what it generates. */
class LawDocumentTest {

  static final Path LAW_MD = Path.of("../docs/LAW.md");

  @Test
  void theCheckedInLawDocumentIsTheCatalogue() throws IOException {
    String generated = LawDocument.markdown(Catalogue.statutory().describe(),
        Catalogue.statutory().upcoming());
    assertThat(Files.readString(LAW_MD, StandardCharsets.UTF_8))
        .as("docs/LAW.md is out of date with the catalogue: run scripts/update-docs.sh")
        .isEqualTo(generated);
  }

  @Test
  void itListsEveryRuleWithItsExampleAndEveryParameter() {
    RuleCatalogue catalogue = Catalogue.statutory().describe();
    String md = LawDocument.markdown(catalogue, Catalogue.statutory().upcoming());
    for (RuleDescription r : catalogue.rules()) {
      assertThat(md).contains("\n## " + r.id() + "\n");
    }
    for (LawParameter p : catalogue.parameters()) {
      assertThat(md).contains("(`" + p.id() + "`)");
    }
    // related law that is not the partnership's is listed, not scored
    assertThat(md).contains("| CTSA15-S26-PREVENT |");
    // the Welsh regulations are counted where they apply
    assertThat(LawDocument.counts(catalogue)).containsPattern("\\| Wales only \\| [1-9]");
  }
}
