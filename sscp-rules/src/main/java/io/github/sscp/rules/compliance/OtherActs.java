package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingBusiness;
import io.github.sscp.model.governance.StatutoryFunction;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.statutory.AsbCaseReviewArrangements;
import io.github.sscp.model.statutory.AsbCaseReviewFigures;
import io.github.sscp.model.statutory.RelevantAuthorityKind;
import io.github.sscp.model.statutory.ReviewDecision;
import io.github.sscp.model.statutory.SeriousViolenceDuty;
import io.github.sscp.model.statutory.SpecifiedAuthority;
import io.github.sscp.model.statutory.SpecifiedAuthorityType;
import io.github.sscp.model.statutory.StatutoryReview;
import io.github.sscp.model.statutory.StatutoryReviewKind;
import io.github.sscp.model.statutory.SvdConsultation;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.rules.compliance.Evidence.At;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The other Acts that bind a partnership or its authorities: the Police Reform and Social
 * Responsibility Act 2011 s10, the Police and Justice Act 2006 s19 (council scrutiny), the
 * Domestic Violence, Crime and Victims Act 2004 s9 (domestic homicide reviews), the Anti-social
 * Behaviour, Crime and Policing Act 2014 ss104-105 (ASB case review) and the Police, Crime,
 * Sentencing and Courts Act 2022 Part 2 Chapter 1 (the Serious Violence Duty).
 */
final class OtherActs {

  static final String PRSRA = "Police Reform and Social Responsibility Act 2011";
  static final String PJA = "Police and Justice Act 2006";
  static final String DVCVA = "Domestic Violence, Crime and Victims Act 2004";
  static final String ASBCPA = "Anti-social Behaviour, Crime and Policing Act 2014";
  static final String PCSC = "Police, Crime, Sentencing and Courts Act 2022";
  static final LocalDate SCRUTINY_ENGLAND = LawParameters.date(LawParameters.SCRUTINY_ENGLAND);
  static final LocalDate SCRUTINY_WALES = LawParameters.date(LawParameters.SCRUTINY_WALES);
  static final LocalDate DHRS = LawParameters.date(LawParameters.DHRS);
  static final LocalDate ASB_CASE_REVIEW = LawParameters.date(LawParameters.ASB_CASE_REVIEW);
  static final LocalDate SVD = LawParameters.date(LawParameters.SERIOUS_VIOLENCE);
  static final LocalDate SVD_FIRST_STRATEGIES = LawParameters.date(
      LawParameters.SERIOUS_VIOLENCE_STRATEGIES);

  private OtherActs() {}

  static List<Rule> rules() {
    return List.of(pccRegard(), cooperation(), scrutinyCommittee(), scrutinyAnnual(), dhr(),
        dhrCommissionerCopy(), dhrTimescales(), dardr(), asbProcedures(), asbThreshold(),
        asbPublishData(), asbRelevantBodies(), asbConsultPcc(), svdCollaborate(), svdStrategy(),
        svdConsult(), svdSpecifiedAuthorities(), svdPublish());
  }

  private static Rule pccRegard() {
    return StatutoryRule.builder("PRSRA11-S10-1-PCC-REGARD", "The partnership's priorities reach"
        + " the policing body").source(PRSRA, "s10(1)",
            "https://legislation.gov.uk/id/ukpga/2011/13/section/10")
        .holder(DutyHolder.LOCAL_POLICING_BODY)
        .holders(c -> Evidence.policingBodies(c.partnership(), c.asOf()))
        .version(RuleVersion.from(LawParameters.date(LawParameters.MOPAC), "the elected local"
            + " policing body (the Mayor's Office for Policing and Crime from 16 January 2012, a"
            + " police and crime commissioner or a mayor treated as one from 22 November 2012) has"
            + " regard to the responsible authorities' priorities; the partnership can show it"
            + " communicated them (the plan sent to that body)", Confidence.HIGH))
        .evidence("the date the plan, with its priorities, was sent to the policing body, or that"
            + " body as one of the plan's owners", c -> {
              Records r = new Records(c);
              String plan = r.strategy(Records.strandsRequired(c.asOf()));
              r.policingBody();
              r.item("strategies", "id: " + plan, "sentToPccOn: " + c.asOf());
              return r.yaml();
            })
        .check(c -> {
          Optional<Finding> none = noElectedBody(c);
          if (none.isPresent()) {
            return none.get();
          }
          String body = PolicingBodies.electedName(c.partnership(), c.asOf());
          List<String> bodies = Evidence.policingBodies(c.partnership(), c.asOf());
          for (At<Strategy> s : Evidence.strategies(c.partnership(), c.asOf())) {
            if (s.value().coOwnerOrganisationIds().stream().anyMatch(bodies::contains)) {
              return c.met("The partnership's plan is owned jointly with " + body + ", so its"
                  + " priorities are that body's own.", List.of(s.path() + ".coOwnerOrganisationIds"));
            }
            if (s.value().sentToPccOn().isPresent() || s.value().revisions().stream()
                .anyMatch(r -> r.sentToPccOn().isPresent())) {
              return c.met("The partnership's plan, with its priorities, was sent to " + body + ".",
                  List.of(s.path()));
            }
          }
          return c.insufficient("No record shows the partnership's priorities reached " + body
              + ".", "Record the date the plan (or its priorities) was sent to " + body + ".");
        }).build();
  }

  /**
   * Not applicable where the area has no elected local policing body on the date: the City of
   * London (its policing body, the Common Council, is not elected), and before the body existed.
   */
  static Optional<Finding> noElectedBody(Context c) {
    Partnership p = c.partnership();
    if (PolicingBodies.cityOfLondon(p)) {
      return Optional.of(c.notApplicable("The City of London has no elected local policing body:"
          + " its policing body is the Common Council, which the section does not bind."));
    }
    if (PolicingBodies.electedKind(p, c.asOf()).isEmpty()) {
      return Optional.of(c.notApplicable("No elected local policing body existed for the area on "
          + c.asOf() + ": police and crime commissioners took office on "
          + LawParameters.date(LawParameters.PCCS) + " (the Mayor's Office for Policing and Crime,"
          + " in London, on " + LawParameters.date(LawParameters.MOPAC) + ")."));
    }
    return Optional.empty();
  }

