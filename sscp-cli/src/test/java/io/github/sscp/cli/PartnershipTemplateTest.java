package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.organisation.OrganisationType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The file {@code sscp init} writes, for each shape of partnership, read back as a partnership. */
class PartnershipTemplateTest {

  static PartnershipTemplate template(Nation nation, LocalGovernmentStructure structure,
      List<String> councils, LocalDate date) {
    return new PartnershipTemplate("Riverside \"Safer\" Partnership", nation, structure, councils,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), date);
  }

  static Partnership read(PartnershipTemplate t) {
    return SscpJson.standard().readPartnership(new ByteArrayInputStream(
        t.yaml().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void severalCouncilsOutsideATwoTierAreaAreAMergedPartnershipAskedForItsAgreement() {
    PartnershipTemplate merged = template(Nation.ENGLAND, LocalGovernmentStructure.UNITARY,
        List.of("Basingstoke Council", "Hart District Council"), LocalDate.of(2026, 7, 1));
    Partnership p = read(merged);
    assertThat(p.merged()).isTrue();
    assertThat(p.coveredAreas()).extracting(a -> a.name()).containsExactly("Basingstoke", "Hart");
    assertThat(merged.yaml()).contains("#   combinationAgreement:");
    PartnershipTemplate single = template(Nation.ENGLAND, LocalGovernmentStructure.UNITARY,
        List.of("Exampleton City Council"), LocalDate.of(2026, 7, 1));
    assertThat(read(single).merged()).isFalse();
    assertThat(single.yaml()).doesNotContain("combinationAgreement");
    assertThat(read(single).area().name()).isEqualTo("Exampleton");
    // a two-tier district is not merged: its county council is a second responsible authority
    PartnershipTemplate twoTier = template(Nation.ENGLAND,
        LocalGovernmentStructure.TWO_TIER_DISTRICT, List.of("Hart District Council",
            "Hampshire County Council"), LocalDate.of(2026, 7, 1));
    Partnership t = read(twoTier);
    assertThat(t.merged()).isFalse();
    assertThat(t.coveredAreas()).extracting(a -> a.name()).containsExactly("Hart");
    assertThat(t.organisations()).filteredOn(o -> o.type() == OrganisationType.LOCAL_AUTHORITY)
        .extracting(o -> o.localAuthorityTier().orElseThrow().name())
        .containsExactly("DISTRICT", "COUNTY");
  }

  @Test
  void londonWalesAndTheCityGetTheirOwnBodies() {
    String london = template(Nation.ENGLAND, LocalGovernmentStructure.LONDON_BOROUGH,
        List.of("London Borough of Croydon"), LocalDate.of(2026, 7, 1)).yaml();
    assertThat(london).contains("chiefOfficer: COMMISSIONER_OF_POLICE_OF_THE_METROPOLIS")
        .contains("policingBodyKind: MAYORS_OFFICE_FOR_POLICING_AND_CRIME")
        .contains("name: \"Mayor's Office for Policing and Crime\"")
        .contains("localAuthorityTier: LONDON_BOROUGH").contains("name: \"Croydon\"");
    String wales = template(Nation.WALES, LocalGovernmentStructure.WELSH_PRINCIPAL_AREA,
        List.of("Cardiff Council"), LocalDate.of(2026, 7, 1)).yaml();
    assertThat(wales).contains("- id: local-health-board").contains("name: \"The Local Health Board\"")
        .contains("healthBodyKind: LOCAL_HEALTH_BOARD").contains("chiefOfficer: CHIEF_CONSTABLE")
        .contains("policingBodyKind: POLICE_AND_CRIME_COMMISSIONER").contains("code: W14000015")
        .doesNotContain("integrated");
    String city = template(Nation.ENGLAND, LocalGovernmentStructure.CITY_OF_LONDON,
        List.of("City of London Corporation"), LocalDate.of(2026, 7, 1)).yaml();
    assertThat(city).doesNotContain("policing-body").contains("localAuthorityTier: CITY_OF_LONDON");
    for (LocalGovernmentStructure s : List.of(LocalGovernmentStructure.COUNTY,
        LocalGovernmentStructure.METROPOLITAN_DISTRICT)) {
      assertThat(template(Nation.ENGLAND, s, List.of("A Council"), LocalDate.of(2026, 7, 1))
          .yaml()).contains("localAuthorityTier: " + s.name());
    }
  }

  @Test
  void theStrategyRunsThreeFinancialYearsFromTheCurrentOne() {
    assertThat(template(Nation.ENGLAND, LocalGovernmentStructure.UNITARY, List.of("A Council"),
        LocalDate.of(2026, 3, 31)).yaml()).contains("period: 2025-04-01/2028-04-01")
        .contains("title: \"Community Safety Strategy 2025-28\"");
    assertThat(template(Nation.ENGLAND, LocalGovernmentStructure.UNITARY, List.of("A Council"),
        LocalDate.of(2026, 4, 1)).yaml()).contains("period: 2026-04-01/2029-04-01");
    assertThat(template(Nation.ENGLAND, LocalGovernmentStructure.UNITARY, List.of("A Council"),
        LocalDate.of(2098, 6, 1)).yaml()).contains("Community Safety Strategy 2098-01\"");
  }

  @Test
  void idsAndTextAreSafeWhateverTheNames() {
    assertThat(PartnershipTemplate.slug("Riverside \"Safer\" Partnership"))
        .isEqualTo("riverside-safer-partnership");
    assertThat(PartnershipTemplate.slug("!!!")).isEqualTo("partnership");
    String longName = "a".repeat(59) + " bcd";
    assertThat(PartnershipTemplate.slug(longName)).isEqualTo("a".repeat(59));
    assertThat(PartnershipTemplate.slug("b".repeat(60))).isEqualTo("b".repeat(60));
    assertThat(PartnershipTemplate.q("say \"hi\"\\ now\tthen")).isEqualTo(
        "\"say \\\"hi\\\"\\\\ now then\"");
    assertThat(PartnershipTemplate.q(" ")).isEqualTo("\" \"");
    Partnership p = read(template(Nation.ENGLAND, LocalGovernmentStructure.UNITARY,
        List.of("A Council"), LocalDate.of(2026, 7, 1)));
    assertThat(p.name()).isEqualTo("Riverside \"Safer\" Partnership");
    assertThat(p.id()).isEqualTo("riverside-safer-partnership");
  }
}
