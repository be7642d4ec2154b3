package io.github.sscp.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partnership's date-dependent queries answer for the date asked about. */
class PartnershipQueriesTest {

  static Person person(String id) {
    return Person.builder().id(id).displayName(id).build();
  }

  static Officeholder chair(String person, DateRange term) {
    return Officeholder.builder().office(Office.CHAIR).personId(person).term(term).build();
  }

  static Partnership withChairs(Officeholder... chairs) {
    return Partnership.builder().from(Fixtures.partnership())
        .addPeople(person("old"), person("new"), person("co"), person("sub"))
        .addOfficeholders(chairs).build();
  }

  @Test
  void chairs_mostRecentlyAppointedFirst_whateverTheListOrder() {
    Partnership p = withChairs(
        chair("new", DateRange.ofUnboundedEnd(LocalDate.of(2024, 5, 1))),
        chair("old", DateRange.ofUnboundedEnd(LocalDate.of(2019, 5, 1))));
    assertThat(p.chairs()).extracting(Person::id).containsExactly("new", "old");
    Partnership reversed = withChairs(
        chair("old", DateRange.ofUnboundedEnd(LocalDate.of(2019, 5, 1))),
        chair("new", DateRange.ofUnboundedEnd(LocalDate.of(2024, 5, 1))));
    assertThat(reversed.chairs()).extracting(Person::id).containsExactly("new", "old");
  }

  @Test
  void chairsOnADate_areThoseWhoseTermCoversIt() {
    Partnership p = withChairs(
        chair("old", DateRange.ofClosed(LocalDate.of(2019, 5, 1), LocalDate.of(2024, 4, 30))),
        chair("new", DateRange.ofUnboundedEnd(LocalDate.of(2024, 5, 1))));
    assertThat(p.chairs(LocalDate.of(2024, 4, 30))).extracting(Person::id).containsExactly("old");
    assertThat(p.chairs(LocalDate.of(2024, 5, 1))).extracting(Person::id).containsExactly("new");
    assertThat(p.chairs(LocalDate.of(2019, 4, 30))).isEmpty();
    assertThat(p.chairs()).extracting(Person::id).containsExactly("new");
  }

  @Test
  void coChairs_areBothKept_andAChairOfAnotherBodyIsNotTheChair() {
    Partnership p = withChairs(
        chair("new", DateRange.ofUnboundedEnd(LocalDate.of(2024, 5, 1))),
        chair("co", DateRange.ofUnboundedEnd(LocalDate.of(2023, 5, 1))),
        Officeholder.builder().office(Office.CHAIR).personId("sub").bodyId("steering").build());
    assertThat(p.chairs(LocalDate.of(2024, 6, 1))).extracting(Person::id).containsExactly("new", "co");
    assertThat(p.officeholders(Office.CHAIR, "steering", LocalDate.of(2024, 6, 1)))
        .extracting(Person::id).containsExactly("sub");
    assertThat(p.leadCabinetMembers(LocalDate.of(2024, 6, 1))).isEmpty();
  }

  @Test
  void statutoryMemberships_asOfADateDropThoseNotYetOrNoLongerHeld() {
    Partnership p = Partnership.builder().from(Fixtures.partnership())
        .addOrganisation(Fixtures.organisation("ccg", OrganisationType.HEALTH_BODY))
        .addOrganisation(Fixtures.organisation("charity", OrganisationType.VOLUNTARY_OR_COMMUNITY))
        .memberships(List.of(
            Membership.responsibleAuthority("council", ResponsibleAuthorityType.LOCAL_AUTHORITY),
            Membership.builder().from(Membership.healthBody("ccg",
                    io.github.sscp.model.organisation.HealthBodyKind.CLINICAL_COMMISSIONING_GROUP))
                .validity(DateRange.ofClosed(LocalDate.of(2013, 4, 1), LocalDate.of(2022, 6, 30))).build(),
            Membership.builder().from(Membership.healthBody("icb",
                    io.github.sscp.model.organisation.HealthBodyKind.INTEGRATED_CARE_BOARD))
                .validity(DateRange.ofUnboundedEnd(LocalDate.of(2022, 7, 1))).build(),
            Membership.nonStatutory("charity", PartnerCategory.CHARITY)))
        .build();
    assertThat(p.statutoryMemberships()).extracting(Membership::organisationId)
        .containsExactly("council", "ccg", "icb");
    assertThat(p.statutoryMemberships(LocalDate.of(2022, 6, 30))).extracting(Membership::organisationId)
        .containsExactly("council", "ccg");
    assertThat(p.statutoryMemberships(LocalDate.of(2022, 7, 1))).extracting(Membership::organisationId)
        .containsExactly("council", "icb");
    assertThat(p.nonStatutoryMemberships(LocalDate.of(2022, 7, 1))).extracting(Membership::organisationId)
        .containsExactly("charity");
    assertThat(p.membershipsOn(LocalDate.of(2010, 1, 1))).extracting(Membership::organisationId)
        .containsExactly("council", "charity");
  }

  @Test
  void lookupsFindByIdAndOtherwiseAreEmpty() {
    Partnership p = Fixtures.partnership();
    assertThat(p.organisation("police")).isPresent();
    assertThat(p.organisation("nobody")).isEmpty();
    assertThat(p.measure("burglaries")).isPresent();
    assertThat(p.strategy("plan")).isPresent();
    assertThat(p.crimeCategory("police-uk/burglary")).isPresent();
    assertThat(p.crimeCategory("local/nothing")).isEmpty();
    assertThat(p.strategiesInForceOn(LocalDate.of(2027, 3, 31))).hasSize(1);
    assertThat(p.strategiesInForceOn(LocalDate.of(2027, 4, 1))).isEmpty();
    assertThat(p.strategy("plan").orElseThrow().priority("SAFER  streets")).isPresent();
    assertThat(p.strategy("plan").orElseThrow().overdueActions(LocalDate.of(2025, 4, 1)))
        .extracting(a -> a.id()).containsExactly("cctv");
  }
}
