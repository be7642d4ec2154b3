package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.governance.BodySeat;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingBusiness;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.statutory.InformationSharingAgreement;
import io.github.sscp.rules.compliance.Evidence.At;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Crime and Disorder (Formulation and Implementation of Strategy) (Wales) Regulations 2007,
 * SI 2007/3076, as amended by SI 2010/648 and SI 2011/2702: the Welsh strategy group, strategic
 * assessment and partnership plan. Only regulations 1 to 3 could be read; what the Welsh
 * regulations require of the assessment's content and frequency, the plan's cycle, community
 * engagement, public meetings and information sharing is unverified, so those rules are advisory,
 * never "not met".
 */
final class WelshRegulations2007 {

  static final String SI = "SI 2007/3076";
  static final String URL = "https://legislation.gov.uk/uksi/2007/3076/made";
  static final LocalDate MADE = LawParameters.date(LawParameters.SI_2007_WALES);
  static final LocalDate AMENDED_2010 = LawParameters.date(LawParameters.PROBATION);
  static final LocalDate AMENDED_2011 = LawParameters.date(LawParameters.SI_2011_WALES);
  /** Why a Welsh regulation does not apply in England. */
  static final String WALES_ONLY = "Wales only: SI 2007/3076 applies in relation to Wales; in"
      + " England SI 2007/1830 applies";
  static final LegalSource SI_2011 = new LegalSource("SI 2011/2702", "reg 3",
      "https://www.legislation.gov.uk/uksi/2011/2702/made");

  private WelshRegulations2007() {}

  static List<Rule> rules() {
    return List.of(strategyGroup(), probationJointAppointment(), strategicAssessment(),
        partnershipPlan(), communityEngagement(), publicMeetings(), informationSharing());
  }

