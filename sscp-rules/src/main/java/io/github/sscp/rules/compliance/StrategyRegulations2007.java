package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.strategy.Engagement;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.governance.BodySeat;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.MeetingBusiness;
import io.github.sscp.model.governance.StatutoryFunction;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.statutory.CommunitySafetyAgreement;
import io.github.sscp.model.statutory.InformationSharingAgreement;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.rules.compliance.Evidence.At;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, SI
 * 2007/1830 (England), as amended in 2011 and 2012. The Welsh regulations (SI 2007/3076) are not
 * encoded; their rules report "not applicable" in Wales.
 */
final class StrategyRegulations2007 {

  static final String SI = "SI 2007/1830";
  static final String URL = "https://www.legislation.gov.uk/uksi/2007/1830";
  static final LocalDate MADE = LocalDate.of(2007, 8, 1);
  static final LocalDate AMENDED_2011 = LocalDate.of(2011, 6, 1);

  private StrategyRegulations2007() {}

  static List<Rule> rules() {
    return List.of(strategyGroup(), strategicAssessment(), communitySafetyAgreement(),
        partnershipPlan(), communityEngagement(), publicMeetings(), planToPcc(), pccMeeting(),
        informationSharing());
  }

  /**
   * The strategy group: a body of type STRATEGY_GROUP or STRATEGIC_BOARD (the board is usually
   * the strategy group), or the body with the partnership's statutory function.
   */
  static List<At<GovernanceBody>> strategyGroups(Partnership p, LocalDate asOf) {
    return Evidence.bodies(p, asOf, b -> b.type() == GovernanceBodyType.STRATEGY_GROUP
        || b.type() == GovernanceBodyType.STRATEGIC_BOARD
        || b.statutoryFunctions().contains(StatutoryFunction.COMMUNITY_SAFETY_PARTNERSHIP));
  }

