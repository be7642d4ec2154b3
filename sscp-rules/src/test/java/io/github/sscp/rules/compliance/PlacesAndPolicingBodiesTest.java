package io.github.sscp.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.governance.BodySeat;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.governance.StatutoryFunction;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.organisation.ChiefOfficerKind;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationCapacity;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.time.DateRange;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples in the style of OpenFisca's tests: one partnership for each kind of place the law
 * treats differently — a Welsh county borough, two Welsh areas working together, the City of
 * London, a London borough, a mayoral area and a district in a two-tier county — each judged on
 * both sides of the dates on which its law or its policing body changed. The places, councils,
 * forces and bodies are real and public; the records (plans, seats, meetings) are made up for the
 * example.
 */
class PlacesAndPolicingBodiesTest {

  static final Catalogue LAW = Catalogue.statutory();

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static Finding finding(Partnership p, String ruleId, LocalDate on) {
    return LAW.evaluate(p, on).finding(ruleId);
  }

  static Organisation org(String id, String name, OrganisationType type) {
    Organisation.Builder b = Organisation.builder().id(id).name(name).type(type);
    if (type == OrganisationType.POLICE_FORCE) {
      b.chiefOfficer(ChiefOfficerKind.CHIEF_CONSTABLE);
    }
    return b.build();
  }

  static Organisation council(String id, String name, LocalAuthorityTier tier) {
    return Organisation.builder().id(id).name(name).type(OrganisationType.LOCAL_AUTHORITY)
        .localAuthorityTier(tier).build();
  }

  static Organisation policingBody(String id, String name, LocalPolicingBodyKind kind) {
    return Organisation.builder().id(id).name(name).type(OrganisationType.LOCAL_POLICING_BODY)
        .policingBodyKind(kind).build();
  }

  static GeographyRef area(String code, String name) {
    return GeographyRef.of(GssCode.of(code), name);
  }

  static Strategy plan(String id, LocalDate from, LocalDate to) {
    return Strategy.builder().id(id).title("Community Safety Plan").period(DateRange.of(from, to))
        .status(StrategyStatus.ACTIVE).statutoryStrands(EnumSet.allOf(StatutoryStrand.class))
        .build();
  }

  static GovernanceBody board(String id, String name, String... appointedBy) {
    GovernanceBody.Builder b = GovernanceBody.builder().id(id).name(name)
        .type(GovernanceBodyType.STRATEGIC_BOARD);
    for (String a : appointedBy) {
      b.addSeat(BodySeat.builder().organisationId(a).appointedByOrganisationId(a).senior(true)
          .build());
    }
    return b.build();
  }

  static GovernanceBody committee(String id, String name, String... owners) {
    return GovernanceBody.builder().id(id).name(name).type(GovernanceBodyType.SCRUTINY_COMMITTEE)
        .addStatutoryFunction(StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY)
        .addOwnerOrganisationIds(owners).build();
  }

  static Membership ra(String id, ResponsibleAuthorityType type) {
    return Membership.responsibleAuthority(id, type);
  }

  // --- Wales ------------------------------------------------------------------------------------

