package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.MembershipRole;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.statutory.CombinationAgreement;
import io.github.sscp.model.strategy.ExternalPlanKind;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.rules.compliance.Evidence.At;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Crime and Disorder Act 1998: who the partnership is (s5, s5A) and what it must do (s6). */
final class CrimeAndDisorderAct1998 {

  static final String ACT = "Crime and Disorder Act 1998";
  static final String S5 = "https://legislation.gov.uk/ukpga/1998/37/section/5";
  static final String S6 = "https://legislation.gov.uk/ukpga/1998/37/section/6";
  static final LocalDate COMMENCED = LawParameters.date(LawParameters.CDA_1998);
  static final LocalDate PRA_2002 = LawParameters.date(LawParameters.POLICE_REFORM_2002);
  static final LocalDate POINT_IN_TIME_2007 = LawParameters.date(LawParameters.SI_2007_ENGLAND);
  static final LocalDate WALES_2007 = LawParameters.date(LawParameters.SI_2007_WALES);
  static final LocalDate PROBATION = LawParameters.date(LawParameters.PROBATION);
  static final LocalDate PCCS = LawParameters.date(LawParameters.PCCS);
  static final LocalDate CCGS = LawParameters.date(LawParameters.CCGS);
  static final LocalDate ICBS = LawParameters.date(LawParameters.ICBS);
  static final LocalDate SERIOUS_VIOLENCE = LawParameters.date(LawParameters.SERIOUS_VIOLENCE);

  private CrimeAndDisorderAct1998() {}

  static List<Rule> rules() {
    return List.of(council(), police(), policeAuthority(), fire(), healthEngland(), healthWales(),
        probation(), completeness(), cooperating(), participants(), combination(),
        strand("CDA98-S6-1A-CRIME-DISORDER", "Strategy to reduce crime and disorder", "s6(1)(a)",
            EnumSet.of(StatutoryStrand.CRIME_AND_DISORDER), "reduce crime and disorder, including"
                + " anti-social behaviour", sixOneVersions("a strategy to reduce crime and disorder"
                + " in the area, including anti-social and other behaviour adversely affecting the"
                + " local environment")),
        strand("CDA98-S6-1B-SUBSTANCES", "Strategy to combat substance misuse", "s6(1)(b)",
            EnumSet.of(StatutoryStrand.SUBSTANCE_MISUSE), "combat the misuse of drugs, alcohol and"
                + " other substances", sixOneVersions("a strategy for combating the misuse of drugs,"
                + " alcohol and other substances in the area")),
        strand("CDA98-S6-1C-REOFFENDING", "Strategy to reduce re-offending", "s6(1)(c)",
            EnumSet.of(StatutoryStrand.REOFFENDING), "reduce re-offending",
            List.of(RuleVersion.from(PROBATION, "a strategy for reducing re-offending in the area",
                Confidence.MEDIUM).amendedBy(new LegalSource("Policing and Crime Act 2009", "s108",
                    "https://www.legislation.gov.uk/ukpga/2009/26/section/108")))),
        strand("CDA98-S6-1D-SERIOUS-VIOLENCE", "Strategy to prevent and reduce serious violence",
            "s6(1)(d)", EnumSet.of(StatutoryStrand.SERIOUS_VIOLENCE_PREVENT_INVOLVEMENT,
                StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES), "prevent people becoming involved"
                + " in serious violence and reduce instances of it (both limbs)",
            List.of(RuleVersion.from(SERIOUS_VIOLENCE, "a strategy for (i) preventing people from"
                + " becoming involved in serious violence in the area and (ii) reducing instances of"
                + " serious violence in the area", Confidence.HIGH).amendedBy(new LegalSource(
                    "Police, Crime, Sentencing and Courts Act 2022", "s20(4)",
                    "https://www.legislation.gov.uk/ukpga/2022/32/section/20")))),
        haveRegard(), pccMeetings());
  }

  private static List<RuleVersion> sixOneVersions(String requirement) {
    return List.of(RuleVersion.from(POINT_IN_TIME_2007, requirement, Confidence.MEDIUM)
            .in(Jurisdiction.ENGLAND),
        RuleVersion.from(WALES_2007, requirement, Confidence.MEDIUM).in(Jurisdiction.WALES));
  }

