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
  static final LocalDate SCRUTINY_ENGLAND = LocalDate.of(2009, 4, 30);
  static final LocalDate SCRUTINY_WALES = LocalDate.of(2009, 10, 1);
  static final LocalDate DHRS = LocalDate.of(2011, 4, 13);
  static final LocalDate ASB_CASE_REVIEW = LocalDate.of(2014, 10, 20);
  static final LocalDate SVD = LocalDate.of(2023, 1, 31);
  static final LocalDate SVD_FIRST_STRATEGIES = LocalDate.of(2024, 1, 31);

  private OtherActs() {}

  static List<Rule> rules() {
    return List.of(pccRegard(), cooperation(), scrutinyCommittee(), scrutinyAnnual(), dhr(),
        dhrCommissionerCopy(), dhrTimescales(), dardr(), asbProcedures(), asbThreshold(),
        asbPublishData(), asbRelevantBodies(), asbConsultPcc(), svdCollaborate(), svdStrategy(),
        svdConsult(), svdSpecifiedAuthorities(), svdPublish());
  }

  private static Rule pccRegard() {
    return StatutoryRule.builder("PRSRA11-S10-1-PCC-REGARD", "The partnership's priorities reach"
        + " the commissioner").source(PRSRA, "s10(1)",
            "https://legislation.gov.uk/id/ukpga/2011/13/section/10")
        .holder(DutyHolder.LOCAL_POLICING_BODY)
        .holders(c -> Evidence.policingBodies(c.partnership(), c.asOf()))
        .version(RuleVersion.from(CrimeAndDisorderAct1998.PCCS, "the police and crime commissioner"
            + " has regard to the responsible authorities' priorities; the partnership can show it"
            + " communicated them (the plan sent to the commissioner)", Confidence.HIGH))
        .check(c -> {
          for (At<Strategy> s : Evidence.strategies(c.partnership(), c.asOf())) {
            if (s.value().sentToPccOn().isPresent() || s.value().revisions().stream()
                .anyMatch(r -> r.sentToPccOn().isPresent())) {
              return c.met("The partnership's plan, with its priorities, was sent to the"
                  + " commissioner.", List.of(s.path()));
            }
          }
          return c.insufficient("No record shows the partnership's priorities reached the"
              + " commissioner.", "Record the date the plan (or its priorities) was sent to the"
              + " commissioner.");
        }).build();
  }

  private static Rule cooperation() {
    return StatutoryRule.builder("PRSRA11-S10-2-MUTUAL-COOPERATION", "The commissioner and the"
        + " responsible authorities co-operate").source(PRSRA, "s10(2)",
            "https://legislation.gov.uk/id/ukpga/2011/13/section/10")
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(CrimeAndDisorderAct1998.PCCS, "the police and crime commissioner"
            + " and each responsible authority act in co-operation with each other", Confidence.HIGH))
        .check(c -> {
          Partnership p = c.partnership();
          List<String> pccs = Evidence.policingBodies(p, c.asOf());
          List<At<Membership>> members = Evidence.memberships(p, c.asOf(),
              m -> pccs.contains(m.organisationId()));
          if (!members.isEmpty()) {
            return c.met(Evidence.names(p, pccs) + " takes part in the partnership.",
                Evidence.paths(members));
          }
          List<At<Meeting>> attended = Evidence.meetingsHeld(p, c.asOf(),
              m -> m.attendeeOrganisationIds().stream().anyMatch(pccs::contains)
                  && Evidence.within12Months(m.date(), c.asOf()));
          return attended.isEmpty()
              ? c.insufficient("No record shows the commissioner co-operating with the partnership"
                  + " (membership, observer seat or meeting attendance).", "Record the commissioner's"
                  + " part: a membership (role LOCAL_POLICING_BODY) or attendance at meetings.")
              : c.met("The commissioner attended the partnership's meeting of "
                  + attended.get(0).value().date() + ".", List.of(attended.get(0).path()));
        }).build();
  }

  static List<At<GovernanceBody>> scrutinyCommittees(Partnership p, LocalDate asOf) {
    return Evidence.bodies(p, asOf, b -> b.statutoryFunctions()
        .contains(StatutoryFunction.CRIME_AND_DISORDER_SCRUTINY));
  }

  private static Rule scrutinyCommittee() {
    return StatutoryRule.builder("PJA06-S19-CDC-EXISTS", "The council has a crime and disorder"
        + " committee").source(PJA, "s19(1)-(2)", "http://legislation.gov.uk/ukpga/2006/48/section/19")
        .holder(DutyHolder.COUNCIL).holders(c -> Evidence.councils(c.partnership(), c.asOf()))
        .version(RuleVersion.from(SCRUTINY_ENGLAND, "every local authority has a crime and disorder"
                + " committee that scrutinises the responsible authorities", Confidence.HIGH)
                .in(Jurisdiction.ENGLAND),
            RuleVersion.from(SCRUTINY_WALES, "every local authority has a crime and disorder"
                + " committee that scrutinises the responsible authorities", Confidence.HIGH)
                .in(Jurisdiction.WALES))
        .check(c -> {
          List<At<GovernanceBody>> committees = scrutinyCommittees(c.partnership(), c.asOf());
          return committees.isEmpty()
              ? c.insufficient("No council committee with the crime and disorder scrutiny function"
                  + " is recorded on " + c.asOf() + ".", "Record the council's designated committee"
                  + " (function CRIME_AND_DISORDER_SCRUTINY).")
              : c.met(committees.get(0).value().name() + " is the crime and disorder committee.",
                  List.of(committees.get(0).path()));
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
        .check(c -> {
          Partnership p = c.partnership();
          List<String> committees = scrutinyCommittees(p, c.asOf()).stream()
              .map(b -> b.value().id()).toList();
          List<At<Meeting>> held = Evidence.meetingsHeld(p, c.asOf(),
              m -> (committees.contains(m.bodyId())
                  || m.business().contains(MeetingBusiness.CRIME_AND_DISORDER_SCRUTINY)));
          if (held.isEmpty()) {
            return c.insufficient("No crime and disorder scrutiny meeting is recorded up to "
                + c.asOf() + "; this is the council's duty, not the partnership's.", "Record the"
                + " council committee's meetings that scrutinised the partnership.");
          }
          Meeting last = held.get(0).value();
          return Evidence.within12Months(last.date(), c.asOf())
              ? c.met("The council's committee scrutinised the partnership on " + last.date() + ".",
                  List.of(held.get(0).path()))
              : c.notMet("The council's last crime and disorder scrutiny was on " + last.date()
                  + ", more than 12 months before " + c.asOf() + "; this is the council's duty.",
                  "The council's committee should scrutinise the partnership before "
                      + last.date().plusMonths(12) + " each year.", List.of(held.get(0).path()));
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
        .check(c -> {
          List<At<StatutoryReview>> all = reviews(c.partnership(), c.asOf(),
              StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW);
          if (all.isEmpty()) {
            return c.insufficient("No domestic homicide notification or review is recorded.",
                "Record each homicide notification and the decision on it, or that none was"
                    + " received.");
          }
          List<String> undecided = all.stream().filter(a -> a.value().decision() == ReviewDecision.PENDING
              && a.value().notifiedOn().map(d -> d.plusMonths(1).isBefore(c.asOf())).orElse(false))
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
        .check(c -> {
          List<String> late = new ArrayList<>();
          List<At<StatutoryReview>> all = reviews(c.partnership(), c.asOf(),
              StatutoryReviewKind.DOMESTIC_HOMICIDE_REVIEW);
          for (At<StatutoryReview> a : all) {
            StatutoryReview r = a.value();
            if (r.notifiedOn().isPresent() && r.decidedOn().isPresent()
                && r.decidedOn().get().isAfter(r.notifiedOn().get().plusMonths(1))) {
              late.add(a.path() + ".decidedOn");
            }
            if (r.decision() == ReviewDecision.COMMISSIONED && r.decidedOn().isPresent()
                && r.sentToHomeOfficeOn().orElse(c.asOf()).isAfter(r.decidedOn().get().plusMonths(6))) {
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
        .check(c -> asb(c.partnership()).map(a -> a.localThreshold() <= 3
            ? c.met("The local threshold is " + a.localThreshold() + " complaint"
                + (a.localThreshold() == 1 ? "" : "s") + ".", List.of(ASB + ".localThreshold"))
            : c.notMet("The local threshold is " + a.localThreshold() + " complaints, above the"
                + " statutory three.", "Set the local threshold to three or fewer.",
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
        .check(c -> {
          Optional<AsbCaseReviewArrangements> a = asb(c.partnership());
          if (a.isEmpty()) {
            return c.insufficient("No ASB case review arrangements are recorded.", "Record each"
                + " year's published figures.");
          }
          Optional<LocalDate> latest = a.get().figures().stream().map(AsbCaseReviewFigures::publishedOn)
              .flatMap(Optional::stream).filter(d -> !d.isAfter(c.asOf())).max(LocalDate::compareTo);
          return latest.filter(d -> Evidence.within12Months(d, c.asOf()))
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
                  : t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
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
    return k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static Rule asbConsultPcc() {
    return StatutoryRule.builder("ASBCPA14-SCH4-CONSULT-PCC", "The commissioner is consulted on"
        + " the procedures").source(ASBCPA, "Sch 4 paras 1-4",
            "https://legislation.gov.uk/ukpga/2014/12/schedule/4")
        .holder(DutyHolder.ASB_RELEVANT_BODIES)
        .version(RuleVersion.from(LocalDate.of(2014, 5, 13), "the relevant bodies consult the police"
            + " and crime commissioner and social housing providers on the procedures", Confidence.HIGH))
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
                  + d.get().leadBodyId().map(b -> ", led by " + b).orElse("") + ".", List.of(SVD_PATH));
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
              : c.notMet("No consultation recorded with: " + missing.toString().toLowerCase(
                  java.util.Locale.ROOT).replace('_', ' ') + " authorities.", "Consult each relevant"
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
              : c.notMet("No specified authority recorded of kind: " + missing.toString()
                  .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".", "Record each"
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
}