  /**
   * Cardiff: a Welsh county borough (principal area) in the South Wales police area, its
   * partnership co-chaired by a police officer known only by post.
   */
  static Partnership.Builder cardiff() {
    return Partnership.builder().id("safer-cardiff").name("Safer Cardiff")
        .nation(Nation.WALES).area(area("W14000015", "Cardiff"))
        .structure(LocalGovernmentStructure.WELSH_PRINCIPAL_AREA)
        .addPoliceForceArea(area("W15000003", "South Wales"))
        .addOrganisation(council("cardiff-council", "Cardiff Council",
            LocalAuthorityTier.WELSH_PRINCIPAL_AREA))
        .addOrganisation(org("south-wales-police", "South Wales Police",
            OrganisationType.POLICE_FORCE))
        .addOrganisation(org("south-wales-fire", "South Wales Fire and Rescue Authority",
            OrganisationType.FIRE_AND_RESCUE))
        .addOrganisation(org("cardiff-and-vale-uhb", "Cardiff and Vale University Health Board",
            OrganisationType.HEALTH_BODY))
        .addOrganisation(org("probation-wales", "Probation Service in Wales",
            OrganisationType.PROBATION))
        .addOrganisation(policingBody("south-wales-pcc", "South Wales Police and Crime Commissioner",
            LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER))
        .addMembership(ra("cardiff-council", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(ra("south-wales-police", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE))
        .addMembership(ra("south-wales-fire", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        .addMembership(Membership.healthBody("cardiff-and-vale-uhb",
            HealthBodyKind.LOCAL_HEALTH_BOARD))
        .addMembership(ra("probation-wales", ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addStrategy(plan("cardiff-plan", d(2005, 4, 1), d(2030, 4, 1)))
        .addOfficeholder(Officeholder.builder().office(Office.CHAIR)
            .post("Chief Superintendent, South Wales Police").bodyId("safer-cardiff-board")
            .build());
  }

  @Test
  void aWelshPartnershipIsJudgedUnderTheWelshRegulationsNotTheEnglishOnes() {
    Partnership p = cardiff().addGovernanceBody(board("safer-cardiff-board",
        "Safer Cardiff Partnership Board", "cardiff-council", "south-wales-police")).build();
    ComplianceReport r = LAW.evaluate(p, d(2026, 4, 1));
    assertThat(r.finding("WSI2007-R3-STRATEGY-GROUP").outcome()).isEqualTo(Outcome.MET);
    assertThat(r.finding("WSI2007-PARTNERSHIP-PLAN").outcome()).isEqualTo(Outcome.MET);
    // the English regulations' counterparts say why they do not apply, and cite the Welsh ones
    assertThat(r.finding("SI2007-R3-STRATEGY-GROUP").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.finding("SI2007-R3-STRATEGY-GROUP").sentence()).contains("SI 2007/3076");
    assertThat(r.finding("SI2007-R13A-PLAN-TO-PCC").sentence()).contains("England only")
        .contains("SI 2012/2660");
    // no finding says a duty does not apply in Wales
    assertThat(r.findings()).extracting(Finding::sentence)
        .noneMatch(s -> s.contains("does not apply in Wales"));
    // no two-tier or combination findings in Wales
    assertThat(r.finding("SI2007-R9-CSA-TWO-TIER").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.finding("CDA98-S5A-COMBINATION").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    // the devolved-functions carve-out is unverified: regard to the plan is advice, not a verdict
    assertThat(r.finding("CDA98-S6-1A-HAVE-REGARD-PCP").outcome()).isEqualTo(Outcome.ADVISORY);
    assertThat(r.finding("PRSRA11-S10-2-MUTUAL-COOPERATION").sentence())
        .contains("South Wales Police and Crime Commissioner");
  }

  @Test
  void everyRuleOfOneNationSaysWhyItDoesNotApplyInTheOther() {
    for (Rule rule : LAW.rules()) {
      boolean england = rule.versions().stream()
          .anyMatch(v -> v.jurisdictions().contains(Jurisdiction.ENGLAND));
      boolean wales = rule.versions().stream()
          .anyMatch(v -> v.jurisdictions().contains(Jurisdiction.WALES));
      if (!(england && wales)) {
        assertThat(rule.elsewhere()).as(rule.id()).startsWith(england ? "England only" : "Wales only");
      }
    }
  }

  @Test
  void theWelshRegulationsBeganOn19November2007() {
    Partnership p = cardiff().build();
    assertThat(finding(p, "WSI2007-R3-STRATEGY-GROUP", d(2007, 11, 18)).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    // as made, the group's membership rule is unverified: advice, never "not met"
    assertThat(finding(p, "WSI2007-R3-STRATEGY-GROUP", d(2007, 11, 19)).outcome())
        .isEqualTo(Outcome.ADVISORY);
    // in England the Welsh regulations never apply, on either side of the date
    Partnership england = Csp.england().build();
    assertThat(finding(england, "WSI2007-R3-STRATEGY-GROUP", d(2007, 11, 19)).sentence())
        .startsWith("Wales only");
  }

  @Test
  void twoProbationProvidersAppointJointlyFrom1April2010() {
    Partnership p = cardiff().addOrganisation(org("wales-crc", "Wales Community Rehabilitation"
        + " Company", OrganisationType.PROBATION))
        .addMembership(ra("wales-crc", ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addGovernanceBody(board("safer-cardiff-board", "Safer Cardiff Partnership Board",
            "cardiff-council", "south-wales-police")).build();
    assertThat(finding(p, "WSI2010-R3-3A-PROBATION-JOINT-APPOINT", d(2010, 3, 31)).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(finding(p, "WSI2010-R3-3A-PROBATION-JOINT-APPOINT", d(2010, 4, 1)).outcome())
        .isEqualTo(Outcome.NOT_MET);
    Partnership joint = Partnership.builder().from(p).governanceBodies(List.of(board(
        "safer-cardiff-board", "Safer Cardiff Partnership Board", "cardiff-council",
        "south-wales-police", "probation-wales"))).build();
    assertThat(finding(joint, "WSI2010-R3-3A-PROBATION-JOINT-APPOINT", d(2010, 4, 1)).outcome())
        .isEqualTo(Outcome.MET);
  }

  @Test
  void theStrategyGroupNeedsTwoAppointedMembersFrom5December2011() {
    Partnership one = cardiff().addGovernanceBody(board("safer-cardiff-board",
        "Safer Cardiff Partnership Board", "cardiff-council")).build();
    assertThat(finding(one, "WSI2007-R3-STRATEGY-GROUP", d(2011, 12, 4)).outcome())
        .isEqualTo(Outcome.ADVISORY);
    Finding after = finding(one, "WSI2007-R3-STRATEGY-GROUP", d(2011, 12, 5));
    assertThat(after.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(after.sentence()).contains("two or more");
    assertThat(after.citation()).contains("SI 2011/2702");
  }

  /** Gwynedd and the Isle of Anglesey: two Welsh areas working together, each keeping its duties. */
  static Partnership.Builder gwyneddAndAnglesey() {
    return Partnership.builder().id("gwynedd-and-anglesey").name("Gwynedd and Anglesey Community"
        + " Safety Partnership").nation(Nation.WALES).area(area("W14000002", "Gwynedd"))
        .structure(LocalGovernmentStructure.WELSH_PRINCIPAL_AREA)
        .addPoliceForceArea(area("W15000001", "North Wales"))
        .addOrganisation(council("gwynedd-council", "Gwynedd Council",
            LocalAuthorityTier.WELSH_PRINCIPAL_AREA))
        .addOrganisation(council("anglesey-council", "Isle of Anglesey County Council",
            LocalAuthorityTier.WELSH_PRINCIPAL_AREA))
        .addOrganisation(org("north-wales-police", "North Wales Police",
            OrganisationType.POLICE_FORCE))
        .addOrganisation(org("north-wales-fire", "North Wales Fire and Rescue Authority",
            OrganisationType.FIRE_AND_RESCUE))
        .addOrganisation(org("bcuhb", "Betsi Cadwaladr University Health Board",
            OrganisationType.HEALTH_BODY))
        .addOrganisation(org("probation-wales", "Probation Service in Wales",
            OrganisationType.PROBATION))
        .addMembership(ra("gwynedd-council", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(ra("anglesey-council", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(ra("north-wales-police", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE))
        .addMembership(ra("north-wales-fire", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        .addMembership(Membership.healthBody("bcuhb", HealthBodyKind.LOCAL_HEALTH_BOARD))
        .addMembership(ra("probation-wales", ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addStrategy(plan("joint-plan", d(2023, 4, 1), d(2027, 4, 1)));
  }

  @Test
  void twoWelshAreasWorkingTogetherNeedNoCombinationAgreementAndEachCouncilItsOwnScrutiny() {
    Partnership oneCommittee = gwyneddAndAnglesey()
        .addGovernanceBody(committee("gwynedd-scrutiny", "Communities Scrutiny Committee",
            "gwynedd-council")).build();
    ComplianceReport r = LAW.evaluate(oneCommittee, d(2026, 4, 1));
    assertThat(r.finding("CDA98-S5A-COMBINATION").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.finding("CDA98-S5A-COMBINATION").sentence()).contains("England");
    Finding scrutiny = r.finding("PJA06-S19-CDC-EXISTS");
    assertThat(scrutiny.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(scrutiny.sentence()).contains("Isle of Anglesey County Council")
        .doesNotContain("Gwynedd Council");
    assertThat(scrutiny.owedBy()).contains("Gwynedd Council").contains(
        "Isle of Anglesey County Council");
    // a committee that names no council serves neither of two
    Partnership ownerless = gwyneddAndAnglesey().addGovernanceBody(GovernanceBody.builder()
        .id("scrutiny").name("Scrutiny").type(GovernanceBodyType.SCRUTINY_COMMITTEE)
        .addStatutoryFunction(StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY).build()).build();
    assertThat(finding(ownerless, "PJA06-S19-CDC-EXISTS", d(2026, 4, 1)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    Partnership joint = gwyneddAndAnglesey().addGovernanceBody(committee("joint-scrutiny",
        "Joint Scrutiny Committee", "gwynedd-council", "anglesey-council")).build();
    assertThat(finding(joint, "PJA06-S19-CDC-EXISTS", d(2026, 4, 1)).outcome())
        .isEqualTo(Outcome.MET);
  }

  // --- London -----------------------------------------------------------------------------------

  /**
   * The City of London: one record for the Corporation, acting as the council and, through the
   * Common Council, as the police area's local policing body.
   */
  static Partnership.Builder cityOfLondon() {
    return Partnership.builder().id("safer-city").name("Safer City Partnership")
        .nation(Nation.ENGLAND).area(area("E22000180", "City of London"))
        .structure(LocalGovernmentStructure.CITY_OF_LONDON)
        .addPoliceForceArea(area("E23000034", "London, City of"))
        .addOrganisation(Organisation.builder().id("city-corporation")
            .name("City of London Corporation").type(OrganisationType.LOCAL_AUTHORITY)
            .localAuthorityTier(LocalAuthorityTier.CITY_OF_LONDON)
            .policingBodyKind(LocalPolicingBodyKind.COMMON_COUNCIL_OF_THE_CITY_OF_LONDON)
            .addCapacity(OrganisationCapacity.of(OrganisationType.LOCAL_POLICING_BODY)).build())
        .addOrganisation(org("city-police", "City of London Police", OrganisationType.POLICE_FORCE))
        .addOrganisation(org("lfb", "London Fire Commissioner", OrganisationType.FIRE_AND_RESCUE))
        .addOrganisation(org("nel-icb", "North East London Integrated Care Board",
            OrganisationType.HEALTH_BODY))
        .addOrganisation(org("probation-london", "Probation Service (London)",
            OrganisationType.PROBATION))
        .addMembership(ra("city-corporation", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(ra("city-police", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE))
        .addMembership(ra("lfb", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        .addMembership(Membership.healthBody("nel-icb", HealthBodyKind.INTEGRATED_CARE_BOARD))
        .addMembership(ra("probation-london", ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addStrategy(plan("city-plan", d(2005, 4, 1), d(2030, 4, 1)));
  }

  @Test
  void theCityOfLondonIsExceptedFromSendingItsPlanAndHasNoCommissioner() {
    Partnership p = cityOfLondon().build();
    assertThat(finding(p, "SI2007-R13A-PLAN-TO-PCC", d(2012, 11, 21)).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    Finding sent = finding(p, "SI2007-R13A-PLAN-TO-PCC", d(2012, 11, 22));
    assertThat(sent.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(sent.sentence()).contains("excepts the City of London").contains("Common Council");
    ComplianceReport r = LAW.evaluate(p, d(2026, 4, 1));
    assertThat(r.finding("SI2007-R14A-PCC-MEETING").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.finding("CDA98-S6-1A-HAVE-REGARD-PCP").outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.finding("PRSRA11-S10-1-PCC-REGARD").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    // the Corporation's two capacities are one record, each seen: it is the council ...
    assertThat(r.finding("CDA98-S5-RA-COUNCIL").outcome()).isEqualTo(Outcome.MET);
    // ... and the local policing body the ASB case review procedures are agreed with
    assertThat(Evidence.policingBodies(p, d(2026, 4, 1))).containsExactly("city-corporation");
    assertThat(r.finding("PJA06-S19-CDC-EXISTS").owedBy()).contains("City of London Corporation");
  }

  /** Croydon: a London borough, whose elected local policing body is MOPAC. */
  static Partnership.Builder croydon() {
    return Partnership.builder().id("safer-croydon").name("Safer Croydon Partnership")
        .nation(Nation.ENGLAND).area(area("E22000193", "Croydon"))
        .structure(LocalGovernmentStructure.LONDON_BOROUGH)
        .addPoliceForceArea(area("E23000001", "Metropolitan Police"))
        .addOrganisation(council("croydon-council", "Croydon Council",
            LocalAuthorityTier.LONDON_BOROUGH))
        .addOrganisation(Organisation.builder().id("met").name("Metropolitan Police Service")
            .type(OrganisationType.POLICE_FORCE)
            .chiefOfficer(ChiefOfficerKind.COMMISSIONER_OF_POLICE_OF_THE_METROPOLIS).build())
        .addOrganisation(org("lfb", "London Fire Commissioner", OrganisationType.FIRE_AND_RESCUE))
        .addOrganisation(org("sel-icb", "South East London Integrated Care Board",
            OrganisationType.HEALTH_BODY))
        .addOrganisation(org("probation-london", "Probation Service (London)",
            OrganisationType.PROBATION))
        .addMembership(ra("croydon-council", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(ra("met", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE))
        .addMembership(ra("lfb", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        .addMembership(Membership.healthBody("sel-icb", HealthBodyKind.INTEGRATED_CARE_BOARD))
        .addMembership(ra("probation-london", ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addStrategy(plan("croydon-plan", d(2005, 4, 1), d(2030, 4, 1)));
  }

  @Test
  void aLondonBoroughSendsItsPlanToTheMayorsOfficeFrom22November2012() {
    Partnership p = croydon().build();
    assertThat(finding(p, "SI2007-R13A-PLAN-TO-PCC", d(2012, 11, 21)).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    Finding due = finding(p, "SI2007-R13A-PLAN-TO-PCC", d(2012, 11, 22));
    assertThat(due.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(due.fix()).hasValue("Send each version of the plan to the Mayor's Office for"
        + " Policing and Crime and record the date.");
    assertThat(due.sentence()).doesNotContain("commissioner");
    // MOPAC is not a police and crime commissioner: it cannot require attendance under reg 14A
    assertThat(finding(p, "SI2007-R14A-PCC-MEETING", d(2026, 4, 1)).sentence())
        .contains("not available in London");
  }

  @Test
  void theMayorsOfficeCountsFrom16January2012() {
    Partnership p = croydon().addOrganisation(policingBody("mopac", "Mayor's Office for Policing"
            + " and Crime", LocalPolicingBodyKind.MAYORS_OFFICE_FOR_POLICING_AND_CRIME))
        .addMembership(Membership.builder().organisationId("mopac")
            .role(MembershipRole.LOCAL_POLICING_BODY).build()).build();
    assertThat(Evidence.policingBodies(p, d(2012, 1, 15))).isEmpty();
    assertThat(Evidence.policingBodies(p, d(2012, 1, 16))).containsExactly("mopac");
    assertThat(finding(p, "PRSRA11-S10-2-MUTUAL-COOPERATION", d(2012, 1, 15)).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    Finding cooperates = finding(p, "PRSRA11-S10-2-MUTUAL-COOPERATION", d(2012, 1, 16));
    assertThat(cooperates.outcome()).isEqualTo(Outcome.MET);
    assertThat(cooperates.sentence()).contains("Mayor's Office for Policing and Crime");
    // outside London, no elected body existed until commissioners took office
    Partnership hampshire = Csp.england().addPoliceForceArea(area("E23000030", "Hampshire"))
        .addOrganisation(policingBody("pcc", "Hampshire Police and Crime Commissioner",
            LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER))
        .addMembership(Membership.builder().organisationId("pcc")
            .role(MembershipRole.LOCAL_POLICING_BODY).build()).build();
    assertThat(finding(hampshire, "PRSRA11-S10-2-MUTUAL-COOPERATION", d(2012, 11, 21)).outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(finding(hampshire, "PRSRA11-S10-2-MUTUAL-COOPERATION", d(2012, 11, 22)).outcome())
        .isEqualTo(Outcome.MET);
    // the plan sent to MOPAC satisfies reg 13A and names it
    Partnership sent = Partnership.builder().from(p).strategies(List.of(Strategy.builder()
        .from(plan("croydon-plan", d(2005, 4, 1), d(2030, 4, 1))).sentToPccOn(d(2013, 1, 10))
        .build())).build();
    Finding r13a = finding(sent, "SI2007-R13A-PLAN-TO-PCC", d(2013, 2, 1));
    assertThat(r13a.outcome()).isEqualTo(Outcome.MET);
    assertThat(r13a.sentence()).contains("the Mayor's Office for Policing and Crime");
  }

  // --- Mayors treated as commissioners ----------------------------------------------------------

  /**
   * Manchester: the Greater Manchester Combined Authority's mayor took over the commissioner's
   * functions, and the combined authority became the fire and rescue authority, on 8 May 2017 —
   * one record with two dated capacities.
   */
  static Partnership.Builder manchester() {
    LocalDate mayor = d(2017, 5, 8);
    return Partnership.builder().id("community-safety-manchester").name("Community Safety"
        + " Partnership Manchester").nation(Nation.ENGLAND).area(area("E22000101", "Manchester"))
        .structure(LocalGovernmentStructure.METROPOLITAN_DISTRICT)
        .addPoliceForceArea(area("E23000005", "Greater Manchester"))
        .addOrganisation(council("manchester-council", "Manchester City Council",
            LocalAuthorityTier.METROPOLITAN_DISTRICT))
        .addOrganisation(org("gmp", "Greater Manchester Police", OrganisationType.POLICE_FORCE))
        .addOrganisation(org("gm-fire-authority", "Greater Manchester Fire and Rescue Authority",
            OrganisationType.FIRE_AND_RESCUE))
        .addOrganisation(Organisation.builder().id("gmca")
            .name("Greater Manchester Combined Authority").type(OrganisationType.LOCAL_POLICING_BODY)
            .policingBodyKind(LocalPolicingBodyKind.COMBINED_AUTHORITY_MAYOR)
            .addCapacity(OrganisationCapacity.builder().type(OrganisationType.FIRE_AND_RESCUE)
                .validity(DateRange.ofUnboundedEnd(mayor)).build()).build())
        .addOrganisation(policingBody("gm-pcc", "Police and Crime Commissioner for Greater"
            + " Manchester", LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER))
        .addOrganisation(org("gm-icb", "NHS Greater Manchester Integrated Care Board",
            OrganisationType.HEALTH_BODY))
        .addOrganisation(org("probation-nw", "Probation Service (North West)",
            OrganisationType.PROBATION))
        .addMembership(ra("manchester-council", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(ra("gmp", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE))
        .addMembership(Csp.during(ra("gm-fire-authority",
            ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY), d(1998, 9, 1), mayor))
        .addMembership(Membership.builder().from(ra("gmca",
            ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
            .validity(DateRange.ofUnboundedEnd(mayor)).build())
        .addMembership(Csp.during(Membership.builder().organisationId("gm-pcc")
            .role(MembershipRole.LOCAL_POLICING_BODY).build(), d(2012, 11, 22), mayor))
        .addMembership(Membership.builder().organisationId("gmca")
            .role(MembershipRole.LOCAL_POLICING_BODY).validity(DateRange.ofUnboundedEnd(mayor))
            .build())
        .addMembership(Membership.healthBody("gm-icb", HealthBodyKind.INTEGRATED_CARE_BOARD))
        .addMembership(ra("probation-nw", ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addStrategy(plan("manchester-plan", d(2005, 4, 1), d(2030, 4, 1)));
  }

  @Test
  void inGreaterManchesterTheMayorIsTheCommissionerFrom8May2017() {
    Partnership p = manchester().build();
    assertThat(finding(p, "SI2007-R13A-PLAN-TO-PCC", d(2017, 5, 7)).fix().orElseThrow())
        .contains("the Police and Crime Commissioner for Greater Manchester");
    assertThat(finding(p, "SI2007-R13A-PLAN-TO-PCC", d(2017, 5, 8)).fix().orElseThrow())
        .contains("Greater Manchester Combined Authority");
    // the mayor is treated as a commissioner, so may call meetings under reg 14A
    Partnership called = Partnership.builder().from(p).addMeeting(Meeting.builder().id("m")
        .bodyId("gmca-meeting").date(d(2018, 1, 10)).status(MeetingStatus.HELD)
        .calledByOrganisationId("gmca").addAttendeeOrganisationIds("manchester-council").build())
        .build();
    assertThat(finding(called, "SI2007-R14A-PCC-MEETING", d(2018, 2, 1)).outcome())
        .isEqualTo(Outcome.NOT_MET);
    // the combined authority's dated fire capacity: the old fire authority before, it after
    assertThat(finding(p, "CDA98-S5-RA-FIRE", d(2017, 5, 7)).sentence())
        .contains("Greater Manchester Fire and Rescue Authority");
    assertThat(finding(p, "CDA98-S5-RA-FIRE", d(2017, 5, 8)).sentence())
        .contains("Greater Manchester Combined Authority");
    assertThat(finding(p, "CDA98-S5-RA-FIRE", d(2017, 5, 8)).outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void mayorsTookOverInWestYorkshireOn10May2021AndInSouthAndNorthYorkshireOn7May2024() {
    record Place(String force, String code, LocalDate from) {}
    for (Place place : List.of(new Place("West Yorkshire", "E23000010", d(2021, 5, 10)),
        new Place("South Yorkshire", "E23000011", d(2024, 5, 7)),
        new Place("North Yorkshire", "E23000009", d(2024, 5, 7)))) {
      Partnership p = Csp.england().addPoliceForceArea(area(place.code(), place.force())).build();
      assertThat(finding(p, "SI2007-R13A-PLAN-TO-PCC", place.from().minusDays(1)).fix()
          .orElseThrow()).as(place.force()).contains("the police and crime commissioner");
      assertThat(finding(p, "SI2007-R13A-PLAN-TO-PCC", place.from()).fix().orElseThrow())
          .as(place.force()).contains("the mayor");
    }
  }

  // --- Two-tier ---------------------------------------------------------------------------------

  /** Winchester: a district in Hampshire, a two-tier county; both councils are responsible. */
  static Partnership.Builder winchester() {
    return Partnership.builder().id("winchester-csp").name("Winchester Community Safety"
        + " Partnership").nation(Nation.ENGLAND).area(area("E22000122", "Winchester"))
        .structure(LocalGovernmentStructure.TWO_TIER_DISTRICT)
        .addPoliceForceArea(area("E23000030", "Hampshire"))
        .addOrganisation(council("winchester-council", "Winchester City Council",
            LocalAuthorityTier.DISTRICT))
        .addOrganisation(council("hampshire-cc", "Hampshire County Council",
            LocalAuthorityTier.COUNTY))
        .addOrganisation(org("hampshire-police", "Hampshire and Isle of Wight Constabulary",
            OrganisationType.POLICE_FORCE))
        .addOrganisation(org("hiwfrs", "Hampshire and Isle of Wight Fire and Rescue Authority",
            OrganisationType.FIRE_AND_RESCUE))
        .addOrganisation(org("hiow-icb", "Hampshire and Isle of Wight Integrated Care Board",
            OrganisationType.HEALTH_BODY))
        .addOrganisation(org("probation-south-central", "Probation Service (South Central)",
            OrganisationType.PROBATION))
        .addMembership(ra("winchester-council", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(ra("hampshire-cc", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addMembership(ra("hampshire-police", ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE))
        .addMembership(ra("hiwfrs", ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY))
        .addMembership(Membership.healthBody("hiow-icb", HealthBodyKind.INTEGRATED_CARE_BOARD))
        .addMembership(ra("probation-south-central", ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addStrategy(plan("winchester-plan", d(2005, 4, 1), d(2030, 4, 1)));
  }

  @Test
  void inATwoTierAreaTheDistrictAndTheCountyAreEachJudgedOnTheirOwnScrutiny() {
    Partnership districtOnly = winchester().addGovernanceBody(committee("winchester-scrutiny",
            "Scrutiny Committee", "winchester-council"))
        .addMeeting(Meeting.builder().id("scrutiny-2026").bodyId("winchester-scrutiny")
            .date(d(2026, 2, 1)).status(MeetingStatus.HELD).build()).build();
    ComplianceReport r = LAW.evaluate(districtOnly, d(2026, 4, 1));
    assertThat(r.finding("PJA06-S19-CDC-EXISTS").outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.finding("PJA06-S19-CDC-EXISTS").sentence()).contains("Hampshire County Council")
        .doesNotContain("Winchester");
    assertThat(r.finding("PJA06-S19-CDC-ANNUAL").outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.finding("PJA06-S19-CDC-ANNUAL").sentence()).contains("Hampshire County Council");
    // the county's own committee, last meeting more than 12 months ago: not met, and named
    Partnership countyLate = Partnership.builder().from(districtOnly)
        .addGovernanceBodies(committee("hampshire-scrutiny", "Policy and Resources Select"
            + " Committee", "hampshire-cc"))
        .addMeetings(Meeting.builder().id("county-2024").bodyId("hampshire-scrutiny")
            .date(d(2024, 11, 1)).status(MeetingStatus.HELD).build()).build();
    Finding annual = finding(countyLate, "PJA06-S19-CDC-ANNUAL", d(2026, 4, 1));
    assertThat(annual.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(annual.sentence()).contains("Hampshire County Council").contains("1 November 2024");
    assertThat(finding(countyLate, "PJA06-S19-CDC-EXISTS", d(2026, 4, 1)).outcome())
        .isEqualTo(Outcome.MET);
    // these are the councils' duties: the partnership's verdict is the same either way
    assertThat(LAW.evaluate(countyLate, d(2026, 4, 1)).verdict()).isEqualTo(r.verdict());
    // the county agreement applies in a two-tier district
    assertThat(r.finding("SI2007-R9-CSA-TWO-TIER").outcome()).isNotEqualTo(Outcome.NOT_APPLICABLE);
  }
}
