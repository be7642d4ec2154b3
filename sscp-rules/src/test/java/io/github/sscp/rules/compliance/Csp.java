package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.organisation.ChiefOfficerKind;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.time.DateRange;
import java.time.LocalDate;
import java.util.EnumSet;

/** Small partnerships for worked legal examples: a unitary English one, varied per test. */
final class Csp {

  private Csp() {}

  static Organisation org(String id, OrganisationType type) {
    Organisation.Builder b = Organisation.builder().id(id).name(id.substring(0, 1).toUpperCase()
        + id.substring(1).replace('-', ' ')).type(type);
    if (type == OrganisationType.LOCAL_AUTHORITY) {
      b.localAuthorityTier(LocalAuthorityTier.UNITARY);
    }
    if (type == OrganisationType.POLICE_FORCE) {
      b.chiefOfficer(ChiefOfficerKind.CHIEF_CONSTABLE);
    }
    return b.build();
  }

  static Membership ra(String id, ResponsibleAuthorityType type) {
    return Membership.responsibleAuthority(id, type);
  }

  static Membership during(Membership m, LocalDate from, LocalDate toExclusive) {
    return Membership.builder().from(m).validity(DateRange.of(from, toExclusive)).build();
  }

  /** Every responsible authority of today, and a 2020–2030 strategy with strands (a) to (c). */
  static Partnership.Builder england() {
    return Partnership.builder().id("test-csp").name("Test Community Safety Partnership")
        .nation(Nation.ENGLAND).area(GeographyRef.of(GssCode.of("E22000120"), "Test"))
        .structure(LocalGovernmentStructure.UNITARY)
        .addOrganisation(org("council", OrganisationType.LOCAL_AUTHORITY))
        .addOrganisation(org("police", OrganisationType.POLICE_FORCE))
        .addOrganisation(org("fire", OrganisationType.FIRE_AND_RESCUE))
        .addOrganisation(org("icb", OrganisationType.HEALTH_BODY))
        .addOrganisation(org("probation", OrganisationType.PROBATION))
        .addMembership(ra("council", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(ra("police", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE))
        .addMembership(ra("fire", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        .addMembership(Membership.healthBody("icb", HealthBodyKind.INTEGRATED_CARE_BOARD))
        .addMembership(ra("probation", ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addStrategy(strategy(EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER,
            StatutoryStrand.SUBSTANCE_MISUSE, StatutoryStrand.REOFFENDING)));
  }

  static Strategy strategy(EnumSet<StatutoryStrand> strands) {
    return Strategy.builder().id("plan").title("Community Safety Plan")
        .period(DateRange.of(LocalDate.of(2005, 4, 1), LocalDate.of(2030, 4, 1)))
        .status(StrategyStatus.ACTIVE).statutoryStrands(strands).build();
  }

  static Partnership wales() {
    return england().nation(Nation.WALES).area(GeographyRef.of(GssCode.of("W14000001"), "Test"))
        .structure(LocalGovernmentStructure.WELSH_PRINCIPAL_AREA)
        .organisations(java.util.List.of(Organisation.builder().from(org("council",
                OrganisationType.LOCAL_AUTHORITY)).localAuthorityTier(LocalAuthorityTier.WELSH_PRINCIPAL_AREA)
                .build(), org("police", OrganisationType.POLICE_FORCE), org("fire",
                OrganisationType.FIRE_AND_RESCUE), org("lhb", OrganisationType.HEALTH_BODY),
            org("probation", OrganisationType.PROBATION)))
        .memberships(java.util.List.of(ra("council", ResponsibleAuthorityType.LOCAL_AUTHORITY),
            ra("police", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE),
            ra("fire", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY),
            Membership.healthBody("lhb", HealthBodyKind.LOCAL_HEALTH_BOARD),
            ra("probation", ResponsibleAuthorityType.PROBATION_PROVIDER))).build();
  }

  static Outcome outcome(Partnership p, String ruleId, LocalDate asOf) {
    return Catalogue.statutory().evaluate(p, asOf).finding(ruleId).outcome();
  }
}
