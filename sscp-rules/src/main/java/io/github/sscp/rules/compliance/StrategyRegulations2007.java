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
 * 2007/1830 (England), as amended in 2011 and 2012. They extend to England only; in Wales the
 * Welsh regulations (SI 2007/3076, {@link WelshRegulations2007}) apply, and the rules here say so.
 */
final class StrategyRegulations2007 {

  static final String SI = "SI 2007/1830";
  static final String URL = "https://www.legislation.gov.uk/uksi/2007/1830";
  static final LocalDate MADE = LawParameters.date(LawParameters.SI_2007_ENGLAND);
  static final LocalDate AMENDED_2011 = LawParameters.date(LawParameters.SI_2011_ENGLAND);
  /** Why an English regulation does not apply in Wales. */
  static final String ENGLAND_ONLY = "England only: SI 2007/1830 extends to England; in Wales the"
      + " Welsh regulations, SI 2007/3076, apply";
  /** Why a 2012 addition does not apply in Wales. */
  static final String ENGLAND_ONLY_2012 = "England only (SI 2012/2660); no Welsh counterpart";

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
        .elsewhere(ENGLAND_ONLY)
        .evidence("the strategy group (or the board acting as it) with its seats: who sits and which"
            + " responsible authority appointed them, seniority marked", StrategyRegulations2007::groupRecord)
        .check(c -> strategyGroupCheck(c, c.version().from().orElseThrow()
            .isBefore(AMENDED_2011))).build();
  }

  /**
   * Checks the strategy group on the date: as first made in England, a senior appointee of every
   * responsible authority; since 2011 (and in Wales), two or more persons appointed by responsible
   * authorities.
   */
  static Finding strategyGroupCheck(Context c, boolean seniorFromEach) {
    Partnership p = c.partnership();
    List<At<GovernanceBody>> groups = strategyGroups(p, c.asOf());
    if (groups.isEmpty()) {
      return c.insufficient("No strategy group (or board acting as the partnership) is recorded"
          + " on " + c.asOf() + ".", "Record the strategy group, or the board that acts as"
          + " it, with its seats.");
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
    if (seniorFromEach) {
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
  }

  /** Records the strategy group seated by every responsible authority, senior members. */
  static String groupRecord(Context c) {
    Records r = new Records(c);
    List<String> authorities = new ArrayList<>(Evidence.memberships(c.partnership(), c.asOf(),
        m -> m.role() == MembershipRole.RESPONSIBLE_AUTHORITY).stream()
        .map(a -> a.value().organisationId()).distinct().toList());
    r.responsibleAuthorities(c.jurisdiction()).stream().filter(a -> !authorities.contains(a))
        .forEach(authorities::add);
    r.strategyGroup(true, authorities);
    return r.yaml();
  }

  private static Rule strategicAssessment() {
    return StatutoryRule.builder("SI2007-R5-7-STRATEGIC-ASSESSMENT", "A strategic assessment in the"
        + " last 12 months").source(SI, "regs 5-7", URL + "/note/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "the strategy group prepares a strategic assessment, annually"
            + " (the annual cycle is from secondary sources)", Confidence.MEDIUM).in(Jurisdiction.ENGLAND))
        .elsewhere(ENGLAND_ONLY)
        .evidence("the strategic assessment with its publication date and the strands it covers",
            c -> assessmentRecord(c, true))
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
          if (!c.within(LawParameters.ASSESSMENT_CYCLE, on)) {
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

  /** Records a strategic assessment published on the date, covering the strands required. */
  static String assessmentRecord(Context c, boolean strands) {
    Records r = new Records(c);
    int year = c.asOf().getMonthValue() >= 4 ? c.asOf().getYear() - 1 : c.asOf().getYear() - 2;
    String id = "strategic-assessment-" + c.asOf();
    java.util.List<String> lines = new ArrayList<>(List.of("id: " + id, "title: \"Strategic"
        + " assessment " + year + "/" + String.format("%02d", (year + 1) % 100) + "\"",
        "periodCovered: \"" + year + "/" + String.format("%02d", (year + 1) % 100) + "\"",
        "published: true", "publishedOn: " + c.asOf()));
    if (strands) {
      lines.add("strandsCovered: [" + String.join(", ", Records.strandsRequired(c.asOf())
          .stream().map(Enum::name).toList()) + "]");
    }
    r.item("strategicAssessments", lines.toArray(String[]::new));
    return r.yaml();
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
        .elsewhere("England only: Wales has no two-tier areas since 1 April 1996, and SI 2007/1830"
            + " extends to England")
        .evidence("the county community safety agreement covering the date, and from 22 November"
            + " 2012 the date it was sent to the elected local policing body", c -> {
              Records r = new Records(c);
              int year = c.asOf().getMonthValue() >= 4 ? c.asOf().getYear() : c.asOf().getYear() - 1;
              r.object("statutory", "communitySafetyAgreements:", "- id: county-agreement-" + year,
                  "  title: \"County community safety agreement " + year + "\"",
                  "  period: " + LocalDate.of(year, 4, 1) + "/" + LocalDate.of(year + 1, 4, 1),
                  "  sentToPccOn: " + c.asOf());
              return r.yaml();
            })
        .check(c -> {
          Partnership p = c.partnership();
          if (p.structure() != LocalGovernmentStructure.TWO_TIER_DISTRICT
              && p.structure() != LocalGovernmentStructure.COUNTY) {
            return c.notApplicable("The area is not two-tier: it is "
                + structureWords(p.structure()) + ".");
          }
          List<CommunitySafetyAgreement> all = p.statutory().communitySafetyAgreements();
          for (int i = 0; i < all.size(); i++) {
            CommunitySafetyAgreement a = all.get(i);
            if (a.period().contains(c.asOf())) {
              String path = "statutory.communitySafetyAgreements[" + i + "]";
              boolean needsPcc = !c.version().from().orElseThrow().isBefore(CrimeAndDisorderAct1998.PCCS);
              if (needsPcc && a.sentToPccOn().isEmpty()) {
                return c.notMet(a.title() + " is in force but not recorded as sent to "
                    + PolicingBodies.electedName(p, c.asOf()) + ".", "Send the agreement to "
                    + PolicingBodies.electedName(p, c.asOf()) + " and record the date.",
                    List.of(path + ".sentToPccOn"));
              }
              return c.met(a.title() + " covers " + c.asOf() + (needsPcc ? " and was sent to the"
                  + " commissioner on " + a.sentToPccOn().orElseThrow() : "") + ".", List.of(path));
            }
          }
          return c.insufficient("No county community safety agreement covering " + c.asOf()
              + " is recorded.", "Record the county community safety agreement for the period.");
        }).build();
  }

  static String structureWords(LocalGovernmentStructure s) {
    return switch (s) {
      case UNITARY -> "a unitary authority";
      case TWO_TIER_DISTRICT -> "a district in a two-tier county";
      case COUNTY -> "a county";
      case LONDON_BOROUGH -> "a London borough";
      case METROPOLITAN_DISTRICT -> "a metropolitan district";
      case WELSH_PRINCIPAL_AREA -> "a Welsh principal area";
      case CITY_OF_LONDON -> "the City of London";
    };
  }

  private static Rule partnershipPlan() {
    return StatutoryRule.builder("SI2007-R10-11-PARTNERSHIP-PLAN", "A partnership plan in force"
        + " and revised within 12 months").source(SI, "regs 10-11", URL + "/note/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "the strategy group prepares and implements a partnership"
            + " plan, a three-year plan revised annually (the cycle is from secondary sources)",
            Confidence.MEDIUM).in(Jurisdiction.ENGLAND))
        .elsewhere(ENGLAND_ONLY)
        .evidence("an adopted partnership plan in force, with the date it was agreed and each"
            + " year's revision", c -> planRecord(c))
        .check(c -> {
          List<At<Strategy>> inForce = Evidence.strategies(c.partnership(), c.asOf());
          if (inForce.isEmpty()) {
            return c.notMet("No adopted partnership plan is in force on " + c.asOf() + ".", "Adopt"
                + " a partnership plan covering " + c.asOf() + ".", List.of());
          }
          At<Strategy> s = inForce.get(0);
          Optional<LocalDate> last = lastAgreed(s.value(), c.asOf());
          if (last.isEmpty()) {
            return c.insufficient(s.value().title() + " is in force, but no date of its adoption"
                + " or revision is recorded.", "Record when the plan was agreed and each annual"
                + " revision.");
          }
          return c.within(LawParameters.PLAN_REVISION, last.get())
              ? c.met(s.value().title() + " is in force and was last agreed or revised on "
                  + last.get() + ".", List.of(s.path()))
              : c.notMet(s.value().title() + " was last agreed or revised on " + last.get()
                  + ", more than 12 months before " + c.asOf() + ".", "Revise the plan this year and"
                  + " record the revision.", List.of(s.path() + ".revisions"));
        }).build();
  }

  /** Records a plan for the date, or this year's revision of the one in force. */
  static String planRecord(Context c) {
    Records r = new Records(c);
    Optional<Strategy> s = r.strategyInForce();
    if (s.isEmpty()) {
      r.strategy(Records.strandsRequired(c.asOf()), "publishedOn: " + c.asOf());
      return r.yaml();
    }
    r.item("strategies", "id: " + s.get().id(), "revisions:", "- version: \"annual revision "
        + c.asOf().getYear() + "\"", "  kind: ANNUAL_REFRESH", "  year: " + c.asOf().getYear(),
        "  agreedOn: " + c.asOf());
    return r.yaml();
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
        .elsewhere(ENGLAND_ONLY)
        .evidence("a consultation or survey (date, method, groups) and the assessment or plan it"
            + " informed", c -> engagementRecord(c))
        .check(c -> {
          Optional<Finding> informed = engagementInforming(c);
          if (informed.isPresent()) {
            return informed.get();
          }
          Partnership p = c.partnership();
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

  /**
   * The first engagement begun by the date that informed an assessment or plan, as a met finding;
   * the English and Welsh regulations read it alike.
   */
  static Optional<Finding> engagementInforming(Context c) {
    Partnership p = c.partnership();
    for (int i = 0; i < p.engagements().size(); i++) {
      Engagement e = p.engagements().get(i);
      if (!e.period().start().isAfter(c.asOf()) && (!e.informedAssessmentIds().isEmpty()
          || !e.informedStrategyIds().isEmpty())) {
        return Optional.of(c.met(e.title() + " informed the assessment or plan.",
            List.of("engagements[" + i + "]")));
      }
    }
    return Optional.empty();
  }

  /** Records a consultation that informed the plan in force (adding a plan if none). */
  static String engagementRecord(Context c) {
    Records r = new Records(c);
    String plan = r.strategy(Records.strandsRequired(c.asOf()));
    r.item("engagements", "id: consultation-" + c.asOf().getYear(), "title: \"Community safety"
        + " consultation " + c.asOf().getYear() + "\"", "method: SURVEY", "period: "
        + c.asOf() + "/" + c.asOf().plusDays(1), "informedStrategyIds: [" + plan + "]");
    return r.yaml();
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
        .elsewhere(ENGLAND_ONLY)
        .evidence("a public meeting held in the last 12 months, its business marked as public"
            + " engagement", c -> {
              Records r = new Records(c);
              String body = r.strategyGroup(false, List.of());
              r.item("meetings", "id: public-meeting-" + c.asOf(), "bodyId: " + body, "date: "
                  + c.asOf(), "status: HELD", "format: PUBLIC", "business: [PUBLIC_ENGAGEMENT]");
              return r.yaml();
            })
        .check(c -> {
          List<At<io.github.sscp.model.governance.Meeting>> held = Evidence.meetingsHeld(
              c.partnership(), c.asOf(), m -> m.business().contains(MeetingBusiness.PUBLIC_ENGAGEMENT)
                  && c.within(LawParameters.PUBLIC_MEETING, m.date()));
          return held.isEmpty()
              ? c.insufficient("No public meeting is recorded in the 12 months to " + c.asOf() + ".",
                  "Hold a public meeting and record it, its business marked as public"
                      + " engagement.")
              : c.met("A public meeting was held on " + held.get(0).value().date() + ".",
                  List.of(held.get(0).path()));
        }).build();
  }

  private static Rule planToPcc() {
    return StatutoryRule.builder("SI2007-R13A-PLAN-TO-PCC", "The partnership plan is sent to the"
        + " elected local policing body").source(SI, "reg 13A",
            "http://www.legislation.gov.uk/uksi/2012/2660/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(CrimeAndDisorderAct1998.PCCS, "the strategy group for each area,"
            + " with the exception of the City of London, sends a copy of the partnership plan to"
            + " the elected local policing body: the police and crime commissioner, the Mayor's"
            + " Office for Policing and Crime in London, or a mayor treated as a commissioner (no"
            + " deadline is set)", Confidence.HIGH).in(Jurisdiction.ENGLAND)
            .amendedBy(new LegalSource("SI 2012/2660", "reg 13A",
                "http://www.legislation.gov.uk/uksi/2012/2660/made")))
        .elsewhere(ENGLAND_ONLY_2012)
        .evidence("the date each version of the plan was sent to the elected local policing body, or"
            + " that body as one of the plan's owners", c -> {
              Records r = new Records(c);
              Optional<Strategy> s = r.strategyInForce();
              if (s.isEmpty()) {
                r.strategy(Records.strandsRequired(c.asOf()), "sentToPccOn: " + c.asOf());
                return r.yaml();
              }
              List<String> lines = new ArrayList<>(List.of("id: " + s.get().id()));
              if (s.get().sentToPccOn().isEmpty()) {
                lines.add("sentToPccOn: " + c.asOf());
              }
              List<String> revisions = new ArrayList<>();
              for (StrategyRevision v : s.get().revisions()) {
                if (v.effectiveOn().map(d -> !d.isAfter(c.asOf())).orElse(false)
                    && v.sentToPccOn().isEmpty()) {
                  revisions.add("- version: " + Records.q(v.version()));
                  revisions.add("  sentToPccOn: " + c.asOf());
                }
              }
              if (!revisions.isEmpty()) {
                lines.add("revisions:");
                lines.addAll(revisions);
              }
              r.item("strategies", lines.toArray(String[]::new));
              return r.yaml();
            })
        .check(c -> {
          Partnership p = c.partnership();
          if (PolicingBodies.cityOfLondon(p)) {
            return c.notApplicable("The regulation excepts the City of London: its policing body,"
                + " the Common Council, is not an elected local policing body.");
          }
          List<At<Strategy>> inForce = Evidence.strategies(p, c.asOf());
          if (inForce.isEmpty()) {
            return c.notApplicable("No adopted partnership plan is in force on " + c.asOf() + ".");
          }
          String body = PolicingBodies.electedName(p, c.asOf());
          At<Strategy> s = inForce.get(0);
          List<String> bodies = Evidence.policingBodies(p, c.asOf());
          if (s.value().coOwnerOrganisationIds().stream().anyMatch(bodies::contains)) {
            return c.met(s.value().title() + " is owned jointly with " + body + ", so it has it.",
                List.of(s.path() + ".coOwnerOrganisationIds"));
          }
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
            return c.insufficient("No version of the plan is recorded as sent to " + body + ".",
                "Send each version of the plan to " + body + " and record the date.");
          }
          return unsent.isEmpty()
              ? c.met("The plan and every revision in effect were sent to " + body + ".", evidence)
              : c.notMet("Not recorded as sent to " + body + ": " + String.join(", ", unsent)
                  + ".", "Send each version of the plan to " + body + " and record the date.",
                  List.of(s.path()));
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
        .elsewhere(ENGLAND_ONLY_2012)
        .evidence("the attendance of every responsible authority at each meeting the commissioner"
            + " calls", CrimeAndDisorderAct1998::pccMeetingRecord)
        .check(CrimeAndDisorderAct1998::pccMeetingsCheck).build();
  }

  private static Rule informationSharing() {
    return StatutoryRule.builder("SI2007-INFO-SHARING-PROTOCOL", "An information-sharing protocol")
        .source(SI, "information-sharing provisions (regulation numbers not verified)",
            URL + "/note/made")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(MADE, "the strategy group prepares and implements an information"
            + " sharing protocol (detail unverified)", Confidence.UNVERIFIED).in(Jurisdiction.ENGLAND))
        .elsewhere(ENGLAND_ONLY)
        .evidence("the information-sharing protocol, its signatories and the date signed",
            c -> infoSharingRecord(c))
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

  /** Records an information-sharing protocol signed on the date by the responsible authorities. */
  static String infoSharingRecord(Context c) {
    Records r = new Records(c);
    List<String> authorities = r.responsibleAuthorities(c.jurisdiction());
    r.object("statutory", "informationSharing:", "  agreements:", "  - id: information-sharing-"
        + c.asOf().getYear(), "    title: \"Information-sharing protocol\"", "    signedOn: "
        + c.asOf(), "    signatoryOrganisationIds: [" + String.join(", ", authorities) + "]");
    return r.yaml();
  }
}
