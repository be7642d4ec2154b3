package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.governance.BodySeat;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.governance.StatutoryFunction;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.statutory.AsbCaseReviewArrangements;
import io.github.sscp.model.statutory.SeriousViolenceDuty;
import io.github.sscp.model.statutory.SpecifiedAuthority;
import io.github.sscp.model.statutory.SpecifiedAuthorityType;
import io.github.sscp.model.statutory.StatutoryRecords;
import io.github.sscp.model.strategy.RevisionKind;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import java.time.LocalDate;
import java.util.EnumSet;

/** Partnerships with their records part-way done, for the YAML each fix records. */
final class RecordScenarios {

  private RecordScenarios() {}

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** ASB arrangements begun: a threshold too high, published later, one relevant body. */
  static Partnership asbBegun() {
    return Csp.england().statutory(StatutoryRecords.builder().asbCaseReview(
        AsbCaseReviewArrangements.builder().localThreshold(4)
            .procedureUrl("https://test.example/asb").publishedOn(d(2027, 1, 1))
            .addRelevantBodyOrganisationIds("council").build()).build()).build();
  }

  /** The serious violence duty begun: two specified authorities, no strategy. */
  static Partnership svdBegun() {
    return Csp.england().statutory(StatutoryRecords.builder().seriousViolenceDuty(
        SeriousViolenceDuty.builder()
            .addSpecifiedAuthorities(SpecifiedAuthority.builder().organisationId("council")
                .type(SpecifiedAuthorityType.LOCAL_AUTHORITY).build())
            .addSpecifiedAuthorities(SpecifiedAuthority.builder().organisationId("police")
                .type(SpecifiedAuthorityType.CHIEF_OFFICER_OF_POLICE).build()).build()).build())
        .build();
  }

  /** A two-tier district: the district's committee met in 2024; the county has none. */
  static Partnership twoTier() {
    return Csp.england().structure(LocalGovernmentStructure.TWO_TIER_DISTRICT)
        .organisations(java.util.List.of(Organisation.builder().id("council").name("District Council")
                .type(OrganisationType.LOCAL_AUTHORITY).localAuthorityTier(LocalAuthorityTier.DISTRICT)
                .build(), Organisation.builder().id("county").name("County Council")
                .type(OrganisationType.LOCAL_AUTHORITY).localAuthorityTier(LocalAuthorityTier.COUNTY)
                .build(), Csp.org("police", OrganisationType.POLICE_FORCE),
            Csp.org("fire", OrganisationType.FIRE_AND_RESCUE), Csp.org("icb", OrganisationType.HEALTH_BODY),
            Csp.org("probation", OrganisationType.PROBATION)))
        .addMembership(Csp.ra("county", ResponsibleAuthorityType.LOCAL_AUTHORITY))
        .addGovernanceBody(GovernanceBody.builder().id("district-scrutiny").name("Overview Committee")
            .type(GovernanceBodyType.SCRUTINY_COMMITTEE).addOwnerOrganisationIds("council")
            .addStatutoryFunction(StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY).build())
        .addMeeting(Meeting.builder().id("m1").bodyId("district-scrutiny").date(d(2024, 6, 1))
            .status(MeetingStatus.HELD).build()).build();
  }

  /** A board seated by two authorities; a revision in effect not sent to the commissioner. */
  static Partnership partSeatedAndUnsent() {
    return Csp.england().addGovernanceBody(GovernanceBody.builder().id("board").name("Board")
            .type(GovernanceBodyType.STRATEGIC_BOARD)
            .addSeat(BodySeat.builder().organisationId("council").senior(true).build())
            .addSeat(BodySeat.builder().organisationId("police").senior(true).build()).build())
        .addOrganisation(Organisation.builder().id("pcc").name("Police and Crime Commissioner for Test")
            .type(OrganisationType.LOCAL_POLICING_BODY)
            .policingBodyKind(LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER).build())
        .strategies(java.util.List.of(Strategy.builder().from(Csp.strategy(EnumSet.allOf(
            StatutoryStrand.class))).sentToPccOn(d(2023, 5, 1)).addRevision(StrategyRevision
                .builder().version("2025 refresh").kind(RevisionKind.ANNUAL_REFRESH).year(2025)
                .agreedOn(d(2025, 6, 1)).effectiveFrom(d(2025, 6, 1)).build()).build()))
        .addMeeting(Meeting.builder().id("pcc-called").bodyId("board").date(d(2026, 1, 15))
            .status(MeetingStatus.HELD).calledByOrganisationId("pcc")
            .addAttendeeOrganisationIds("council", "police").build()).build();
  }

  /** Organisations recorded but only the council a member: fixes reuse the records. */
  static Partnership organisationsWithoutMemberships() {
    Partnership p = Csp.england().build();
    return Partnership.builder().from(p).memberships(p.memberships().subList(0, 1)).build();
  }

  /** A Welsh area with two probation providers and a board of one appointee. */
  static Partnership welshOneSeat() {
    Partnership p = Csp.wales();
    return Partnership.builder().from(p).addOrganisation(Csp.org("crc", OrganisationType.PROBATION))
        .addMembership(Csp.ra("crc", ResponsibleAuthorityType.PROBATION_PROVIDER))
        .addGovernanceBody(GovernanceBody.builder().id("board").name("Board")
            .type(GovernanceBodyType.STRATEGIC_BOARD)
            .addSeat(BodySeat.builder().organisationId("council").build()).build()).build();
  }

  /** Each scenario, by name, with the dates it is worked on. */
  static java.util.Map<String, Partnership> all() {
    java.util.Map<String, Partnership> all = new java.util.LinkedHashMap<>();
    all.put("asb-begun", asbBegun());
    all.put("svd-begun", svdBegun());
    all.put("two-tier", twoTier());
    all.put("part-seated-and-unsent", partSeatedAndUnsent());
    all.put("organisations-without-memberships", organisationsWithoutMemberships());
    all.put("welsh-one-seat", welshOneSeat());
    return all;
  }

  static final java.util.List<LocalDate> DATES = java.util.List.of(d(2010, 6, 1), d(2026, 3, 31),
      d(2026, 4, 1));

  /** Every finding's YAML in every scenario on every date, as the golden file holds it. */
  static String text() {
    StringBuilder s = new StringBuilder();
    for (var e : all().entrySet()) {
      for (LocalDate on : DATES) {
        for (Finding f : Catalogue.statutory().evaluate(e.getValue(), on).findings()) {
          if (f.record().isPresent()) {
            s.append("### ").append(e.getKey()).append(' ').append(on).append(' ')
                .append(f.ruleId()).append('\n').append(f.record().get()).append('\n');
          }
        }
      }
    }
    return s.toString();
  }

  /**
   * Writes the golden file: review the difference before committing it.
   *
   * @param args the file, e.g. src/test/resources/io/github/sscp/rules/compliance/records.txt
   * @throws java.io.IOException if it cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), text());
  }
}