  private static Rule strategyGroup() {
    return StatutoryRule.builder("WSI2007-R3-STRATEGY-GROUP", "There is a strategy group (Wales)")
        .source(SI, "reg 3", URL).holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(MADE, "a strategy group for the area (its membership rule as made"
                + " is not verified)", Confidence.UNVERIFIED).in(Jurisdiction.WALES),
            RuleVersion.from(AMENDED_2011, "a strategy group of two or more persons appointed by"
                + " one or more responsible authorities, to prepare strategic assessments and"
                + " prepare and implement a partnership plan", Confidence.HIGH)
                .in(Jurisdiction.WALES).amendedBy(SI_2011))
        .elsewhere(WALES_ONLY)
        .evidence("the strategy group (or the board acting as it) with its seats: who sits and which"
            + " responsible authority appointed them", StrategyRegulations2007::groupRecord)
        .check(c -> StrategyRegulations2007.strategyGroupCheck(c, false)).build();
  }

  private static Rule probationJointAppointment() {
    return StatutoryRule.builder("WSI2010-R3-3A-PROBATION-JOINT-APPOINT", "Probation providers"
        + " appoint to the strategy group jointly (Wales)").source(SI, "reg 3(3A), inserted by SI"
            + " 2010/648 reg 3(2)", "https://www.legislation.gov.uk/uksi/2010/648/made")
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(AMENDED_2010, "where the area has more than one probation"
                + " provider that is a responsible authority, they jointly appoint one or more"
                + " persons to the strategy group", Confidence.HIGH).in(Jurisdiction.WALES),
            RuleVersion.from(AMENDED_2011, "where the area has more than one probation provider,"
                + " they jointly appoint one or more persons to the strategy group (now reg 3(3))",
                Confidence.HIGH).in(Jurisdiction.WALES).amendedBy(SI_2011))
        .elsewhere(WALES_ONLY)
        .evidence("a seat on the strategy group appointed by the probation providers",
            StrategyRegulations2007::groupRecord)
        .check(c -> {
          Partnership p = c.partnership();
          List<String> providers = Evidence.memberships(p, c.asOf(), Evidence.responsibleAuthority(
              ResponsibleAuthorityType.PROBATION_PROVIDER)).stream()
              .map(a -> a.value().organisationId()).distinct().toList();
          if (providers.size() < 2) {
            return c.notApplicable("The area has " + (providers.isEmpty() ? "no" : "one")
                + " probation provider, so no joint appointment is needed.");
          }
          for (At<GovernanceBody> g : StrategyRegulations2007.strategyGroups(p, c.asOf())) {
            for (BodySeat s : g.value().seats()) {
              if (providers.contains(s.appointedByOrganisationId().orElse(s.organisationId()))) {
                return c.met(g.value().name() + " has a member appointed by the probation"
                    + " providers.", List.of(g.path() + ".seats"));
              }
            }
          }
          return c.notMet("No member of the strategy group is recorded as appointed by the "
              + providers.size() + " probation providers.", "Appoint a member jointly and record"
                  + " the seat.", List.of());
        }).build();
  }

  private static Rule strategicAssessment() {
    return StatutoryRule.builder("WSI2007-STRATEGIC-ASSESSMENT", "A strategic assessment (Wales)")
        .source(SI, "reg 3(1)(a) (the content and frequency regulations were not read)", URL)
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "the strategy group prepares strategic assessments"
                + " (inferred from the 2011 re-enactment)", Confidence.LOW).in(Jurisdiction.WALES),
            RuleVersion.from(AMENDED_2011, "the strategy group prepares strategic assessments on"
                + " behalf of the responsible authorities; their content and frequency are not"
                + " verified, so none is enforced", Confidence.HIGH).in(Jurisdiction.WALES)
                .amendedBy(SI_2011))
        .elsewhere(WALES_ONLY)
        .evidence("the strategic assessment with its publication date (a regional one counts)",
            c -> StrategyRegulations2007.assessmentRecord(c, false))
        .check(c -> {
          Optional<At<StrategicAssessment>> latest = StrategyRegulations2007.latestAssessment(
              c.partnership(), c.asOf());
          return latest.map(a -> c.met(a.value().title() + " was published by "
              + a.value().publishedNoLaterThan().orElseThrow() + "; the Welsh regulations'"
              + " frequency is not verified, so none is enforced.", List.of(a.path())))
              .orElseGet(() -> c.insufficient("No strategic assessment is recorded with a"
                  + " publication date on or before " + c.asOf() + ".", "Record the strategic"
                  + " assessment with its publication date."));
        }).build();
  }

  private static Rule partnershipPlan() {
    return StatutoryRule.builder("WSI2007-PARTNERSHIP-PLAN", "A partnership plan in force (Wales)")
        .source(SI, "regs 2 and 3(1)(b) (the plan's regulations were not read)", URL)
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "the strategy group prepares and implements a partnership"
                + " plan (inferred from the 2011 re-enactment)", Confidence.LOW)
                .in(Jurisdiction.WALES),
            RuleVersion.from(AMENDED_2011, "the strategy group prepares and implements a partnership"
                + " plan on behalf of the responsible authorities; its period and revision cycle are"
                + " not verified", Confidence.HIGH).in(Jurisdiction.WALES).amendedBy(SI_2011))
        .elsewhere(WALES_ONLY)
        .evidence("an adopted partnership plan in force", StrategyRegulations2007::planRecord)
        .check(c -> {
          List<At<Strategy>> inForce = Evidence.strategies(c.partnership(), c.asOf());
          return inForce.isEmpty()
              ? c.notMet("No adopted partnership plan is in force on " + c.asOf() + ".", "Adopt a"
                  + " partnership plan covering " + c.asOf() + ".", List.of())
              : c.met(inForce.get(0).value().title() + " is in force; the Welsh regulations'"
                  + " revision cycle is not verified, so none is enforced.",
                  List.of(inForce.get(0).path()));
        }).build();
  }

  private static Rule communityEngagement() {
    return StatutoryRule.builder("WSI2007-COMMUNITY-ENGAGEMENT", "The community's views inform"
        + " the assessment and plan (Wales)").source(SI, "(regulation not read)", URL)
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "whether the Welsh regulations require the views of"
            + " people who live or work in the area to be obtained is not verified",
            Confidence.UNVERIFIED).in(Jurisdiction.WALES))
        .elsewhere(WALES_ONLY)
        .evidence("a consultation or survey and the assessment or plan it informed",
            StrategyRegulations2007::engagementRecord)
        .check(c -> StrategyRegulations2007.engagementInforming(c).orElseGet(() -> c.insufficient(
            "No community engagement informing the assessment or plan is recorded.",
            "Record consultations and the assessment or plan each informed."))).build();
  }

  private static Rule publicMeetings() {
    return StatutoryRule.builder("WSI2007-PUBLIC-MEETINGS", "A public meeting each year (Wales)")
        .source(SI, "(regulation not read)", URL).holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "whether Welsh strategy groups must hold public meetings is"
            + " not verified", Confidence.UNVERIFIED).in(Jurisdiction.WALES))
        .elsewhere(WALES_ONLY)
        .evidence("a public meeting held in the last 12 months", c -> {
          Records r = new Records(c);
          String body = r.strategyGroup(false, List.of());
          r.item("meetings", "id: public-meeting-" + c.asOf(), "bodyId: " + body, "date: "
              + c.asOf(), "status: HELD", "format: PUBLIC", "business: [PUBLIC_ENGAGEMENT]");
          return r.yaml();
        })
        .check(c -> {
          List<At<Meeting>> held = Evidence.meetingsHeld(c.partnership(), c.asOf(),
              m -> m.business().contains(MeetingBusiness.PUBLIC_ENGAGEMENT)
                  && c.within(LawParameters.PUBLIC_MEETING, m.date()));
          return held.isEmpty()
              ? c.insufficient("No public meeting is recorded in the 12 months to " + c.asOf()
                  + ".", "Hold a public meeting and record it.")
              : c.met("A public meeting was held on " + held.get(0).value().date() + ".",
                  List.of(held.get(0).path()));
        }).build();
  }

  private static Rule informationSharing() {
    return StatutoryRule.builder("WSI2007-INFO-SHARING", "An information-sharing protocol (Wales)")
        .source(SI, "(regulation not read)", URL).holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "whether the Welsh regulations require an"
            + " information-sharing protocol is not verified (the quarterly disclosure duty of"
            + " s17A applies in Wales)", Confidence.UNVERIFIED).in(Jurisdiction.WALES))
        .elsewhere(WALES_ONLY)
        .evidence("the information-sharing protocol, its signatories and the date signed",
            StrategyRegulations2007::infoSharingRecord)
        .check(c -> {
          List<InformationSharingAgreement> all = c.partnership().statutory().informationSharing()
              .agreements();
          for (int i = 0; i < all.size(); i++) {
            if (all.get(i).signedOn().map(d -> !d.isAfter(c.asOf())).orElse(true)) {
              return c.met(all.get(i).title() + " is recorded.",
                  List.of("statutory.informationSharing.agreements[" + i + "]"));
            }
          }
          return c.insufficient("No information-sharing agreement is recorded.", "Record the"
              + " information-sharing protocol and its signatories.");
        }).build();
  }
}