  private static Rule strategyGroup() {
    return StatutoryRule.builder("SI2007-R3-STRATEGY-GROUP", "There is a strategy group")
        .source(SI, "reg 3", URL + "/regulation/3").holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(MADE, "a strategy group with one or more persons appointed from"
                + " each responsible authority, at least one of them senior", Confidence.HIGH)
                .in(Jurisdiction.ENGLAND),
            RuleVersion.from(AMENDED_2011, "a strategy group of two or more persons appointed by one"
                + " or more responsible authorities", Confidence.HIGH).in(Jurisdiction.ENGLAND)
                .amendedBy(new LegalSource("SI 2011/1230", "reg 3",
                    "https://legislation.gov.uk/uksi/2011/1230/made")))
        .check(c -> {
          Partnership p = c.partnership();
          List<At<GovernanceBody>> groups = strategyGroups(p, c.asOf());
          if (groups.isEmpty()) {
            return c.insufficient("No strategy group (or board acting as the partnership) is recorded"
                + " on " + c.asOf() + ".", "Record the strategy group: a governance body of type"
                + " STRATEGY_GROUP or STRATEGIC_BOARD, with its seats.");
          }
          At<GovernanceBody> g = groups.get(0);
          List<String> authorities = Evidence.memberships(p, c.asOf(),
              m -> m.role() == MembershipRole.RESPONSIBLE_AUTHORITY).stream()
              .map(a -> a.value().organisationId()).distinct().toList();
          List<BodySeat> seats = g.value().seats();
          if (seats.isEmpty()) {
            return c.insufficient(g.value().name() + " has no seats recorded, so its membership"
                + " cannot be checked.", "Record the group's seats: each member's organisation and"
                + " who appointed them.");
          }
          if (c.version().from().orElseThrow().isBefore(AMENDED_2011)) {
            List<String> unseated = authorities.stream().filter(a -> seats.stream()
                .noneMatch(s -> s.appointedByOrganisationId().orElse(s.organisationId()).equals(a)
                    && s.senior())).toList();
            return unseated.isEmpty()
                ? c.met(g.value().name() + " has a senior appointee of every responsible authority.",
                    List.of(g.path() + ".seats"))
                : c.notMet(g.value().name() + " lacks a senior appointee of: "
                    + Evidence.names(p, unseated) + ".", "Appoint a senior member from each"
                    + " responsible authority.", List.of(g.path() + ".seats"));
          }
          long appointed = seats.stream().filter(s -> authorities.contains(
              s.appointedByOrganisationId().orElse(s.organisationId()))).count();
          return appointed >= 2
              ? c.met(g.value().name() + " has " + appointed + " members appointed by responsible"
                  + " authorities.", List.of(g.path() + ".seats"))
              : c.notMet(g.value().name() + " has " + appointed + " member" + (appointed == 1 ? ""
                  : "s") + " appointed by responsible authorities; the law needs two or more.",
                  "Appoint at least two members from the responsible authorities.",
                  List.of(g.path() + ".seats"));
        }).build();
  }

  private static Rule strategicAssessment() {
    return StatutoryRule.builder("SI2007-R5-7-STRATEGIC-ASSESSMENT", "A strategic assessment in the"
        + " last 12 months").source(SI, "regs 5-7", URL + "/note/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "the strategy group prepares a strategic assessment, annually"
            + " (the annual cycle is from secondary sources)", Confidence.MEDIUM).in(Jurisdiction.ENGLAND))
        .check(c -> {
          Partnership p = c.partnership();
          Optional<At<StrategicAssessment>> latest = latestAssessment(p, c.asOf());
          if (latest.isEmpty()) {
            return c.insufficient(p.strategicAssessments().isEmpty()
                ? "No strategic assessment is recorded."
                : "No strategic assessment is recorded with a publication date on or before "
                    + c.asOf() + ".", "Record the strategic assessment with its publication date"
                    + " (or month) and the strands it covers.");
          }
          StrategicAssessment a = latest.get().value();
          LocalDate on = a.publishedNoLaterThan().orElseThrow();
          if (!Evidence.within12Months(on, c.asOf())) {
            return c.notMet("The latest strategic assessment, " + a.title() + ", was published by "
                + on + ", more than 12 months before " + c.asOf() + ".", "Prepare and record this"
                + " year's strategic assessment.", List.of(latest.get().path()));
          }
          Set<StatutoryStrand> expected = EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER,
              StatutoryStrand.SUBSTANCE_MISUSE);
          if (!c.asOf().isBefore(CrimeAndDisorderAct1998.PROBATION)) {
            expected.add(StatutoryStrand.REOFFENDING);
          }
          if (!a.strandsCovered().isEmpty() && !a.strandsCovered().containsAll(expected)) {
            EnumSet<StatutoryStrand> lacking = EnumSet.copyOf(expected);
            lacking.removeAll(a.strandsCovered());
            return c.notMet(a.title() + " does not cover " + String.join(" and ",
                lacking.stream().map(StatutoryStrand::description).toList()) + ".", "Cover every statutory strand in the"
                + " assessment.", List.of(latest.get().path() + ".strandsCovered"));
          }
          return c.met(a.title() + " was published by " + on + ", within the 12 months to "
              + c.asOf() + (a.strandsCovered().isEmpty() ? " (its strands are not recorded)" : "")
              + ".", List.of(latest.get().path()));
        }).build();
  }

  static Optional<At<StrategicAssessment>> latestAssessment(Partnership p, LocalDate asOf) {
    List<At<StrategicAssessment>> all = new ArrayList<>();
    for (int i = 0; i < p.strategicAssessments().size(); i++) {
      StrategicAssessment a = p.strategicAssessments().get(i);
      if (a.publishedNoLaterThan().map(d -> !d.isAfter(asOf)).orElse(false)) {
        all.add(new At<>("strategicAssessments[" + i + "]", a));
      }
    }
    return all.stream().max(Comparator.comparing(a -> a.value().publishedNoLaterThan().orElseThrow()));
  }

  private static Rule communitySafetyAgreement() {
    return StatutoryRule.builder("SI2007-R9-CSA-TWO-TIER", "A county community safety agreement"
        + " (two-tier areas)").source(SI, "regs 9 and 9A", URL + "/note/made")
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(MADE, "in a two-tier area the county strategy group makes a"
                + " community safety agreement", Confidence.HIGH).in(Jurisdiction.ENGLAND),
            RuleVersion.from(CrimeAndDisorderAct1998.PCCS, "in a two-tier area the county strategy"
                + " group makes a community safety agreement and sends a copy to the police and"
                + " crime commissioner", Confidence.HIGH).in(Jurisdiction.ENGLAND)
                .amendedBy(new LegalSource("SI 2012/2660", "reg 9A",
                    "http://www.legislation.gov.uk/uksi/2012/2660/made")))
        .check(c -> {
          Partnership p = c.partnership();
          if (p.structure() != LocalGovernmentStructure.TWO_TIER_DISTRICT
              && p.structure() != LocalGovernmentStructure.COUNTY) {
            return c.notApplicable("The area is not two-tier (" + p.structure().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ").");
          }
          List<CommunitySafetyAgreement> all = p.statutory().communitySafetyAgreements();
          for (int i = 0; i < all.size(); i++) {
            CommunitySafetyAgreement a = all.get(i);
            if (a.period().contains(c.asOf())) {
              String path = "statutory.communitySafetyAgreements[" + i + "]";
              boolean needsPcc = !c.version().from().orElseThrow().isBefore(CrimeAndDisorderAct1998.PCCS);
              if (needsPcc && a.sentToPccOn().isEmpty()) {
                return c.notMet(a.title() + " is in force but not recorded as sent to the police"
                    + " and crime commissioner.", "Send the agreement to the commissioner and record"
                    + " the date.", List.of(path + ".sentToPccOn"));
              }
              return c.met(a.title() + " covers " + c.asOf() + (needsPcc ? " and was sent to the"
                  + " commissioner on " + a.sentToPccOn().orElseThrow() : "") + ".", List.of(path));
            }
          }
          return c.insufficient("No county community safety agreement covering " + c.asOf()
              + " is recorded.", "Record the county community safety agreement for the period.");
        }).build();
  }

  private static Rule partnershipPlan() {
    return StatutoryRule.builder("SI2007-R10-11-PARTNERSHIP-PLAN", "A partnership plan in force"
        + " and revised within 12 months").source(SI, "regs 10-11", URL + "/note/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "the strategy group prepares and implements a partnership"
            + " plan, a three-year plan revised annually (the cycle is from secondary sources)",
            Confidence.MEDIUM).in(Jurisdiction.ENGLAND))
        .check(c -> {
          List<At<Strategy>> inForce = Evidence.strategies(c.partnership(), c.asOf());
          if (inForce.isEmpty()) {
            return c.notMet("No partnership plan is in force on " + c.asOf() + ".", "Adopt a"
                + " partnership plan covering " + c.asOf() + ".", List.of());
          }
          At<Strategy> s = inForce.get(0);
          Optional<LocalDate> last = lastAgreed(s.value(), c.asOf());
          if (last.isEmpty()) {
            return c.insufficient(s.value().title() + " is in force, but no date of its adoption"
                + " or revision is recorded.", "Record when the plan was agreed and each annual"
                + " revision.");
          }
          return Evidence.within12Months(last.get(), c.asOf())
              ? c.met(s.value().title() + " is in force and was last agreed or revised on "
                  + last.get() + ".", List.of(s.path()))
              : c.notMet(s.value().title() + " was last agreed or revised on " + last.get()
                  + ", more than 12 months before " + c.asOf() + ".", "Revise the plan this year and"
                  + " record the revision.", List.of(s.path() + ".revisions"));
        }).build();
  }

  /** The latest date on or before asOf the strategy was adopted, published or revised. */
  static Optional<LocalDate> lastAgreed(Strategy s, LocalDate asOf) {
    List<LocalDate> dates = new ArrayList<>();
    s.publishedOn().ifPresent(dates::add);
    dates.add(s.period().start());
    for (StrategyRevision r : s.revisions()) {
      r.agreedOn().ifPresent(dates::add);
      r.effectiveOn().ifPresent(dates::add);
    }
    return dates.stream().filter(d -> !d.isAfter(asOf) && d.getYear() > 1000)
        .max(Comparator.naturalOrder());
  }

  private static Rule communityEngagement() {
    return StatutoryRule.builder("SI2007-R12-COMMUNITY-ENGAGEMENT", "The community's views inform"
        + " the assessment and plan").source(SI, "reg 12(1)-(3)", URL + "/regulation/12/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "the strategy group obtains the views of people who live or"
            + " work in the area for the strategic assessment and the plan", Confidence.HIGH)
            .in(Jurisdiction.ENGLAND))
        .check(c -> {
          Partnership p = c.partnership();
          for (int i = 0; i < p.engagements().size(); i++) {
            Engagement e = p.engagements().get(i);
            if (!e.period().start().isAfter(c.asOf()) && (!e.informedAssessmentIds().isEmpty()
                || !e.informedStrategyIds().isEmpty())) {
              return c.met(e.title() + " informed the assessment or plan.",
                  List.of("engagements[" + i + "]"));
            }
          }
          if (!p.surveys().isEmpty()) {
            return c.met("A survey (" + p.surveys().get(0).title() + ") is recorded; link it to the"
                + " assessment or plan it informed to make the evidence explicit.",
                List.of("surveys[0]"));
          }
          return c.insufficient("No community engagement informing the assessment or plan is"
              + " recorded.", "Record consultations (date, method, groups) and the assessment or"
              + " plan each informed.");
        }).build();
  }

  private static Rule publicMeetings() {
    return StatutoryRule.builder("SI2007-R12-4-PUBLIC-MEETINGS", "A public meeting each year"
        + " (\"face the people\")").source(SI, "reg 12(4)", URL + "/regulation/12/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "one or more public meetings each year, attended by senior"
                + " people from each responsible authority", Confidence.HIGH).in(Jurisdiction.ENGLAND),
            RuleVersion.from(AMENDED_2011, "one or more public meetings each year; whether this"
                + " survived SI 2011/1230 is not confirmed", Confidence.UNVERIFIED)
                .in(Jurisdiction.ENGLAND))
        .check(c -> {
          List<At<io.github.sscp.model.governance.Meeting>> held = Evidence.meetingsHeld(
              c.partnership(), c.asOf(), m -> m.business().contains(MeetingBusiness.PUBLIC_ENGAGEMENT)
                  && Evidence.within12Months(m.date(), c.asOf()));
          return held.isEmpty()
              ? c.insufficient("No public meeting is recorded in the 12 months to " + c.asOf() + ".",
                  "Hold and record a public meeting (business PUBLIC_ENGAGEMENT).")
              : c.met("A public meeting was held on " + held.get(0).value().date() + ".",
                  List.of(held.get(0).path()));
        }).build();
  }

  private static Rule planToPcc() {
    return StatutoryRule.builder("SI2007-R13A-PLAN-TO-PCC", "The partnership plan is sent to the"
        + " police and crime commissioner").source(SI, "reg 13A",
            "http://www.legislation.gov.uk/uksi/2012/2660/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(CrimeAndDisorderAct1998.PCCS, "the strategy group sends a copy of"
            + " the partnership plan, and each revision, to the police and crime commissioner",
            Confidence.HIGH).in(Jurisdiction.ENGLAND).amendedBy(new LegalSource("SI 2012/2660",
                "reg 13A", "http://www.legislation.gov.uk/uksi/2012/2660/made")))
        .check(c -> {
          List<At<Strategy>> inForce = Evidence.strategies(c.partnership(), c.asOf());
          if (inForce.isEmpty()) {
            return c.notApplicable("No partnership plan is in force on " + c.asOf() + ".");
          }
          At<Strategy> s = inForce.get(0);
          List<String> unsent = new ArrayList<>();
          List<String> evidence = new ArrayList<>();
          if (s.value().sentToPccOn().isEmpty()) {
            unsent.add("the plan as adopted");
          } else {
            evidence.add(s.path() + ".sentToPccOn");
          }
          for (int i = 0; i < s.value().revisions().size(); i++) {
            StrategyRevision r = s.value().revisions().get(i);
            if (r.effectiveOn().map(d -> !d.isAfter(c.asOf())).orElse(false)) {
              if (r.sentToPccOn().isEmpty()) {
                unsent.add("revision " + r.version());
              } else {
                evidence.add(s.path() + ".revisions[" + i + "].sentToPccOn");
              }
            }
          }
          if (evidence.isEmpty()) {
            return c.insufficient("No version of the plan is recorded as sent to the commissioner.",
                "Send each version of the plan to the police and crime commissioner and record the"
                    + " date.");
          }
          return unsent.isEmpty()
              ? c.met("The plan and every revision in effect were sent to the commissioner.", evidence)
              : c.notMet("Not recorded as sent to the commissioner: " + String.join(", ", unsent)
                  + ".", "Send each version of the plan to the police and crime commissioner and"
                  + " record the date.", List.of(s.path()));
        }).build();
  }

  private static Rule pccMeeting() {
    return StatutoryRule.builder("SI2007-R14A-PCC-MEETING", "Representatives attend meetings the"
        + " commissioner requires").source(SI, "reg 14A",
            "http://www.legislation.gov.uk/uksi/2012/2660/made")
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(CrimeAndDisorderAct1998.PCCS, "a police and crime commissioner may"
            + " require representatives of the responsible authorities to attend a meeting",
            Confidence.MEDIUM).in(Jurisdiction.ENGLAND))
        .check(CrimeAndDisorderAct1998::pccMeetingsCheck).build();
  }

  private static Rule informationSharing() {
    return StatutoryRule.builder("SI2007-INFO-SHARING-PROTOCOL", "An information-sharing protocol")
        .source(SI, "information-sharing provisions (regulation numbers not verified)",
            URL + "/note/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "the strategy group prepares and implements an information"
            + " sharing protocol (detail unverified)", Confidence.UNVERIFIED).in(Jurisdiction.ENGLAND))
        .check(c -> {
          List<InformationSharingAgreement> all = c.partnership().statutory().informationSharing()
              .agreements();
          for (int i = 0; i < all.size(); i++) {
            InformationSharingAgreement a = all.get(i);
            if (a.signedOn().map(d -> !d.isAfter(c.asOf())).orElse(true)) {
              return c.met(a.title() + " is recorded.",
                  List.of("statutory.informationSharing.agreements[" + i + "]"));
            }
          }
          return c.insufficient("No information-sharing agreement is recorded.", "Record the"
              + " information-sharing protocol and its signatories.");
        }).build();
  }
}