  private static Rule cooperation() {
    return StatutoryRule.builder("PRSRA11-S10-2-MUTUAL-COOPERATION", "The policing body and the"
        + " responsible authorities co-operate").source(PRSRA, "s10(2)",
            "https://legislation.gov.uk/id/ukpga/2011/13/section/10")
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(LawParameters.date(LawParameters.MOPAC), "the elected local"
            + " policing body (the Mayor's Office for Policing and Crime from 16 January 2012, a"
            + " police and crime commissioner or a mayor treated as one from 22 November 2012) and"
            + " each responsible authority act in co-operation with each other", Confidence.HIGH))
        .evidence("the policing body as a member with the role of local policing body, or its"
            + " attendance at the partnership's meetings", c -> {
              Records r = new Records(c);
              r.policingBody();
              return r.yaml();
            })
        .check(c -> {
          Optional<Finding> none = noElectedBody(c);
          if (none.isPresent()) {
            return none.get();
          }
          Partnership p = c.partnership();
          String body = PolicingBodies.electedName(p, c.asOf());
          List<String> pccs = Evidence.policingBodies(p, c.asOf());
          List<At<Membership>> members = Evidence.memberships(p, c.asOf(),
              m -> pccs.contains(m.organisationId()));
          if (!members.isEmpty()) {
            return c.met(Evidence.names(p, pccs) + " takes part in the partnership.",
                Evidence.paths(members));
          }
          List<At<Meeting>> attended = Evidence.meetingsHeld(p, c.asOf(),
              m -> m.attendeeOrganisationIds().stream().anyMatch(pccs::contains)
                  && c.within(LawParameters.SCRUTINY_INTERVAL, m.date()));
          return attended.isEmpty()
              ? c.insufficient("No record shows " + body + " co-operating with the partnership"
                  + " (membership, observer seat or meeting attendance).", "Record the part "
                  + body + " plays: a membership as the local policing body, or attendance at"
                  + " meetings.")
              : c.met(Phrases.capitalised(body) + " attended the partnership's meeting of "
                  + attended.get(0).value().date() + ".", List.of(attended.get(0).path()));
        }).build();
  }

  static List<At<GovernanceBody>> scrutinyCommittees(Partnership p, LocalDate asOf) {
    return Evidence.bodies(p, asOf, b -> b.statutoryFunctions()
        .contains(StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY));
  }

  /**
   * Whether a body serves a council: the council is among its owners, or it names no owner and the
   * partnership has only one council. In a two-tier area an ownerless committee serves neither the
   * district nor the county, so one council's committee never clears the other's duty.
   */
  static boolean serves(GovernanceBody b, String council, List<String> councils) {
    return b.ownerOrganisationIds().contains(council)
        || b.ownerOrganisationIds().isEmpty() && councils.size() == 1;
  }

  /** The councils without a crime and disorder committee of their own or shared. */
  static List<String> councilsWithoutCommittee(Partnership p, LocalDate asOf) {
    List<At<GovernanceBody>> committees = scrutinyCommittees(p, asOf);
    List<String> councils = Evidence.councils(p, asOf);
    return councils.stream().filter(council -> committees.stream()
        .noneMatch(b -> serves(b.value(), council, councils))).toList();
  }

  /**
   * A council's latest crime and disorder scrutiny meeting held on or before a date: a meeting of
   * a committee with that function that serves the council, or a meeting of a body serving it
   * whose business is marked as crime and disorder scrutiny.
   */
  static Optional<At<Meeting>> lastScrutiny(Partnership p, LocalDate asOf, String council,
      List<String> councils) {
    java.util.Map<String, GovernanceBody> bodies = new java.util.HashMap<>();
    p.governanceBodies().forEach(b -> bodies.put(b.id(), b));
    return Evidence.meetingsHeld(p, asOf, m -> {
      GovernanceBody b = bodies.get(m.bodyId());
      return b != null && serves(b, council, councils) && (b.statutoryFunctions()
          .contains(StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY)
          || m.business().contains(MeetingBusiness.CRIME_AND_DISORDER_SCRUTINY));
    }).stream().findFirst();
  }

  /** Records a crime and disorder committee for each council that has none. */
  static String committeeRecord(Context c) {
    Records r = new Records(c);
    List<String> councils = new ArrayList<>(Evidence.councils(c.partnership(), c.asOf()));
    r.councils().stream().filter(x -> !councils.contains(x)).forEach(councils::add);
    List<At<GovernanceBody>> committees = scrutinyCommittees(c.partnership(), c.asOf());
    for (String council : councils) {
      boolean has = committees.stream().anyMatch(b -> serves(b.value(), council, councils));
      if (!has) {
        r.item("governanceBodies", "id: " + council + "-scrutiny", "name: \"Crime and disorder"
            + " committee\"", "type: SCRUTINY_COMMITTEE", "statutoryFunctions:"
            + " [CRIME_AND_DISORDER_SCRUTINY]", "ownerOrganisationIds: [" + council + "]");
      }
    }
    return r.yaml();
  }

  /**
   * Records, for each council without a crime and disorder scrutiny meeting in the last 12 months,
   * a meeting on the date of a committee that serves it (its own, recorded if need be).
   */
  static String scrutinyMeetingRecord(Context c) {
    Records r = new Records(c);
    Partnership p = c.partnership();
    List<String> councils = new ArrayList<>(Evidence.councils(p, c.asOf()));
    r.councils().stream().filter(x -> !councils.contains(x)).forEach(councils::add);
    List<At<GovernanceBody>> committees = scrutinyCommittees(p, c.asOf());
    for (String council : councils) {
      boolean recent = lastScrutiny(p, c.asOf(), council, councils)
          .filter(m -> c.within(LawParameters.SCRUTINY_INTERVAL, m.value().date())).isPresent();
      if (recent) {
        continue;
      }
      String committee = committees.stream().filter(b -> serves(b.value(), council, councils))
          .map(b -> b.value().id()).findFirst().orElse(council + "-scrutiny");
      if (committee.equals(council + "-scrutiny")) {
        r.item("governanceBodies", "id: " + committee, "name: \"Crime and disorder committee\"",
            "type: SCRUTINY_COMMITTEE", "statutoryFunctions: [CRIME_AND_DISORDER_SCRUTINY]",
            "ownerOrganisationIds: [" + council + "]");
      }
      r.item("meetings", "id: scrutiny-" + council + "-" + c.asOf(), "bodyId: " + committee,
          "date: " + c.asOf(), "status: HELD", "business: [CRIME_AND_DISORDER_SCRUTINY]");
    }
    return r.yaml();
  }

  private static Rule scrutinyCommittee() {
    return StatutoryRule.builder("PJA06-S19-CDC-EXISTS", "The council has a crime and disorder"
        + " committee").source(PJA, "s19(1)-(2)", "http://legislation.gov.uk/ukpga/2006/48/section/19")
        .holder(DutyHolder.COUNCIL).holders(c -> Evidence.councils(c.partnership(), c.asOf()))
        .version(RuleVersion.from(SCRUTINY_ENGLAND, "every local authority has a crime and disorder"
                + " committee that scrutinises the responsible authorities (in a two-tier area,"
                + " the district and the county each, or a joint committee)", Confidence.HIGH)
                .in(Jurisdiction.ENGLAND),
            RuleVersion.from(SCRUTINY_WALES, "every local authority has a crime and disorder"
                + " committee that scrutinises the responsible authorities", Confidence.HIGH)
                .in(Jurisdiction.WALES))
        .evidence("each council's crime and disorder committee (or a joint one it is party to),"
            + " with the council among its owners", OtherActs::committeeRecord)
        .check(c -> {
          Partnership p = c.partnership();
          List<At<GovernanceBody>> committees = scrutinyCommittees(p, c.asOf());
          if (committees.isEmpty()) {
            return c.insufficient("No council committee with the crime and disorder scrutiny"
                + " function is recorded on " + c.asOf() + ".", "Record each council's designated"
                + " committee, with the crime and disorder scrutiny function.");
          }
          List<String> without = councilsWithoutCommittee(p, c.asOf());
          return without.isEmpty()
              ? c.met(committees.size() == 1 ? committees.get(0).value().name() + " is the crime"
                  + " and disorder committee." : committees.size() + " crime and disorder"
                  + " committees cover the councils.", Evidence.paths(committees))
              : c.insufficient("No crime and disorder committee is recorded for "
                  + Evidence.names(p, without) + ".", "Record the committee of each council (or"
                  + " the joint committee it is party to).");
        }).build();
  }

  private static Rule scrutinyAnnual() {
    return StatutoryRule.builder("PJA06-S19-CDC-ANNUAL", "The committee scrutinises the partnership"
        + " at least once in 12 months").source("Crime and Disorder (Overview and Scrutiny)"
            + " Regulations 2009", "(SI number unverified)",
            "https://doncaster.moderngov.co.uk/ieListMeetings.aspx?CId=138&Year=0")
        .holder(DutyHolder.COUNCIL).holders(c -> Evidence.councils(c.partnership(), c.asOf()))
        .version(RuleVersion.from(SCRUTINY_ENGLAND, "the crime and disorder committee meets to"
                + " scrutinise the responsible authorities at least once in every 12-month period",
                Confidence.MEDIUM).in(Jurisdiction.ENGLAND),
            RuleVersion.from(SCRUTINY_WALES, "the crime and disorder committee meets to scrutinise"
                + " the responsible authorities at least once in every 12-month period",
                Confidence.MEDIUM).in(Jurisdiction.WALES))
        .evidence("a meeting of the council's crime and disorder committee in the last 12 months,"
            + " its business marked as crime and disorder scrutiny", OtherActs::scrutinyMeetingRecord)
        .check(c -> {
          Partnership p = c.partnership();
          List<String> councils = Evidence.councils(p, c.asOf());
          List<String> never = new ArrayList<>();
          List<String> late = new ArrayList<>();
          List<At<Meeting>> latest = new ArrayList<>();
          for (String council : councils) {
            Optional<At<Meeting>> last = lastScrutiny(p, c.asOf(), council, councils);
            if (last.isEmpty()) {
              never.add(council);
            } else {
              latest.add(last.get());
              if (!c.within(LawParameters.SCRUTINY_INTERVAL, last.get().value().date())) {
                late.add(council);
              }
            }
          }
          String whose = councils.size() == 1 ? "the council's" : "each council's";
          if (!late.isEmpty()) {
            At<Meeting> stale = latest.stream().filter(m -> !c.within(LawParameters
                .SCRUTINY_INTERVAL, m.value().date())).findFirst().orElseThrow();
            return c.notMet("The last crime and disorder scrutiny by " + Evidence.names(p, late)
                + " was on " + stale.value().date() + ", more than 12 months before " + c.asOf()
                + "; this is " + whose + " duty, not the partnership's.", "The committee of "
                + Evidence.names(p, late) + " should scrutinise the partnership now, and then at"
                + " least once in every 12 months.", List.of(stale.path()));
          }
          if (!never.isEmpty() || councils.isEmpty()) {
            return c.insufficient("No crime and disorder scrutiny meeting is recorded up to "
                + c.asOf() + (councils.isEmpty() || never.size() == councils.size() ? ""
                    : " for " + Evidence.names(p, never)) + "; this is " + whose + " duty, not"
                + " the partnership's.", "Record the meetings at which "
                + (never.isEmpty() ? "the council's" : Evidence.names(p, never) + "'s")
                + " committee scrutinised the partnership.");
          }
          return c.met(councils.size() == 1 ? "The council's committee scrutinised the"
              + " partnership on " + latest.get(0).value().date() + "." : "Every council's"
              + " committee has scrutinised the partnership in the 12 months to " + c.asOf() + ".",
              latest.stream().map(At::path).distinct().toList());
        }).build();
  }

  static List<At<StatutoryReview>> reviews(Partnership p, LocalDate asOf, StatutoryReviewKind kind) {
    List<At<StatutoryReview>> out = new ArrayList<>();
    List<StatutoryReview> all = p.statutory().reviews();
    for (int i = 0; i < all.size(); i++) {
      StatutoryReview r = all.get(i);
      if (r.kind() == kind && r.notifiedOn().map(d -> !d.isAfter(asOf)).orElse(true)) {
        out.add(new At<>("statutory.reviews[" + i + "]", r));
      }
    }
    return out;
  }

  private static Rule dhr() {
    return StatutoryRule.builder("DVCVA04-S9-DHR", "Domestic homicide reviews are decided and"
        + " commissioned").source(DVCVA, "s9(1)-(4)",
            "http://www.legislation.gov.uk/ukpga/2004/28/section/9")
        .holder(DutyHolder.REVIEW_BODIES)
        .version(RuleVersion.from(DHRS, "the listed bodies establish domestic homicide reviews,"
            + " having regard to statutory guidance, which gives the partnership the role of setting"
            + " them up", Confidence.HIGH))
        .evidence("each homicide notification and the decision on it, or that the partnership"
            + " decides on and commissions reviews when one is needed", c -> {
              Records r = new Records(c);
              List<String> undecided = reviews(c.partnership(), c.asOf(),
                  StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW).stream()
                  .filter(a -> a.value().decision() == ReviewDecision.PENDING)
                  .map(a -> a.value().id()).toList();
              if (undecided.isEmpty()) {
                r.object("statutory", "commissionsDomesticHomicideReviews: true");
              } else {
                List<String> lines = new ArrayList<>(List.of("reviews:"));
                undecided.forEach(id -> lines.addAll(List.of("- id: " + id,
                    "  decision: COMMISSIONED", "  decidedOn: " + c.asOf())));
                r.object("statutory", lines.toArray(String[]::new));
              }
              return r.yaml();
            })
        .check(c -> {
          List<At<StatutoryReview>> all = reviews(c.partnership(), c.asOf(),
              StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW);
          if (all.isEmpty()) {
            return c.partnership().statutory().commissionsDomesticHomicideReviews().orElse(false)
                ? c.met("The partnership records that it decides on and commissions domestic"
                    + " homicide reviews; no notification is recorded.",
                    List.of("statutory.commissionsDomesticHomicideReviews"))
                : c.insufficient("No domestic homicide notification or review is recorded.",
                    "Record each homicide notification and the decision on it, or that the"
                        + " partnership decides on and commissions reviews when needed.");
          }
          List<String> undecided = all.stream().filter(a -> a.value().decision() == ReviewDecision.PENDING
              && a.value().notifiedOn().map(d -> d.plusMonths(c.months(LawParameters.DHR_DECIDE))
                  .isBefore(c.asOf())).orElse(false))
              .map(At::path).toList();
          return undecided.isEmpty()
              ? c.met(all.size() + " domestic homicide review record" + (all.size() == 1 ? "" : "s")
                  + ", each decided or within a month of notification.", Evidence.paths(all))
              : c.notMet(undecided.size() + " notification" + (undecided.size() == 1 ? " is" : "s"
                  + " are") + " still undecided more than a month on.", "Decide whether to hold"
                  + " each review and record the decision.", undecided);
        }).build();
  }

  private static Rule dhrCommissionerCopy() {
    return StatutoryRule.builder("DVCVA04-S9-3B-DAC-COPY", "Completed reviews go to the Domestic"
        + " Abuse Commissioner").source(DVCVA, "s9(3B)-(3C)",
            "http://www.legislation.gov.uk/ukpga/2004/28/section/9")
        .holder(DutyHolder.REVIEW_BODIES)
        .version(RuleVersion.from(DHRS, "a copy of each completed review goes to the Domestic Abuse"
            + " Commissioner (commencement date not found)", Confidence.UNVERIFIED))
        .evidence("the date each completed review was sent to the Domestic Abuse Commissioner",
            c -> {
              Records r = new Records(c);
              List<String> lines = new ArrayList<>(List.of("reviews:"));
              reviews(c.partnership(), c.asOf(), StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW)
                  .stream().filter(a -> a.value().publishedOn().isPresent()
                      && a.value().sentToDomesticAbuseCommissionerOn().isEmpty())
                  .forEach(a -> lines.addAll(List.of("- id: " + a.value().id(),
                      "  sentToDomesticAbuseCommissionerOn: " + c.asOf())));
              r.object("statutory", lines.toArray(String[]::new));
              return r.yaml();
            })
        .check(c -> {
          List<At<StatutoryReview>> published = reviews(c.partnership(), c.asOf(),
              StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW).stream()
              .filter(a -> a.value().publishedOn().map(d -> !d.isAfter(c.asOf())).orElse(false))
              .toList();
          if (published.isEmpty()) {
            return c.notApplicable("No completed review is recorded.");
          }
          List<String> unsent = published.stream()
              .filter(a -> a.value().sentToDomesticAbuseCommissionerOn().isEmpty()).map(At::path).toList();
          return unsent.isEmpty() ? c.met("Every completed review was sent to the Commissioner.",
              Evidence.paths(published))
              : c.notMet(unsent.size() + " completed review(s) not recorded as sent to the"
                  + " Commissioner.", "Send each completed review to the Domestic Abuse Commissioner"
                  + " and record the date.", unsent);
        }).build();
  }

  private static Rule dhrTimescales() {
    return StatutoryRule.builder("DHR-GUIDANCE-TIMESCALES", "Reviews are decided within a month"
        + " and completed within six").source("Multi-agency statutory guidance for domestic"
            + " homicide reviews", "(Home Office, Dec 2016)",
            "https://gov.uk/government/consultations/updating-the-domestic-homicide-review-statutory-guidance")
        .holder(DutyHolder.PARTNERSHIP)
        .version(RuleVersion.from(DHRS, "decide within one month of notification; complete within six"
            + " months of the decision (guidance; unverified)", Confidence.UNVERIFIED))
        .evidence("each review's notification, decision and completion dates within the"
            + " guidance's timescales, or why not", c -> new Records(c).yaml())
        .check(c -> {
          List<String> late = new ArrayList<>();
          List<At<StatutoryReview>> all = reviews(c.partnership(), c.asOf(),
              StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW);
          for (At<StatutoryReview> a : all) {
            StatutoryReview r = a.value();
            if (r.notifiedOn().isPresent() && r.decidedOn().isPresent()
                && r.decidedOn().get().isAfter(r.notifiedOn().get().plusMonths(
                    c.months(LawParameters.DHR_DECIDE)))) {
              late.add(a.path() + ".decidedOn");
            }
            if (r.decision() == ReviewDecision.COMMISSIONED && r.decidedOn().isPresent()
                && r.sentToHomeOfficeOn().orElse(c.asOf()).isAfter(r.decidedOn().get().plusMonths(
                    c.months(LawParameters.DHR_COMPLETE)))) {
              late.add(a.path() + ".sentToHomeOfficeOn");
            }
          }
          return all.isEmpty() ? c.notApplicable("No review is recorded.")
              : late.isEmpty() ? c.met("Every review met the guidance's timescales.", Evidence.paths(all))
              : c.notMet(late.size() + " timescale(s) exceeded.", "Decide within a month and"
                  + " complete within six months, or record why not.", late);
        }).build();
  }

  private static Rule dardr() {
    return StatutoryRule.builder("VPA24-S19-DARDR", "Domestic abuse related death reviews"
        + " (prospective)").source("Victims and Prisoners Act 2024", "s19",
            "https://legislation.gov.uk/ukpga/2024/21/section/19")
        .holder(DutyHolder.REVIEW_BODIES)
        .version(RuleVersion.prospective("domestic homicide reviews become domestic abuse related"
            + " death reviews; reports go to the Secretary of State and the Domestic Abuse"
            + " Commissioner", Confidence.HIGH))
        .evidence("nothing yet: the section is enacted but not in force", c -> "")
        .check(c -> c.notApplicable("Not in force.")).build();
  }

  static Optional<AsbCaseReviewArrangements> asb(Partnership p) {
    return p.statutory().asbCaseReview();
  }

  static final String ASB = "statutory.asbCaseReview";

  private static Rule asbProcedures() {
    return StatutoryRule.builder("ASBCPA14-S104-PROCEDURES", "ASB case review procedures are"
        + " published with a point of contact").source(ASBCPA, "s104(2)-(3)",
            "https://legislation.gov.uk/ukpga/2014/12/section/104")
        .holder(DutyHolder.ASB_RELEVANT_BODIES)
        .version(RuleVersion.from(ASB_CASE_REVIEW, "the relevant bodies make and publish review"
            + " procedures naming a point of contact", Confidence.HIGH))
        .evidence("the ASB case review arrangements: the published procedure's address and date,"
            + " and the point of contact", c -> asbRecord(c))
        .check(c -> {
          Optional<AsbCaseReviewArrangements> a = asb(c.partnership());
          if (a.isEmpty()) {
            return c.insufficient("No ASB case review arrangements are recorded.", "Record the"
                + " published procedures: URL, date, point of contact.");
          }
          List<String> missing = new ArrayList<>();
          if (a.get().procedureUrl().isEmpty() || a.get().publishedOn().map(d -> d.isAfter(c.asOf()))
              .orElse(true)) {
            missing.add("the published procedure");
          }
          if (a.get().pointOfContact().isEmpty()) {
            missing.add("the point of contact");
          }
          return missing.isEmpty() ? c.met("The procedures are published (" + a.get().procedureUrl()
              .orElseThrow() + ") with a point of contact.", List.of(ASB))
              : c.notMet("Missing: " + String.join(" and ", missing) + ".", "Publish the"
                  + " procedures with a named point of contact and record them.", List.of(ASB));
        }).build();
  }

  private static Rule asbThreshold() {
    return StatutoryRule.builder("ASBCPA14-S104-THRESHOLD", "The local threshold is at most three"
        + " complaints").source(ASBCPA, "s104(4)-(5), (11)",
            "https://legislation.gov.uk/ukpga/2014/12/section/104")
        .holder(DutyHolder.ASB_RELEVANT_BODIES)
        .version(RuleVersion.from(ASB_CASE_REVIEW, "the threshold is met by three qualifying"
            + " complaints, or a different local number no higher than three", Confidence.MEDIUM))
        .evidence("the ASB case review arrangements' local threshold, three complaints or fewer",
            c -> asbRecord(c))
        .check(c -> asb(c.partnership()).map(a -> a.localThreshold()
            <= c.number(LawParameters.ASB_THRESHOLD)
            ? c.met("The local threshold is " + a.localThreshold() + " complaint"
                + (a.localThreshold() == 1 ? "" : "s") + ".", List.of(ASB + ".localThreshold"))
            : c.notMet("The local threshold is " + a.localThreshold() + " complaints, above the"
                + " statutory " + c.number(LawParameters.ASB_THRESHOLD) + ".", "Set the local"
                + " threshold to " + c.number(LawParameters.ASB_THRESHOLD) + " or fewer.",
                List.of(ASB + ".localThreshold")))
            .orElseGet(() -> c.insufficient("No ASB case review arrangements are recorded.",
                "Record the local threshold.")))
        .build();
  }

  private static Rule asbPublishData() {
    return StatutoryRule.builder("ASBCPA14-S104-PUBLISH-DATA", "ASB case review figures are"
        + " published every 12 months").source(ASBCPA, "s104 (publication; subsection unverified)",
            "https://legislation.gov.uk/ukpga/2014/12/section/104")
        .holder(DutyHolder.ASB_RELEVANT_BODIES)
        .version(RuleVersion.from(ASB_CASE_REVIEW.plusMonths(12), "at intervals of no more than 12"
            + " months (the first within 12 months of the review's commencement), publish the"
            + " applications, thresholds not met, reviews and reviews with recommendations",
            Confidence.MEDIUM))
        .evidence("each year's four published figures (applications, thresholds not met, reviews,"
            + " reviews with recommendations) and the date published", c -> asbRecord(c))
        .check(c -> {
          Optional<AsbCaseReviewArrangements> a = asb(c.partnership());
          if (a.isEmpty()) {
            return c.insufficient("No ASB case review arrangements are recorded.", "Record each"
                + " year's published figures.");
          }
          Optional<LocalDate> latest = a.get().figures().stream().map(AsbCaseReviewFigures::publishedOn)
              .flatMap(Optional::stream).filter(d -> !d.isAfter(c.asOf())).max(LocalDate::compareTo);
          return latest.filter(d -> c.within(LawParameters.ASB_PUBLISH, d))
              .map(d -> c.met("Figures were published on " + d + ".", List.of(ASB + ".figures")))
              .orElseGet(() -> c.notMet("No figures published in the 12 months to " + c.asOf()
                  + (latest.map(d -> "; the last were on " + d).orElse("")) + ".", "Publish the four"
                  + " figures and record the date.", List.of(ASB + ".figures")));
        }).build();
  }

  private static Rule asbRelevantBodies() {
    return StatutoryRule.builder("ASBCPA14-S105-RELEVANT-BODIES", "The ASB relevant bodies are"
        + " recorded").source(ASBCPA, "s105 and Sch 4 Part 2",
            "https://legislation.gov.uk/ukpga/2014/12/schedule/4")
        .holder(DutyHolder.ASB_RELEVANT_BODIES)
        .version(RuleVersion.from(ASB_CASE_REVIEW, "the relevant bodies are the council, the chief"
            + " officer of police and the health commissioning body (CCG, then ICB; LHB in Wales),"
            + " with co-opted social housing providers; not fire or probation", Confidence.HIGH))
        .evidence("the relevant bodies in the ASB case review arrangements: the council, the police"
            + " and the health body", c -> asbRecord(c))
        .check(c -> {
          Partnership p = c.partnership();
          Optional<AsbCaseReviewArrangements> a = asb(p);
          if (a.isEmpty()) {
            return c.insufficient("No ASB case review arrangements are recorded.", "Record the"
                + " relevant bodies (a list separate from the responsible authorities).");
          }
          List<String> bodies = a.get().relevantBodyOrganisationIds();
          List<String> missing = new ArrayList<>();
          for (ResponsibleAuthorityType t : List.of(ResponsibleAuthorityType.LOCAL_AUTHORITY,
              ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE, ResponsibleAuthorityType.HEALTH_BODY)) {
            boolean present = Evidence.memberships(p, c.asOf(), Evidence.responsibleAuthority(t))
                .stream().anyMatch(m -> bodies.contains(m.value().organisationId()));
            if (!present) {
              missing.add(t == ResponsibleAuthorityType.HEALTH_BODY ? healthName(c)
                  : t == ResponsibleAuthorityType.LOCAL_AUTHORITY ? "the council"
                  : "the chief officer of police");
            }
          }
          return missing.isEmpty() ? c.met("The council, the police and the " + healthName(c)
              + " are relevant bodies.", List.of(ASB + ".relevantBodyOrganisationIds"))
              : c.notMet("Not recorded as ASB relevant bodies: " + String.join(", ", missing) + ".",
                  "Record each relevant body in the ASB case review arrangements.",
                  List.of(ASB + ".relevantBodyOrganisationIds"));
        }).build();
  }

  private static String healthName(Context c) {
    HealthBodyKind k = c.jurisdiction() == Jurisdiction.WALES ? HealthBodyKind.LOCAL_HEALTH_BOARD
        : c.asOf().isBefore(CrimeAndDisorderAct1998.ICBS) ? HealthBodyKind.CLINICAL_COMMISSIONING_GROUP
        : HealthBodyKind.INTEGRATED_CARE_BOARD;
    return k == HealthBodyKind.LOCAL_HEALTH_BOARD ? "Local Health Board"
        : k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** Records complete ASB case review arrangements, published and consulted on by the date. */
  static String asbRecord(Context c) {
    Records r = new Records(c);
    List<String> councils = r.councils();
    String police = r.police();
    String health = r.health(Records.healthKind(c.jurisdiction(), c.asOf()));
    List<String> bodies = new ArrayList<>(councils);
    bodies.add(police);
    bodies.add(health);
    Optional<AsbCaseReviewArrangements> a = asb(c.partnership());
    List<String> lines = new ArrayList<>(List.of("asbCaseReview:"));
    if (a.isEmpty() || a.get().localThreshold() > c.number(LawParameters.ASB_THRESHOLD)) {
      lines.add("  localThreshold: " + c.number(LawParameters.ASB_THRESHOLD));
    }
    if (a.flatMap(x -> x.procedureUrl()).isEmpty()) {
      lines.add("  procedureUrl: \"https://example.org/asb-case-review\"");
    }
    if (a.flatMap(x -> x.publishedOn()).map(d -> d.isAfter(c.asOf())).orElse(true)) {
      lines.add("  publishedOn: " + c.asOf());
    }
    if (a.flatMap(x -> x.pointOfContact()).isEmpty()) {
      lines.add("  pointOfContact: \"Community safety team\"");
    }
    if (a.flatMap(x -> x.pccConsultedOn()).map(d -> d.isAfter(c.asOf())).orElse(true)) {
      lines.add("  pccConsultedOn: " + c.asOf());
    }
    List<String> have = a.map(AsbCaseReviewArrangements::relevantBodyOrganisationIds)
        .orElse(List.of());
    List<String> more = bodies.stream().filter(b -> !have.contains(b)).toList();
    if (!more.isEmpty()) {
      lines.add("  relevantBodyOrganisationIds: [" + String.join(", ", more) + "]");
    }
    int year = c.asOf().getMonthValue() >= 4 ? c.asOf().getYear() - 1 : c.asOf().getYear() - 2;
    lines.addAll(List.of("  figures:", "  - period: \"" + year + "/" + String.format("%02d",
        (year + 1) % 100) + "\"", "    applications: 0", "    thresholdNotMet: 0",
        "    reviewsCarriedOut: 0", "    reviewsWithRecommendations: 0", "    publishedOn: "
        + c.asOf()));
    r.object("statutory", lines.toArray(String[]::new));
    return r.yaml();
  }

  private static Rule asbConsultPcc() {
    return StatutoryRule.builder("ASBCPA14-SCH4-CONSULT-PCC", "The commissioner is consulted on"
        + " the procedures").source(ASBCPA, "Sch 4 paras 1-4",
            "https://legislation.gov.uk/ukpga/2014/12/schedule/4")
        .holder(DutyHolder.ASB_RELEVANT_BODIES)
        .version(RuleVersion.from(LocalDate.of(2014, 5, 13), "the relevant bodies consult the police"
            + " and crime commissioner and social housing providers on the procedures", Confidence.HIGH))
        .evidence("the date the local policing body was consulted on the procedures",
            c -> asbRecord(c))
        .check(c -> asb(c.partnership()).map(a -> a.pccConsultedOn().filter(d -> !d.isAfter(c.asOf()))
            .map(d -> c.met("The commissioner was consulted on " + d + ".", List.of(ASB + ".pccConsultedOn")))
            .orElseGet(() -> c.notMet("No consultation of the commissioner on the procedures is"
                + " recorded.", "Consult the commissioner when making or revising the procedures"
                + " and record the date.", List.of(ASB))))
            .orElseGet(() -> c.insufficient("No ASB case review arrangements are recorded.",
                "Record the procedures and the consultation of the commissioner.")))
        .build();
  }

  static final String SVD_PATH = "statutory.seriousViolenceDuty";

  private static Rule svdCollaborate() {
    return StatutoryRule.builder("PCSC22-S8-COLLABORATE", "The specified authorities collaborate"
        + " on serious violence").source(PCSC, "s8(1)-(2)",
            "https://www.legislation.gov.uk/ukpga/2022/32/part/2/chapter/1")
        .holder(DutyHolder.SVD_SPECIFIED_AUTHORITIES)
        .version(RuleVersion.from(SVD, "the specified authorities collaborate and plan together to"
            + " prevent and reduce serious violence", Confidence.HIGH))
        .evidence("the Serious Violence Duty arrangement: the specified authorities taking part"
            + " and the lead body", c -> svdRecord(c))
        .check(c -> {
          Optional<SeriousViolenceDuty> d = c.partnership().statutory().seriousViolenceDuty();
          if (d.isEmpty()) {
            return c.insufficient("No Serious Violence Duty arrangement is recorded.", "Record the"
                + " arrangement: the lead body and the specified authorities taking part.");
          }
          return d.get().specifiedAuthorities().isEmpty()
              ? c.notMet("The Serious Violence Duty arrangement names no specified authority.",
                  "Record the specified authorities taking part.", List.of(SVD_PATH))
              : c.met(d.get().specifiedAuthorities().size() + " specified authorities collaborate"
                  + d.get().leadBodyId().map(b -> ", led by " + c.partnership().governanceBody(b)
                      .map(o -> o.name()).orElse(b)).orElse("") + ".", List.of(SVD_PATH));
        }).build();
  }

  private static Rule svdStrategy() {
    return StatutoryRule.builder("PCSC22-S8-3-SNA-STRATEGY", "A needs assessment and a serious"
        + " violence strategy").source(PCSC, "s8(3)",
            "https://www.legislation.gov.uk/ukpga/2022/32/section/8")
        .holder(DutyHolder.SVD_SPECIFIED_AUTHORITIES)
        .version(RuleVersion.from(SVD, "identify the kinds and causes of serious violence (a strategic"
                + " needs assessment) and prepare and implement a strategy; first strategies were"
                + " expected by 31 January 2024 (unverified)", Confidence.UNVERIFIED),
            RuleVersion.from(SVD_FIRST_STRATEGIES, "identify the kinds and causes of serious violence"
                + " (a strategic needs assessment) and prepare and implement a strategy",
                Confidence.HIGH))
        .evidence("the strategic needs assessment and the published serious violence strategy",
            c -> svdRecord(c))
        .check(c -> {
          Optional<SeriousViolenceDuty> d = c.partnership().statutory().seriousViolenceDuty();
          if (d.isEmpty()) {
            return c.insufficient("No Serious Violence Duty arrangement is recorded.", "Record the"
                + " strategic needs assessment and the serious violence strategy.");
          }
          List<String> missing = new ArrayList<>();
          if (d.get().needsAssessmentIds().isEmpty()) {
            missing.add("a strategic needs assessment");
          }
          if (d.get().strategy().flatMap(s -> s.publishedOn())
              .map(x -> x.isAfter(c.asOf())).orElse(true)) {
            missing.add("a published serious violence strategy");
          }
          return missing.isEmpty() ? c.met("A needs assessment and a serious violence strategy"
              + " are recorded.", List.of(SVD_PATH + ".strategy", SVD_PATH + ".needsAssessmentIds"))
              : c.notMet("Not recorded: " + String.join(" or ", missing) + ".", "Prepare and record"
                  + " the strategic needs assessment and the serious violence strategy.",
                  List.of(SVD_PATH));
        }).build();
  }

  private static Rule svdConsult() {
    return StatutoryRule.builder("PCSC22-S8-4-CONSULT-RELEVANT", "Education, prison and youth"
        + " custody authorities are consulted").source(PCSC, "s8(4)-(5), Sch 2",
            "https://legislation.gov.uk/ukpga/2022/32/section/8")
        .holder(DutyHolder.SVD_SPECIFIED_AUTHORITIES)
        .version(RuleVersion.from(SVD, "when preparing the strategy, consult each educational,"
            + " prison and youth custody authority for the area", Confidence.HIGH))
        .evidence("each educational, prison and youth custody authority consulted on the strategy",
            c -> svdRecord(c))
        .check(c -> {
          Optional<SeriousViolenceDuty> d = c.partnership().statutory().seriousViolenceDuty();
          if (d.isEmpty() || d.get().strategy().isEmpty()) {
            return c.notApplicable("No serious violence strategy is recorded yet.");
          }
          Set<RelevantAuthorityKind> consulted = EnumSet.noneOf(RelevantAuthorityKind.class);
          for (SvdConsultation s : d.get().consultations()) {
            if (s.consultedOn().map(x -> !x.isAfter(c.asOf())).orElse(true)) {
              consulted.add(s.kind());
            }
          }
          EnumSet<RelevantAuthorityKind> missing = EnumSet.allOf(RelevantAuthorityKind.class);
          missing.removeAll(consulted);
          return missing.isEmpty() ? c.met("Educational, prison and youth custody authorities were"
              + " consulted.", List.of(SVD_PATH + ".consultations"))
              : c.notMet("No consultation recorded with: " + Phrases.list(missing.stream()
                  .map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList())
                  + " authorities.", "Consult each relevant"
                  + " authority (or record that the area has none of that kind).",
                  List.of(SVD_PATH + ".consultations"));
        }).build();
  }

  private static Rule svdSpecifiedAuthorities() {
    return StatutoryRule.builder("PCSC22-S11-SPECIFIED-AUTHS", "The specified authorities are"
        + " recorded, youth offending team included").source(PCSC, "s11 and Sch 1",
            "https://www.legislation.gov.uk/ukpga/2022/32/schedule/1")
        .holder(DutyHolder.SVD_SPECIFIED_AUTHORITIES)
        .version(RuleVersion.from(SVD, "the specified authorities are the councils, chief officers of"
            + " police, fire and rescue authorities, ICBs (LHBs in Wales), probation providers and"
            + " youth offending teams (not the commissioner)", Confidence.HIGH))
        .evidence("every kind of specified authority, the youth offending team included",
            c -> svdRecord(c))
        .check(c -> {
          Optional<SeriousViolenceDuty> d = c.partnership().statutory().seriousViolenceDuty();
          if (d.isEmpty()) {
            return c.insufficient("No Serious Violence Duty arrangement is recorded.", "Record the"
                + " specified authorities (a list separate from the responsible authorities).");
          }
          Set<SpecifiedAuthorityType> present = EnumSet.noneOf(SpecifiedAuthorityType.class);
          d.get().specifiedAuthorities().stream().map(SpecifiedAuthority::type).forEach(present::add);
          EnumSet<SpecifiedAuthorityType> missing = EnumSet.allOf(SpecifiedAuthorityType.class);
          missing.removeAll(present);
          return missing.isEmpty() ? c.met("Every kind of specified authority is recorded.",
              List.of(SVD_PATH + ".specifiedAuthorities"))
              : c.notMet("No specified authority recorded of kind: " + Phrases.list(missing.stream()
                  .map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList())
                  + ".", "Record each"
                  + " specified authority, the youth offending team included.",
                  List.of(SVD_PATH + ".specifiedAuthorities"));
        }).build();
  }

  private static Rule svdPublish() {
    return StatutoryRule.builder("PCSC22-SV-REGS-PUBLISH", "The serious violence strategy is"
        + " published and sent on").source("Prevention and Reduction of Serious Violence (Strategies"
            + " etc.) Regulations 2022", "(SI number unverified)",
            "http://govwire.co.uk/news/home-office/statutory-guidance-serious-violence-duty-36145")
        .holder(DutyHolder.SVD_SPECIFIED_AUTHORITIES)
        .version(RuleVersion.from(SVD, "publish the strategy and send a copy to the Home Office"
            + " (detail unverified)", Confidence.UNVERIFIED))
        .evidence("the strategy's web address and the date it was sent to the Home Office",
            c -> svdRecord(c))
        .check(c -> {
          Optional<SeriousViolenceDuty> d = c.partnership().statutory().seriousViolenceDuty();
          if (d.isEmpty() || d.get().strategy().isEmpty()) {
            return c.notApplicable("No serious violence strategy is recorded yet.");
          }
          var s = d.get().strategy().get();
          return s.url().isPresent() && s.sentToHomeOfficeOn().isPresent()
              ? c.met("The strategy is published and was sent to the Home Office.",
                  List.of(SVD_PATH + ".strategy"))
              : c.notMet("The strategy is not recorded as published with a URL and sent to the Home"
                  + " Office.", "Record the URL and the date sent.", List.of(SVD_PATH + ".strategy"));
        }).build();
  }

  /** Records a complete Serious Violence Duty arrangement: authorities, assessment, strategy. */
  static String svdRecord(Context c) {
    Records r = new Records(c);
    String council = r.councils().get(0);
    String police = r.police();
    String fire = r.fire();
    String health = r.health(Records.healthKind(c.jurisdiction(), c.asOf()));
    String probation = r.probation();
    String yot = r.organisation(io.github.sscp.model.organisation.OrganisationType.YOUTH_JUSTICE,
        "youth-offending-team", "The youth offending team");
    Optional<SeriousViolenceDuty> d = c.partnership().statutory().seriousViolenceDuty();
    Set<SpecifiedAuthorityType> present = EnumSet.noneOf(SpecifiedAuthorityType.class);
    d.ifPresent(x -> x.specifiedAuthorities().forEach(a -> present.add(a.type())));
    List<String> lines = new ArrayList<>(List.of("seriousViolenceDuty:"));
    List<String> authorities = new ArrayList<>();
    java.util.Map<SpecifiedAuthorityType, String> ids = new java.util.EnumMap<>(
        SpecifiedAuthorityType.class);
    ids.put(SpecifiedAuthorityType.LOCAL_AUTHORITY, council);
    ids.put(SpecifiedAuthorityType.CHIEF_OFFICER_OF_POLICE, police);
    ids.put(SpecifiedAuthorityType.FIRE_AND_RESCUE_AUTHORITY, fire);
    ids.put(SpecifiedAuthorityType.HEALTH_BODY, health);
    ids.put(SpecifiedAuthorityType.PROBATION_PROVIDER, probation);
    ids.put(SpecifiedAuthorityType.YOUTH_OFFENDING_TEAM, yot);
    ids.forEach((type, id) -> {
      if (!present.contains(type)) {
        authorities.addAll(List.of("  - organisationId: " + id, "    type: " + type.name()));
      }
    });
    if (!authorities.isEmpty()) {
      lines.add("  specifiedAuthorities:");
      lines.addAll(authorities);
    }
    if (d.map(x -> x.needsAssessmentIds().isEmpty()).orElse(true)) {
      r.item("strategicAssessments", "id: serious-violence-needs-assessment", "title:"
          + " \"Serious violence strategic needs assessment\"", "type:"
          + " SERIOUS_VIOLENCE_NEEDS_ASSESSMENT", "periodCovered: \"" + (c.asOf().getYear() - 1)
          + "\"", "published: true", "publishedOn: " + c.asOf());
      lines.add("  needsAssessmentIds: [serious-violence-needs-assessment]");
    }
    var strategy = d.flatMap(SeriousViolenceDuty::strategy);
    List<String> s = new ArrayList<>();
    if (strategy.isEmpty()) {
      s.add("    title: \"Serious violence strategy\"");
    }
    if (strategy.flatMap(x -> x.publishedOn()).map(x -> x.isAfter(c.asOf())).orElse(true)) {
      s.add("    publishedOn: " + c.asOf());
    }
    if (strategy.flatMap(x -> x.url()).isEmpty()) {
      s.add("    url: \"https://example.org/serious-violence-strategy\"");
    }
    if (strategy.flatMap(x -> x.sentToHomeOfficeOn()).isEmpty()) {
      s.add("    sentToHomeOfficeOn: " + c.asOf());
    }
    if (!s.isEmpty()) {
      lines.add("  strategy:");
      lines.addAll(s);
    }
    Set<RelevantAuthorityKind> consulted = EnumSet.noneOf(RelevantAuthorityKind.class);
    d.ifPresent(x -> x.consultations().forEach(k -> consulted.add(k.kind())));
    List<String> consult = new ArrayList<>();
    for (RelevantAuthorityKind k : RelevantAuthorityKind.values()) {
      if (!consulted.contains(k)) {
        String id = switch (k) {
          case EDUCATIONAL -> council;
          case PRISON -> r.organisation(io.github.sscp.model.organisation.OrganisationType.PRISON,
              "prison", "The prison");
          case YOUTH_CUSTODY -> r.organisation(io.github.sscp.model.organisation.OrganisationType
              .YOUTH_CUSTODY, "youth-custody", "The youth custody service");
        };
        consult.addAll(List.of("  - kind: " + k.name(), "    organisationId: " + id,
            "    consultedOn: " + c.asOf()));
      }
    }
    if (!consult.isEmpty()) {
      lines.add("  consultations:");
      lines.addAll(consult);
    }
    r.object("statutory", lines.toArray(String[]::new));
    return r.yaml();
  }
}