  /** A responsible-authority rule: at least one member of the type, valid on the date. */
  private static Finding present(Context c, ResponsibleAuthorityType type, String what,
      String whatPlural, String fix) {
    List<At<Membership>> found = Evidence.memberships(c.partnership(), c.asOf(),
        Evidence.responsibleAuthority(type));
    if (found.isEmpty()) {
      return c.notMet("No " + what + " is a responsible-authority member on " + c.asOf() + ".",
          fix, List.of());
    }
    List<String> ids = found.stream().map(a -> a.value().organisationId()).distinct().toList();
    return c.met(Evidence.names(c.partnership(), ids) + (ids.size() == 1 ? " is the " + what
        : " are the " + whatPlural) + " on " + c.asOf() + ".", Evidence.paths(found));
  }

  private static Rule council() {
    return StatutoryRule.builder("CDA98-S5-RA-COUNCIL", "The council is a responsible authority")
        .source(ACT, "s5(1)(a)", S5).holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(COMMENCED, "the council for the area (in a two-tier area, both the"
            + " district and the county council) is a responsible authority", Confidence.HIGH))
        .evidence("the council recorded as a member with the role of responsible authority (in a"
            + " two-tier area, the district and the county council)", c -> {
              Records r = new Records(c);
              r.councils();
              return r.yaml();
            })
        .check(c -> {
          Finding f = present(c, ResponsibleAuthorityType.LOCAL_AUTHORITY, "council", "councils",
              "Record the council as a member with the role of responsible authority.");
          Partnership p = c.partnership();
          if (f.outcome() == Outcome.MET && p.structure() == LocalGovernmentStructure.TWO_TIER_DISTRICT) {
            boolean county = Evidence.councils(p, c.asOf()).stream().map(id -> p.organisation(id))
                .flatMap(Optional::stream).anyMatch(o -> o.localAuthorityTier().map(t ->
                    t == io.github.sscp.model.organisation.LocalAuthorityTier.COUNTY).orElse(false));
            if (!county) {
              return c.notMet("In a two-tier area both the district and the county council are"
                  + " responsible authorities, but no county council is a member on " + c.asOf() + ".",
                  "Record the county council as a member with the role of responsible authority.",
                  f.evidence());
            }
          }
          return f;
        }).build();
  }

  private static Rule police() {
    return StatutoryRule.builder("CDA98-S5-RA-POLICE", "The chief officer of police is a responsible"
        + " authority").source(ACT, "s5(1)(b)", S5).holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(COMMENCED, "every chief officer of police with any part of their"
            + " police area in the local government area is a responsible authority (the chief"
            + " officer, not the police and crime commissioner)", Confidence.HIGH))
        .evidence("the police force (its chief officer, not the commissioner) recorded as a member"
            + " with the role of responsible authority", c -> {
              Records r = new Records(c);
              r.police();
              return r.yaml();
            })
        .check(c -> present(c, ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE,
            "chief officer of police", "chief officers of police", "Record the chief constable"
                + " (not the police and crime commissioner) as a responsible-authority member."))
        .build();
  }

  private static Rule policeAuthority() {
    return StatutoryRule.builder("CDA98-S5-RA-POLICE-AUTHORITY", "The police authority was a"
        + " responsible authority (historic)").source(ACT, "s5(1)(c)", S5)
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(PRA_2002, "the police authority was a responsible authority",
            Confidence.UNVERIFIED).amendedBy(new LegalSource("Police Reform Act 2002", "s97",
                "https://www.legislation.gov.uk/ukpga/2002/30/section/97")),
            RuleVersion.repealedOn(PCCS, "police authorities were abolished when police and crime"
                + " commissioners took office", Confidence.HIGH))
        .evidence("the police authority recorded as a member until 22 November 2012", c -> {
          Records r = new Records(c);
          String id = r.organisation(o -> o.policingBodyKind().equals(Optional.of(
              LocalPolicingBodyKind.POLICE_AUTHORITY)), io.github.sscp.model.organisation
              .OrganisationType.LOCAL_POLICING_BODY, "police-authority", "The police authority",
              "policingBodyKind: POLICE_AUTHORITY");
          r.member(id, io.github.sscp.model.organisation.MembershipRole.LOCAL_POLICING_BODY,
              "validity: ../" + PCCS);
          return r.yaml();
        })
        .check(c -> {
          List<At<Membership>> found = Evidence.memberships(c.partnership(), c.asOf(), m ->
              c.partnership().organisation(m.organisationId()).flatMap(Organisation::policingBodyKind)
                  .equals(Optional.of(LocalPolicingBodyKind.POLICE_AUTHORITY)));
          return found.isEmpty()
              ? c.notMet("No police authority is a member on " + c.asOf() + ".", "Record the police"
                  + " authority as a member, with its membership ending on 22 November 2012.",
                  List.of())
              : c.met("The police authority is a member on " + c.asOf() + ".", Evidence.paths(found));
        }).build();
  }

  private static Rule fire() {
    return StatutoryRule.builder("CDA98-S5-RA-FIRE", "The fire and rescue authority is a responsible"
        + " authority").source(ACT, "s5(1)(d)", S5).holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(PRA_2002, "every fire and rescue authority with any part of its"
            + " area in the local government area is a responsible authority (commencement date"
            + " not confirmed)", Confidence.UNVERIFIED),
            RuleVersion.from(POINT_IN_TIME_2007, "every fire and rescue authority with any part of"
                + " its area in the local government area is a responsible authority",
                Confidence.HIGH))
        .evidence("the fire and rescue authority (the London Fire Commissioner in London; a police,"
            + " fire and crime commissioner or a mayor where they are the fire authority) recorded"
            + " as a member with the role of responsible authority", c -> {
              Records r = new Records(c);
              r.fire();
              return r.yaml();
            })
        .check(c -> present(c, ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY,
            "fire and rescue authority", "fire and rescue authorities", "Record the fire and rescue"
                + " authority (or the London Fire Commissioner, or a police, fire and crime"
                + " commissioner acting as fire authority) as a responsible-authority member."))
        .build();
  }

  private static Rule healthEngland() {
    return StatutoryRule.builder("CDA98-S5-RA-HEALTH-ENGLAND", "The NHS commissioning body is a"
        + " responsible authority (England)").source(ACT, "s5(1)(e)", S5)
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(PRA_2002, "the primary care trust is a responsible authority"
                + " (commencement date not confirmed)", Confidence.UNVERIFIED).in(Jurisdiction.ENGLAND),
            RuleVersion.from(POINT_IN_TIME_2007, "every primary care trust for the area is a"
                + " responsible authority", Confidence.HIGH).in(Jurisdiction.ENGLAND),
            RuleVersion.from(CCGS, "every clinical commissioning group for the area is a responsible"
                + " authority", Confidence.HIGH).in(Jurisdiction.ENGLAND),
            RuleVersion.from(ICBS, "every integrated care board for the area is a responsible"
                + " authority", Confidence.HIGH).in(Jurisdiction.ENGLAND))
        .evidence("the NHS body of the date (primary care trust, then clinical commissioning group"
            + " from 1 April 2013, then integrated care board from 1 July 2022) recorded as a"
            + " member with the role of responsible authority and its health body kind", c -> {
              Records r = new Records(c);
              r.health(Records.healthKind(c.jurisdiction(), c.asOf()));
              return r.yaml();
            })
        .elsewhere("England only: in Wales the health responsible authority is the Local Health"
            + " Board, under s5(1)(f)")
        .check(c -> health(c, Records.healthKind(c.jurisdiction(), c.asOf())))
        .build();
  }

  private static Rule healthWales() {
    return StatutoryRule.builder("CDA98-S5-RA-HEALTH-WALES", "The Local Health Board is a"
        + " responsible authority (Wales)").source(ACT, "s5(1)(f)", S5)
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(POINT_IN_TIME_2007, "every Local Health Board for the area is a"
            + " responsible authority", Confidence.HIGH).in(Jurisdiction.WALES))
        .evidence("the Local Health Board recorded as a member with the role of responsible"
            + " authority", c -> {
              Records r = new Records(c);
              r.health(HealthBodyKind.LOCAL_HEALTH_BOARD);
              return r.yaml();
            })
        .elsewhere("Wales only: in England the health responsible authority is the NHS"
            + " commissioning body (today the integrated care board), under s5(1)(e)")
        .check(c -> health(c, HealthBodyKind.LOCAL_HEALTH_BOARD))
        .build();
  }

  private static Finding health(Context c, HealthBodyKind kind) {
    List<At<Membership>> all = Evidence.memberships(c.partnership(), c.asOf(),
        Evidence.responsibleAuthority(ResponsibleAuthorityType.HEALTH_BODY));
    List<At<Membership>> right = all.stream()
        .filter(a -> a.value().healthBodyKind().equals(Optional.of(kind))).toList();
    String name = kind == HealthBodyKind.LOCAL_HEALTH_BOARD ? "Local Health Board"
        : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    if (!right.isEmpty()) {
      return c.met(Evidence.names(c.partnership(), right.stream().map(a -> a.value().organisationId())
          .distinct().toList()) + " is the " + name + " on " + c.asOf() + ".", Evidence.paths(right));
    }
    if (!all.isEmpty()) {
      List<String> recorded = all.stream().map(a -> a.value().healthBodyKind().map(k -> k.name()
          .toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("health body of unknown"
              + " kind")).distinct().sorted().toList();
      return c.notMet("The health member on " + c.asOf() + " is recorded as "
          + String.join(" and ", recorded.stream().map(CrimeAndDisorderAct1998::withArticle)
              .toList()) + ", but on that date the responsible authority is"
          + " the " + name + ".", "Record the " + name + " as the health member, with its dates;"
              + " end the predecessor body's membership.", Evidence.paths(all));
    }
    return c.notMet("No health body is a responsible-authority member on " + c.asOf() + ".",
        "Record the " + name + " as a responsible-authority member.", List.of());
  }

  /** A noun with "a" or "an": "an integrated care board". */
  static String withArticle(String noun) {
    return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
  }

  private static Rule probation() {
    return StatutoryRule.builder("CDA98-S5-RA-PROBATION", "The probation provider is a responsible"
        + " authority").source(ACT, "s5(1)(aa)", S5).holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(PROBATION, "every provider of probation services working in the"
            + " area under arrangements that make it a responsible authority", Confidence.MEDIUM)
            .amendedBy(new LegalSource("Policing and Crime Act 2009", "s108",
                "https://www.legislation.gov.uk/ukpga/2009/26/section/108")))
        .evidence("the Probation Service recorded as a member with the role of responsible"
            + " authority", c -> {
              Records r = new Records(c);
              r.probation();
              return r.yaml();
            })
        .check(c -> present(c, ResponsibleAuthorityType.PROBATION_PROVIDER, "probation provider",
            "probation providers", "Record the Probation Service as a responsible-authority"
                + " member."))
        .build();
  }

  private static Rule completeness() {
    return StatutoryRule.builder("CDA98-S5-COMPLETENESS", "Every kind of responsible authority is"
        + " present").source(ACT, "s5(1)", S5).holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(COMMENCED, "the partnership has every kind of responsible authority"
            + " the law names on the date", Confidence.HIGH))
        .evidence("every kind of responsible authority of the date recorded as a member", c -> {
          Records r = new Records(c);
          r.responsibleAuthorities(c.jurisdiction());
          return r.yaml();
        })
        .check(c -> {
          List<String> missing = new ArrayList<>();
          List<String> evidence = new ArrayList<>();
          for (Rule r : List.of(council(), police(), fire(), c.jurisdiction() == Jurisdiction.WALES
              ? healthWales() : healthEngland(), probation())) {
            Optional<RuleVersion> v = r.versionOn(c.jurisdiction(), c.asOf());
            if (v.isEmpty() || v.get().repeal() || v.get().confidence().advisoryOnly()) {
              continue;
            }
            Finding f = r.check(new Context(c.partnership(), c.asOf(), c.jurisdiction(), v.get(), r));
            evidence.addAll(f.evidence());
            if (f.outcome() != Outcome.MET) {
              missing.add(r.title().replace(" is a responsible authority", "")
                  .replaceAll(" \\((England|Wales)\\)", "").toLowerCase(java.util.Locale.ROOT));
            }
          }
          return missing.isEmpty()
              ? c.met("Every kind of responsible authority in force on " + c.asOf() + " is a member.",
                  evidence)
              : c.notMet("Missing or wrong on " + c.asOf() + ": " + String.join("; ", missing) + ".",
                  "Record each missing responsible authority as a member.",
                  evidence);
        }).build();
  }

  private static Rule cooperating() {
    return StatutoryRule.builder("CDA98-S5-2-COOPERATING", "Co-operating bodies act with the"
        + " responsible authorities").source(ACT, "s5(2)(c); SI 2004/118 art 2", S5)
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(LocalDate.of(2004, 2, 23), "the responsible authorities act in"
            + " co-operation with the prescribed bodies (parish councils, NHS trusts, school and"
            + " further education governing bodies, independent schools)", Confidence.HIGH)
            .in(Jurisdiction.ENGLAND),
            RuleVersion.from(LocalDate.of(1998, 11, 1), "the responsible authorities act in"
                + " co-operation with the prescribed bodies (SI 1998/2452 as amended, including"
                + " community councils)", Confidence.HIGH).in(Jurisdiction.WALES))
        .evidence("the prescribed bodies the authorities co-operate with (parish councils, NHS"
            + " trusts, school governing bodies) recorded as members with the role of co-operating"
            + " body", c -> {
              Records r = new Records(c);
              String id = r.organisation(io.github.sscp.model.organisation.OrganisationType
                  .PARISH_OR_COMMUNITY_COUNCIL, "parish-councils", "The parish councils");
              r.member(id, MembershipRole.CO_OPERATING_BODY);
              return r.yaml();
            })
        .check(c -> {
          List<At<Membership>> found = Evidence.memberships(c.partnership(), c.asOf(),
              m -> m.role() == MembershipRole.CO_OPERATING_BODY);
          return found.isEmpty()
              ? c.insufficient("No co-operating body is recorded on " + c.asOf() + ".",
                  "Record the prescribed bodies the authorities co-operate with, as members with the"
                      + " role of co-operating body.")
              : c.met(found.size() + " co-operating bod" + (found.size() == 1 ? "y is" : "ies are")
                  + " recorded on " + c.asOf() + ".", Evidence.paths(found));
        }).build();
  }

  private static Rule participants() {
    return StatutoryRule.builder("CDA98-S5-3-PARTICIPANTS", "Prescribed participants are invited")
        .source(ACT, "s5(3); SI 2004/118 art 3", S5).holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(LocalDate.of(2004, 2, 23), "the responsible authorities invite"
            + " the participation of at least one body of each prescribed description (the list of"
            + " descriptions is from a secondary source)", Confidence.LOW).in(Jurisdiction.ENGLAND),
            RuleVersion.from(LocalDate.of(1998, 11, 1), "the responsible authorities invite the"
                + " participation of bodies of each description prescribed for Wales (SI 1998/2452"
                + " as amended; the Welsh list was not read)", Confidence.UNVERIFIED)
                .in(Jurisdiction.WALES))
        .evidence("the voluntary, victim, neighbourhood and other bodies invited to take part"
            + " recorded as members with the role of participating body", c -> {
              Records r = new Records(c);
              String id = r.organisation(io.github.sscp.model.organisation.OrganisationType
                  .VOLUNTARY_OR_COMMUNITY, "voluntary-sector", "The voluntary sector forum");
              r.member(id, MembershipRole.PARTICIPATING_BODY);
              return r.yaml();
            })
        .check(c -> {
          List<At<Membership>> found = Evidence.memberships(c.partnership(), c.asOf(),
              m -> m.role() == MembershipRole.PARTICIPATING_BODY);
          return found.isEmpty()
              ? c.notMet("No participating body is recorded on " + c.asOf() + ".",
                  "Record the voluntary, victim, neighbourhood and other bodies invited to take"
                      + " part, as members with the role of participating body.", List.of())
              : c.met(found.size() + " participating bod" + (found.size() == 1 ? "y is" : "ies are")
                  + " recorded on " + c.asOf() + "; whether each prescribed description is covered"
                  + " is not checked.", Evidence.paths(found));
        }).build();
  }

  private static Rule combination() {
    return StatutoryRule.builder("CDA98-S5A-COMBINATION", "A merged partnership rests on a"
        + " combination agreement").source(ACT, "s5A, s5(1A)-(1C)",
            "https://legislation.gov.uk/ukpga/1998/37/section/5A")
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(PCCS, "partnerships are merged only by a written combination"
            + " agreement made by the police and crime commissioner with all the responsible"
            + " authorities of the combined area (and the Secretary of State if more than one police"
            + " area); a commissioner cannot impose a merger", Confidence.HIGH)
            .in(Jurisdiction.ENGLAND).amendedBy(
                new LegalSource("Police Reform and Social Responsibility Act 2011", "Sch 11",
                    "https://www.legislation.gov.uk/ukpga/2011/13/schedule/11")))
        .elsewhere("England only: s5(1A) lets two or more local government areas in England"
            + " combine; a Welsh partnership working with another keeps its own duties")
        .evidence("the combination agreement: the date it was made and every party (each"
            + " responsible authority and the commissioner; the Secretary of State where more than"
            + " one police area is combined)", c -> {
              Records r = new Records(c);
              List<String> parties = new ArrayList<>(r.responsibleAuthorities(c.jurisdiction()));
              parties.add(r.policingBody());
              r.object("statutory", "combinationAgreement:", "  madeOn: " + r.recently(),
                  "  partyOrganisationIds: [" + String.join(", ", parties) + "]",
                  "  secretaryOfStateParty: " + (c.partnership().policeForceAreas().size() > 1));
              return r.yaml();
            })
        .check(c -> {
          Partnership p = c.partnership();
          if (!p.merged()) {
            return c.notApplicable("The partnership is not a merged one.");
          }
          Optional<CombinationAgreement> agreement = p.statutory().combinationAgreement();
          if (agreement.isEmpty()) {
            return c.notMet("The partnership is merged, but no combination agreement is recorded.",
                "Record the combination agreement: date made and every party.", List.of());
          }
          CombinationAgreement a = agreement.get();
          List<String> missing = new ArrayList<>();
          for (At<Membership> m : Evidence.memberships(p, c.asOf(),
              x -> x.role() == MembershipRole.RESPONSIBLE_AUTHORITY)) {
            if (!a.partyOrganisationIds().contains(m.value().organisationId())) {
              missing.add(m.value().organisationId());
            }
          }
          boolean pcc = Evidence.policingBodies(p, c.asOf()).stream()
              .anyMatch(a.partyOrganisationIds()::contains);
          String path = "statutory.combinationAgreement";
          if (!missing.isEmpty() || !pcc) {
            return c.notMet("The combination agreement does not have every party the law needs"
                + (missing.isEmpty() ? "" : "; missing responsible authorities: "
                    + Evidence.names(p, missing)) + (pcc ? "" : "; the police and crime commissioner"
                    + " is not a party") + ".", "Record every responsible authority and the"
                    + " commissioner as parties (the commissioner cannot impose a merger).",
                List.of(path + ".partyOrganisationIds"));
          }
          if (p.policeForceAreas().size() > 1 && !a.secretaryOfStateParty()) {
            return c.notMet("The combined area spans more than one police area, but the Secretary"
                + " of State is not a party.", "Record the Secretary of State as a party.",
                List.of(path));
          }
          return c.met("The combination agreement has every responsible authority and the"
              + " commissioner as parties.", List.of(path));
        }).build();
  }

  private static Rule strand(String id, String title, String provision, Set<StatutoryStrand> needed,
      String purpose, List<RuleVersion> versions) {
    return StatutoryRule.builder(id, title).source(ACT, provision, S6)
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES).version(versions.toArray(RuleVersion[]::new))
        .evidence("an adopted strategy in force whose statutory strands, as last restated, include"
            + " " + Phrases.list(needed.stream().map(StatutoryStrand::description).toList()),
            c -> strandsRecord(c))
        .check(c -> {
          List<At<Strategy>> inForce = Evidence.strategies(c.partnership(), c.asOf());
          if (inForce.isEmpty()) {
            return c.notMet("No strategy is in force on " + c.asOf() + ".", "Adopt a strategy whose"
                + " period covers " + c.asOf() + " and that sets out how the partnership will "
                + purpose + ".", List.of());
          }
          for (At<Strategy> s : inForce) {
            Set<StatutoryStrand> declared = s.value().statutoryStrandsOn(c.asOf());
            if (declared.containsAll(needed)) {
              return c.met(s.value().title() + " covers this strand on " + c.asOf() + ".",
                  List.of(s.path() + ".statutoryStrands"));
            }
          }
          At<Strategy> s = inForce.get(0);
          Set<StatutoryStrand> declared = s.value().statutoryStrandsOn(c.asOf());
          EnumSet<StatutoryStrand> lacking = EnumSet.copyOf(needed);
          lacking.removeAll(declared);
          String lists = declared.isEmpty() ? " declares no statutory strand"
              : " lists " + (declared.size() == 1 ? "strand " : "strands ") + Phrases.list(
                  declared.stream().map(x -> x.provision().replace("s6(1)", "")).toList());
          String since = c.version().from().map(d -> "since " + Phrases.date(d) + " it must also"
              + " cover ").orElse("it must also cover ");
          String addressed = needed.contains(StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES)
              ? violenceIssue(s.value()).map(k -> "; key crime issue " + k.order() + ", "
                  + k.title() + ", addresses violence").orElse("") : "";
          EnumSet<StatutoryStrand> all = EnumSet.copyOf(declared);
          all.addAll(needed);
          return c.notMet(s.value().title() + lists + "; " + since + Phrases.list(lacking.stream()
              .map(StatutoryStrand::description).toList()) + addressed + ".", "Record whether the"
                  + " strategy covers " + (lacking.size() == 1 ? "it" : "them") + ": if it does, "
                  + "record a revision whose strands are the complete set, " + Phrases.list(all
                      .stream().map(x -> x.provision().replace("s6(1)", "")).toList())
                  + "; if not, revise the strategy to set out how the partnership will " + purpose
                  + ".", List.of(s.path() + ".statutoryStrands"));
        }).build();
  }

  /**
   * Records the strands: a strategy for the date when there is none, else a revision of the one in
   * force restating the complete set the law requires.
   */
  static String strandsRecord(Context c) {
    Records r = new Records(c);
    Set<StatutoryStrand> all = Records.strandsRequired(c.asOf());
    Optional<Strategy> s = r.strategyInForce();
    if (s.isEmpty()) {
      r.strategy(all);
      return r.yaml();
    }
    EnumSet<StatutoryStrand> complete = EnumSet.copyOf(all);
    complete.addAll(s.get().statutoryStrandsOn(c.asOf()));
    r.item("strategies", "id: " + s.get().id(), "revisions:", "- version: \"strands restated "
        + c.asOf().getYear() + "\"", "  kind: ANNUAL_REFRESH", "  year: " + c.asOf().getYear(),
        "  agreedOn: " + c.asOf(), "  effectiveFrom: " + c.asOf(), "  statutoryStrands: ["
        + String.join(", ", complete.stream().map(Enum::name).toList()) + "]");
    return r.yaml();
  }

  /** The first key crime issue of a strategy that is about violence, by its words. */
  private static Optional<io.github.sscp.model.strategy.KeyCrimeIssue> violenceIssue(Strategy s) {
    return s.keyCrimeIssues().stream().sorted(java.util.Comparator.comparingInt(
        io.github.sscp.model.strategy.KeyCrimeIssue::order)).filter(k -> k.title()
            .toLowerCase(java.util.Locale.UK).contains("violen") || k.subIssues().stream()
                .anyMatch(x -> x.title().toLowerCase(java.util.Locale.UK).contains("violen")))
        .findFirst();
  }

  private static Rule haveRegard() {
    return StatutoryRule.builder("CDA98-S6-1A-HAVE-REGARD-PCP", "The strategy has regard to the"
        + " police and crime plan").source(ACT, "s6(1A)", S6)
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(PCCS, "each responsible authority has regard to the police and"
            + " crime objectives in the police and crime plan", Confidence.HIGH)
            .in(Jurisdiction.ENGLAND),
            RuleVersion.from(PCCS, "each responsible authority has regard to the police and crime"
                + " objectives, except in exercising devolved Welsh functions (the extent of the"
                + " carve-out is not verified)", Confidence.UNVERIFIED).in(Jurisdiction.WALES))
        .evidence("the strategy's alignment to the police and crime plan, or the policing body as"
            + " one of the strategy's owners", c -> {
              Records r = new Records(c);
              String id = r.strategy(Records.strandsRequired(c.asOf()));
              r.item("strategies", "id: " + id, "alignments:", "- planKind: POLICE_AND_CRIME_PLAN",
                  "  planName: \"Police and crime plan\"");
              return r.yaml();
            })
        .check(c -> {
          if (PolicingBodies.cityOfLondon(c.partnership())) {
            return c.notApplicable("The City of London has no police and crime plan: plans are"
                + " issued by elected local policing bodies, and the City's policing body, the"
                + " Common Council, is not elected.");
          }
          List<At<Strategy>> inForce = Evidence.strategies(c.partnership(), c.asOf());
          List<String> bodies = Evidence.policingBodies(c.partnership(), c.asOf());
          for (At<Strategy> s : inForce) {
            if (s.value().coOwnerOrganisationIds().stream().anyMatch(bodies::contains)) {
              return c.met(s.value().title() + " is owned jointly with "
                  + Evidence.names(c.partnership(), s.value().coOwnerOrganisationIds().stream()
                      .filter(bodies::contains).toList()) + ".", List.of(s.path()
                      + ".coOwnerOrganisationIds"));
            }
          }
          for (At<Strategy> s : inForce) {
            for (int i = 0; i < s.value().alignments().size(); i++) {
              if (s.value().alignments().get(i).planKind() == ExternalPlanKind.POLICE_AND_CRIME_PLAN) {
                return c.met(s.value().title() + " is aligned to "
                    + s.value().alignments().get(i).planName() + ".",
                    List.of(s.path() + ".alignments[" + i + "]"));
              }
            }
          }
          return inForce.isEmpty()
              ? c.notMet("No strategy is in force on " + c.asOf() + ", so none has regard to the"
                  + " police and crime plan.", "Adopt a strategy aligned to the police and crime"
                  + " plan.", List.of())
              : c.insufficient("No strategy in force records an alignment to the police and crime"
                  + " plan.", "Record how the strategy has regard to the police and crime plan's"
                  + " objectives, as an alignment to that plan.");
        }).build();
  }

  private static Rule pccMeetings() {
    return StatutoryRule.builder("CDA98-S6-4A-PCC-MEETINGS", "Responsible authorities attend"
        + " meetings the commissioner calls").source(ACT, "s6(4A); SI 2007/1830 reg 14A", S6)
        .holder(DutyHolder.RESPONSIBLE_AUTHORITIES)
        .version(RuleVersion.from(PCCS, "a police and crime commissioner (or a mayor treated as"
            + " one; not the Mayor's Office for Policing and Crime or the Common Council) may"
            + " require the responsible authorities' representatives to attend a meeting on the"
            + " strategies", Confidence.MEDIUM).in(Jurisdiction.ENGLAND))
        .elsewhere("England only: s6(3)(ca) gives the power to police and crime commissioners for"
            + " police areas in England; no Welsh counterpart")
        .evidence("the attendance of every responsible authority at each meeting the commissioner"
            + " calls", c -> pccMeetingRecord(c))
        .check(c -> pccMeetingsCheck(c)).build();
  }

  /** Records every responsible authority at the commissioner's latest meeting. */
  static String pccMeetingRecord(Context c) {
    Records r = new Records(c);
    Partnership p = c.partnership();
    List<String> pccs = Evidence.policingBodies(p, c.asOf());
    List<At<Meeting>> called = Evidence.meetingsHeld(p, c.asOf(),
        m -> m.calledByOrganisationId().map(pccs::contains).orElse(false));
    List<String> authorities = Evidence.memberships(p, c.asOf(),
        m -> m.role() == MembershipRole.RESPONSIBLE_AUTHORITY).stream()
        .map(a -> a.value().organisationId()).distinct().toList();
    if (!called.isEmpty()) {
      List<String> absent = authorities.stream().filter(a -> !called.get(0).value()
          .attendeeOrganisationIds().contains(a)).toList();
      r.item("meetings", "id: " + called.get(0).value().id(), "attendeeOrganisationIds: ["
          + String.join(", ", absent) + "]");
    }
    return r.yaml();
  }

  static Finding pccMeetingsCheck(Context c) {
    Partnership p = c.partnership();
    java.util.Optional<io.github.sscp.model.organisation.LocalPolicingBodyKind> kind =
        PolicingBodies.electedKind(p, c.asOf());
    if (PolicingBodies.cityOfLondon(p)) {
      return c.notApplicable("The City of London's policing body is the Common Council, which is"
          + " not a police and crime commissioner; the power does not apply.");
    }
    if (kind.map(k -> !PolicingBodies.isCommissioner(k, c.asOf())).orElse(false)) {
      return c.notApplicable("The Mayor's Office for Policing and Crime is not a police and crime"
          + " commissioner, and no provision treats it as one; the power is not available in"
          + " London.");
    }
    List<String> pccs = Evidence.policingBodies(p, c.asOf());
    List<At<Meeting>> called = Evidence.meetingsHeld(p, c.asOf(),
        m -> m.calledByOrganisationId().map(pccs::contains).orElse(false));
    if (called.isEmpty()) {
      return c.notApplicable("No meeting called by the commissioner is recorded up to " + c.asOf()
          + ".");
    }
    List<String> authorities = Evidence.memberships(p, c.asOf(),
        m -> m.role() == MembershipRole.RESPONSIBLE_AUTHORITY).stream()
        .map(a -> a.value().organisationId()).distinct().toList();
    Meeting latest = called.get(0).value();
    List<String> absent = authorities.stream()
        .filter(a -> !latest.attendeeOrganisationIds().contains(a)).toList();
    return absent.isEmpty()
        ? c.met("Every responsible authority attended the commissioner's meeting of "
            + latest.date() + ".", List.of(called.get(0).path()))
        : c.notMet("At the commissioner's meeting of " + latest.date() + " these responsible"
            + " authorities were not represented: " + Evidence.names(p, absent) + ".",
            "Send a representative of each responsible authority to meetings the commissioner"
                + " calls, and record attendance.", List.of(called.get(0).path()
                + ".attendeeOrganisationIds"));
  }
}
