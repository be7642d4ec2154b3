package io.github.sscp.examples.southampton;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.evidence.StrategicAssessment;
import io.github.sscp.model.evidence.Survey;
import io.github.sscp.model.funding.BidStatus;
import io.github.sscp.model.funding.Funding;
import io.github.sscp.model.funding.FundingBid;
import io.github.sscp.model.funding.Money;
import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.ComparatorSource;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.Nation;
import io.github.sscp.model.governance.Decision;
import io.github.sscp.model.governance.DecisionOutcome;
import io.github.sscp.model.governance.GovernanceBody;
import io.github.sscp.model.governance.GovernanceBodyType;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.governance.MeetingBusiness;
import io.github.sscp.model.governance.MeetingFormat;
import io.github.sscp.model.governance.MeetingStatus;
import io.github.sscp.model.governance.Risk;
import io.github.sscp.model.governance.RiskCategory;
import io.github.sscp.model.measure.Baseline;
import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.measure.CrimeCategorySystem;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.MeasureBinding;
import io.github.sscp.model.measure.MeasureDefinition;
import io.github.sscp.model.measure.ToleranceMode;
import io.github.sscp.model.measure.TolerancePolicy;
import io.github.sscp.model.measure.ObservationLog;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.measure.TargetType;
import io.github.sscp.model.measure.ValueType;
import io.github.sscp.model.organisation.ContactDetails;
import io.github.sscp.model.organisation.ChiefOfficerKind;
import io.github.sscp.model.organisation.FireAuthorityKind;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.LocalAuthorityTier;
import io.github.sscp.model.organisation.LocalPolicingBodyKind;
import io.github.sscp.model.organisation.ManagingTeam;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.governance.Officeholder;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.organisation.OrganisationType;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.organisation.Person;
import io.github.sscp.model.organisation.ResponsibleAuthorityType;
import io.github.sscp.model.organisation.Selection;
import io.github.sscp.model.strategy.Action;
import io.github.sscp.model.strategy.ActionStatus;
import io.github.sscp.model.strategy.Annex;
import io.github.sscp.model.strategy.AnnexKind;
import io.github.sscp.model.strategy.CommunicationsPlan;
import io.github.sscp.model.strategy.ExternalPlanKind;
import io.github.sscp.model.strategy.FocusArea;
import io.github.sscp.model.strategy.FocusAreaKind;
import io.github.sscp.model.strategy.KeyCrimeIssue;
import io.github.sscp.model.strategy.PlanAlignment;
import io.github.sscp.model.strategy.Priority;
import io.github.sscp.model.strategy.Programme;
import io.github.sscp.model.strategy.RevisionKind;
import io.github.sscp.model.strategy.ScheduledReview;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.strategy.Strategy;
import io.github.sscp.model.strategy.StrategyRevision;
import io.github.sscp.model.strategy.StrategyStatus;
import io.github.sscp.model.strategy.SubIssue;
import io.github.sscp.model.time.DateRange;
import io.github.sscp.model.time.FinancialYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The Southampton Safe City Partnership (SSCP) as its 2024 strategy-refresh briefing describes it.
 * "Seed" below means that briefing ({@code docs/seed/sscp-briefing-2024.txt}); "para N" is its
 * numbered paragraph. Where the briefing is silent (Annex 1, the obsessions' content, is not
 * public), the content is marked {@link Provenance#illustrative(String) illustrative} in the data.
 */
public final class SouthamptonSafeCityPartnership {

  /** Citation of the seed. */
  public static final String SEED = "Southampton City Council, Safe City Partnership strategy"
      + " refresh briefing (2024)";

  static final String ANNEX_1_NOT_PUBLIC = "Annex 1 (the obsessions' content) is not public;"
      + " sscp shows the structure with made-up wording, dates and targets";

  /** Measure id: residential burglary offences (real Home Office figures). */
  public static final String RESIDENTIAL_BURGLARY = "residential-burglary";
  /** Measure id: theft or unauthorised taking of a motor vehicle (real Home Office figures). */
  public static final String THEFT_OF_MOTOR_VEHICLE = "theft-of-motor-vehicle";

  static final String COUNCIL = "southampton-city-council";
  static final String POLICE = "hiow-constabulary";
  static final String FIRE = "hiow-fire-and-rescue";
  static final String ICB = "hsiow-icb";
  static final String PROBATION = "probation-southampton";
  static final String BOARD = "sscp-strategic-board";
  static final String CABINET = "scc-cabinet";

  private SouthamptonSafeCityPartnership() {}

  private static Provenance seed(String paragraph) {
    return Provenance.sourced(SEED + ", " + paragraph);
  }

  /** GSS codes come from the ONS district → CSP → force lookup of December 2019. */
  private static GeographyRef lookup(GeographyRef ref) {
    return GeographyRef.builder().from(ref).vintage(2019)
        .provenance(Provenance.sourced("ONS LAD to CSP to PFA lookup, December 2019")).build();
  }

  /**
   * Builds the partnership, with the real quarterly recorded-crime observations.
   *
   * @return the partnership, valid, not null
   */
  public static Partnership build() {
    return Partnership.builder()
        .id("southampton-safe-city-partnership")
        // Summary: "The local Community Safety Partnership, 'Southampton Safe City Partnership' (SSCP)"
        .name("Southampton Safe City Partnership")
        .shortName("SSCP")
        .nation(Nation.ENGLAND)
        // GSS codes from the ONS district -> CSP -> force lookup (Dec 2019)
        .area(lookup(GeographyRef.of(GssCode.of("E22000120"), "Southampton")))
        .structure(LocalGovernmentStructure.UNITARY)
        .addCoveredArea(lookup(GeographyRef.of(GssCode.of("E06000045"), "Southampton")))
        .addPoliceForceArea(lookup(GeographyRef.of(GssCode.of("E23000030"), "Hampshire")))
        // para 1: "managed by the Council's Stronger Communities team on behalf of ... statutory partners"
        .managingTeam(ManagingTeam.of("Stronger Communities", COUNCIL))
        .addAllOrganisations(organisations())
        .addAllMemberships(memberships())
        .addAllPeople(people())
        .addAllOfficeholders(officeholders())
        .addGovernanceBody(GovernanceBody.builder().id(BOARD).name("SSCP Strategic Board")
            .type(GovernanceBodyType.STRATEGIC_BOARD).build())
        .addGovernanceBody(GovernanceBody.builder().id(CABINET).name("Southampton City Council Cabinet")
            .type(GovernanceBodyType.CABINET).addOwnerOrganisationId(COUNCIL).build())
        .addAllMeetings(meetings())
        .addStrategy(strategy())
        .addStrategicAssessment(assessment())
        // para 5: the key crime issues were identified "by data analysis and the public survey"
        .addSurvey(Survey.builder().id("public-survey").title("Public survey")
            .description("Public survey that, with data analysis, identified the key crime issues")
            .build())
        .addAllCrimeCategories(localCrimeCategories())
        .addAllMeasures(measures())
        .observations(ObservationLog.of(SouthamptonRecordedCrime.observations()))
        .funding(funding())
        .addRisk(risk())
        .addComparatorGroup(illustrativePeers())
        .addTolerancePolicy(TolerancePolicy.builder().id("illustrative-board-tolerance")
            .name("Illustrative: amber when up to 10% short of target, red beyond")
            .mode(ToleranceMode.RELATIVE).tolerance(BigDecimal.TEN).build())
        .defaultTolerancePolicyId("illustrative-board-tolerance")
        .build();
  }

  /** The file name of the Home Office table the partnership file names, beside it. */
  public static final String HOME_OFFICE_FILE = "ho-csp-extract-southampton-and-peers.csv";
  /** The file name of the police.uk street files the partnership file names, beside it. */
  public static final String POLICE_UK_FILE = "southampton-police-uk-street.zip";

  /**
   * Builds the partnership as its file records it: no observations, but the two data files they
   * are read from, named beside it (the Home Office table of Southampton and its peers, and
   * thirteen months of police.uk street files). Reading the file with its data files gives the
   * recorded-crime observations of {@link #build()}.
   *
   * @return the partnership as its file holds it, valid, not null
   */
  public static Partnership document() {
    return build().withObservations(ObservationLog.EMPTY).withDataFiles(
        io.github.sscp.model.measure.DataFile.builder().path(HOME_OFFICE_FILE)
            .note("Home Office police recorded crime by Community Safety Partnership, Southampton"
                + " and five peers, 2015/16 Q1 to 2025/26 Q4 (Open Government Licence v3.0)")
            .build(),
        io.github.sscp.model.measure.DataFile.builder().path(POLICE_UK_FILE)
            .note("police.uk street-level crime for Southampton, 13 monthly files from 2017-03"
                + " to 2022-02 (Open Government Licence v3.0)")
            .build());
  }

  /**
   * Builds the partnership as it was recorded before the 2024 refresh: the strategy adopted for
   * 2022-27 with its three priorities and three strands, before the election of Rob Henderson as
   * chair, the key crime issues for 2024-28 and the obsessions agreed at the workshop of 29 January
   * 2024, and before the refresh's annexes, tactical programmes and communications plan. The briefing says nothing else
   * about 2022, so the earlier chair is illustrative (not named) and everything else is as today.
   *
   * @return the earlier version, not null
   */
  public static Partnership before2024Refresh() {
    Partnership now = build();
    Strategy strategy = now.strategies().get(0);
    Strategy earlier = Strategy.builder().from(strategy)
        .keyCrimeIssues(java.util.List.of()).focusAreas(java.util.List.of())
        .programmes(java.util.List.of()).revisions(java.util.List.of())
        .annexes(java.util.List.of()).communicationsPlan(java.util.Optional.empty())
        .approvalDecisionIds(java.util.List.of()).build();
    Provenance notNamed = Provenance.illustrative("the briefing does not name the chair before"
        + " the election of Rob Henderson");
    java.util.List<Person> people = new java.util.ArrayList<>(now.people().stream()
        .filter(x -> !x.id().equals("rob-henderson")).toList());
    people.add(Person.builder().id("earlier-chair").displayName("the earlier chair, not named in"
        + " the briefing").provenance(notNamed).build());
    java.util.List<Officeholder> offices = now.officeholders().stream()
        .map(o -> o.office() == Office.CHAIR ? Officeholder.builder().from(o)
            .personId("earlier-chair").provenance(notNamed).build() : o).toList();
    return Partnership.builder().from(now).people(people).officeholders(offices)
        .meetings(now.meetings().stream().filter(m -> m.date().getYear() < 2024).toList())
        .strategies(java.util.List.of(earlier)).build();
  }

  private static java.util.List<Organisation> organisations() {
    return java.util.List.of(
        // para 2: the council is a statutory member; Southampton City Council is a unitary authority
        Organisation.builder().id(COUNCIL).name("Southampton City Council")
            .type(OrganisationType.LOCAL_AUTHORITY).localAuthorityTier(LocalAuthorityTier.UNITARY)
            .area(GssCode.of("E06000045")).build(),
        // para 1: the force is led by a chief constable, the responsible authority (not the PCC)
        Organisation.builder().id(POLICE).name("Hampshire and Isle of Wight Constabulary")
            .type(OrganisationType.POLICE_FORCE).chiefOfficer(ChiefOfficerKind.CHIEF_CONSTABLE)
            .area(GssCode.of("E23000030")).build(),
        Organisation.builder().id(FIRE).name("Hampshire and Isle of Wight Fire and Rescue Service")
            .type(OrganisationType.FIRE_AND_RESCUE)
            .fireAuthorityKind(FireAuthorityKind.COMBINED_FIRE_AUTHORITY)
            .provenance(Provenance.inferred(SEED + ", para 1", "the briefing names the service;"
                + " its authority is the Hampshire and Isle of Wight combined fire authority"))
            .build(),
        org(ICB, "Hampshire, Southampton and Isle of Wight Integrated Care Board",
            OrganisationType.HEALTH_BODY),
        org(PROBATION, "National Probation Service (Southampton)", OrganisationType.PROBATION),
        org("no-limits", "No Limits", OrganisationType.VOLUNTARY_OR_COMMUNITY),
        org("saints-foundation", "Saints Foundation", OrganisationType.VOLUNTARY_OR_COMMUNITY),
        Organisation.builder().id("opcc-vru")
            .name("OPCC (Office of Police and Crime Commissioner) Violence Reduction Unit")
            .addAlias("OPCC Violence Reduction Unit").type(OrganisationType.VIOLENCE_REDUCTION_UNIT)
            .build(),
        org("southampton-voluntary-services", "Southampton Voluntary Services",
            OrganisationType.VOLUNTARY_OR_COMMUNITY),
        org("victim-support", "Victim Support", OrganisationType.VOLUNTARY_OR_COMMUNITY),
        // para 11: funders of the bids
        org("home-office", "Home Office", OrganisationType.GOVERNMENT_DEPARTMENT),
        Organisation.builder().id("opcc").name("Office of the Police and Crime Commissioner")
            .addAlias("OPCC").type(OrganisationType.LOCAL_POLICING_BODY)
            .policingBodyKind(LocalPolicingBodyKind.POLICE_AND_CRIME_COMMISSIONER).build());
  }

  private static Organisation org(String id, String name, OrganisationType type) {
    return Organisation.builder().id(id).name(name).type(type).build();
  }

  private static java.util.List<Membership> memberships() {
    return java.util.List.of(
        // para 2: "Southampton City Council is a statutory member"
        Membership.responsibleAuthority(COUNCIL, ResponsibleAuthorityType.LOCAL_AUTHORITY),
        // para 1: the statutory partners
        Membership.responsibleAuthority(POLICE, ResponsibleAuthorityType.CHIEF_OFFICER_OF_POLICE),
        Membership.responsibleAuthority(FIRE, ResponsibleAuthorityType.FIRE_AND_RESCUE_AUTHORITY),
        Membership.healthBody(ICB, HealthBodyKind.INTEGRATED_CARE_BOARD),
        Membership.responsibleAuthority(PROBATION, ResponsibleAuthorityType.PROBATION_PROVIDER),
        // para 7: "The board includes non-statutory partners"
        Membership.nonStatutory("no-limits", PartnerCategory.CHARITY),
        Membership.nonStatutory("saints-foundation", PartnerCategory.CHARITY),
        Membership.nonStatutory("opcc-vru", PartnerCategory.VIOLENCE_REDUCTION_UNIT),
        Membership.nonStatutory("southampton-voluntary-services", PartnerCategory.VOLUNTARY_SECTOR),
        Membership.nonStatutory("victim-support", PartnerCategory.VICTIM_SERVICES));
  }

  private static java.util.List<Person> people() {
    return java.util.List.of(
        Person.builder().id("rob-henderson").displayName("Rob Henderson").roleTitle("Chair, SSCP").build(),
        Person.builder().id("cllr-lambert").displayName("Cllr Lambert")
            .roleTitle("Cabinet Member for Communities and Safer City").organisationId(COUNCIL).build(),
        // "Further Information Available From": contact details are personal data
        Person.builder().id("chris-brown").displayName("Chris Brown")
            .roleTitle("Head of Service, Stronger Communities").organisationId(COUNCIL)
            .contact(ContactDetails.builder().telephone("07450 231180")
                .email("chris.brown@southampton.gov.uk").build())
            .build());
  }

  private static java.util.List<Officeholder> officeholders() {
    return java.util.List.of(
        // Summary: "the election of Rob Henderson as the new Chair of the SSCP"
        Officeholder.builder().office(Office.CHAIR).personId("rob-henderson")
            .selection(Selection.ELECTED).provenance(seed("Summary")).build(),
        // para 8: "The lead Cabinet Member is Cllr Lambert, the Cabinet Member for Communities and Safer City"
        Officeholder.builder().office(Office.LEAD_CABINET_MEMBER).personId("cllr-lambert")
            .portfolio("Communities and Safer City").provenance(seed("para 8")).build(),
        // para 11: "the Partnership Manager (The Head of Service - Stronger Communities)"
        Officeholder.builder().office(Office.PARTNERSHIP_MANAGER).personId("chris-brown")
            .selection(Selection.EX_OFFICIO).provenance(seed("para 11")).build(),
        Officeholder.builder().office(Office.CONTACT_OFFICER).personId("chris-brown")
            .provenance(seed("Further Information Available From")).build());
  }

  private static java.util.List<Meeting> meetings() {
    return java.util.List.of(
        // para 4: the board workshop that agreed the obsessions
        Meeting.builder().id("board-workshop-2024-01-29").bodyId(BOARD).date(LocalDate.of(2024, 1, 29))
            .format(MeetingFormat.WORKSHOP).status(MeetingStatus.HELD)
            .addBusiness(MeetingBusiness.PLAN_APPROVAL)
            .addPurpose("Discuss and agree the key tactical areas ('Obsessions') for action in the"
                + " remaining years of the Strategy")
            .addDecision(Decision.builder().id("agree-obsessions")
                .summary("Agreed the key tactical areas ('Obsessions')").outcome(DecisionOutcome.AGREED)
                .build())
            .provenance(seed("para 4")).build(),
        // para 8: "reviewed and agreed at the SSCP strategic board on 1 July 2024"
        Meeting.builder().id("board-2024-07-01").bodyId(BOARD).date(LocalDate.of(2024, 7, 1))
            .status(MeetingStatus.HELD).addBusiness(MeetingBusiness.PLAN_APPROVAL)
            .addDecision(Decision.builder().id("agree-revised-strategy")
                .summary("Reviewed and agreed the revised strategy").outcome(DecisionOutcome.AGREED)
                .build())
            .provenance(seed("para 8")).build(),
        // para 12: "scheduled to be considered by Cabinet at the 29 October meeting"; the year is inferred
        Meeting.builder().id("cabinet-2024-10-29").bodyId(CABINET).date(LocalDate.of(2024, 10, 29))
            .status(MeetingStatus.SCHEDULED).addBusiness(MeetingBusiness.PLAN_APPROVAL)
            .addDecision(Decision.builder().id("cabinet-consider-refresh")
                .summary("Consider the draft refresh of the strategy").outcome(DecisionOutcome.PENDING)
                .build())
            .provenance(Provenance.inferred(SEED + ", para 12",
                "the briefing gives '29 October' without a year; 2024 is the year of the briefing"))
            .build());
  }

  private static Strategy strategy() {
    return Strategy.builder()
        .id("safe-city-strategy-2022-27")
        .title("Safe City Strategy 2022-27")
        // Summary: "a strategy ... for 22-27"; the financial-year bounds are an assumption of the example
        .period(DateRange.of(LocalDate.of(2022, 4, 1), LocalDate.of(2027, 4, 1)))
        .periodProvenance(Provenance.inferred(SEED + ", Summary", "the briefing says '22-27';"
            + " read as the financial years 2022/23 to 2026/27"))
        .provenance(seed("Summary and paras 2, 8"))
        .status(StrategyStatus.ACTIVE)
        // para 2 lists (a)-(c) only: recorded exactly as declared; the compliance engine judges (d)
        .addStatutoryStrands(StatutoryStrand.CRIME_AND_DISORDER, StatutoryStrand.SUBSTANCE_MISUSE,
            StatutoryStrand.REOFFENDING)
        .addAllPriorities(priorities())
        .addAllKeyCrimeIssues(keyCrimeIssues())
        .addAllFocusAreas(obsessions())
        .addAllProgrammes(programmes())
        // Summary: the mid-term review
        .addRevision(StrategyRevision.builder().version("2024 mid-term refresh")
            .kind(RevisionKind.MID_TERM_REFRESH).year(2024).agreedOn(LocalDate.of(2024, 7, 1))
            .addReason("The opportunity to conduct a mid-term review coincided with the election of"
                + " Rob Henderson as the new Chair of the SSCP")
            .addReason("Over a 5-year strategy key partner representatives change, as do crime and"
                + " disorder trends")
            .addChange("The core priorities of the strategy remain")
            .addChange("A refocused tactical plan: tactical 'obsessions', each with a summary of data,"
                + " what needs to be done, how we will do it and measures of success (paras 5-6)")
            .addDecisionIds("agree-obsessions", "agree-revised-strategy")
            .build())
        // para 8: "Preparation for a full review of the strategy will commence in 2026/27"
        .addScheduledReview(ScheduledReview.builder().kind(RevisionKind.FULL_REVIEW)
            .when(FinancialYear.of(2026)).description("Preparation for a full review of the strategy"
                + " commences").build())
        .addEvidenceAssessmentId("safe-city-strategic-assessment-2022-23")
        .addEvidenceSurveyId("public-survey")
        .addApprovalDecisionId("agree-revised-strategy")
        // para 8: "progress and review of key performance indicators will then be managed by the Strategic Board"
        .kpiReviewBodyId(BOARD)
        // para 9
        .addAlignment(PlanAlignment.builder().planKind(ExternalPlanKind.CORPORATE_PLAN)
            .planName("Southampton City Council corporate priorities").ownerOrganisationId(COUNCIL)
            .externalPriority("A Proud and Resilient City")
            .commitment("Help communities feel safer within their neighbourhoods with a sense of belonging")
            .addPriorityIds("keeping-people-safe", "safe-and-strong-communities")
            .build())
        .addAnnex(Annex.builder().number(1).title("Refresh of Southampton Safe City Strategy")
            .kind(AnnexKind.TACTICAL_PLAN).published(false).provenance(seed("Appendices")).build())
        .addAnnex(Annex.builder().number(2)
            .title("Rolling 12 month comparison for key crime types in Southampton")
            .kind(AnnexKind.PERFORMANCE_COMPARISON).published(false)
            .addMeasureIds(RESIDENTIAL_BURGLARY, THEFT_OF_MOTOR_VEHICLE)
            .provenance(Provenance.illustrative("Annex 2 is not public: its crime types here are the two"
                + " key theft types sscp has real quarterly figures for"))
            .build())
        // para 12
        .communicationsPlan(CommunicationsPlan.builder().status("being developed")
            .launch("following the next meeting of the SSCP")
            .addRegularUpdateProgrammeIds("safer-streets-5", "ukspf-safer-streets", "young-peoples-service")
            .build())
        .build();
  }

  private static java.util.List<Priority> priorities() {
    // Summary: "The overarching SCCP priorities remain"; aliases are the 2021 consultation wording
    return java.util.List.of(
        Priority.builder().id("keeping-people-safe").order(1).title("Keeping People safe from harm")
            .provenance(seed("Summary")).build(),
        Priority.builder().id("reducing-reoffending").order(2).title("Preventing and Reducing Reoffending")
            .addAlias("Preventing and reducing offending").provenance(seed("Summary")).build(),
        Priority.builder().id("safe-and-strong-communities").order(3)
            .title("Creating Safe and Strong Communities").addAlias("Creating safe, stronger communities")
            .provenance(seed("Summary")).build());
  }

  private static java.util.List<KeyCrimeIssue> keyCrimeIssues() {
    // Summary: "The key crime issues to respond to for 2024-28, identified by the annual SSCP 'Safe City' assessment"
    DateRange period = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 4, 1));
    Provenance issues = Provenance.inferred(SEED + ", Summary", "the briefing says '2024-28'; read as"
        + " the financial years 2024/25 to 2027/28");
    String assessment = "safe-city-strategic-assessment-2022-23";
    return java.util.List.of(
        KeyCrimeIssue.builder().id("violent-crime").order(1).title("Tackling Violent Crime")
            .period(period).provenance(issues).addIdentifiedByAssessmentId(assessment)
            .addCrimeCategoryIds("home-office/violence-against-the-person", "police-uk/violent-crime")
            .addSubIssue(sub("serious-youth-violence", "serious youth violence", "local/serious-youth-violence"))
            .addSubIssue(sub("domestic-abuse", "domestic abuse", "local/domestic-abuse"))
            .addSubIssue(sub("rape", "rape", "home-office/rape"))
            .build(),
        KeyCrimeIssue.builder().id("theft").order(2).title("Tackling Theft").period(period)
            .provenance(issues)
            .addIdentifiedByAssessmentId(assessment)
            .addSubIssue(sub("burglary", "burglary", "home-office/burglary-residential", "police-uk/burglary"))
            .addSubIssue(sub("retail-theft", "retail theft", "home-office/shoplifting", "police-uk/shoplifting"))
            .addSubIssue(sub("car-theft", "car theft", "home-office/theft-of-motor-vehicle"))
            .build(),
        KeyCrimeIssue.builder().id("anti-social-behaviour").order(3)
            .title("Tackling anti-social behaviour")
            .approach("through rapid and effective partnership responses").period(period)
            .provenance(issues)
            .addIdentifiedByAssessmentId(assessment)
            .addCrimeCategoryId("police-uk/anti-social-behaviour")
            .build());
  }

  private static SubIssue sub(String id, String title, String... categories) {
    return SubIssue.builder().id(id).title(title).addCrimeCategoryIds(categories).build();
  }

  private static java.util.List<FocusArea> obsessions() {
    Provenance illustrative = Provenance.illustrative(ANNEX_1_NOT_PUBLIC);
    FinancialYear target = FinancialYear.of(2025);
    return java.util.List.of(
        FocusArea.builder().id("obsession-violent-crime").kind(FocusAreaKind.OBSESSION)
            .title("Violent crime, including serious youth violence, domestic abuse and rape")
            .keyCrimeIssueId("violent-crime").addPriorityId("keeping-people-safe")
            .dataSummary("Illustrative: a summary of the assessment's violence data would go here")
            .addWhatNeedsToBeDone("Illustrative: divert young people at risk from serious violence")
            .addHowWeWillDoIt(Action.builder().id("yps-diversion").title("Illustrative: Young People's"
                    + " Service diversion offer for young people at risk").ownerOrganisationId(COUNCIL)
                .addProgrammeId("young-peoples-service").dueDate(LocalDate.of(2025, 3, 31))
                .status(ActionStatus.IN_PROGRESS).provenance(illustrative).build())
            .addMeasuresOfSuccess(MeasureBinding.builder().measureId("serious-youth-violence-offences")
                .addTarget(Target.builder().type(TargetType.DIRECTION_ONLY).by(target)
                    .provenance(illustrative).build()).build())
            .addMeasuresOfSuccess(MeasureBinding.builder().measureId("domestic-abuse-reports")
                .addTarget(Target.builder().type(TargetType.DIRECTION_ONLY).by(target)
                    .provenance(illustrative).build()).build())
            .agreedAtMeetingId("board-workshop-2024-01-29").provenance(illustrative).build(),
        FocusArea.builder().id("obsession-theft").kind(FocusAreaKind.OBSESSION)
            .title("Theft, especially burglary, retail theft and car theft")
            .keyCrimeIssueId("theft").addPriorityIds("keeping-people-safe", "safe-and-strong-communities")
            .dataSummary("Illustrative: residential burglary fell from 1,324 offences in 2022/23 to 944"
                + " in 2023/24 (Home Office CSP data, real figures)")
            .addWhatNeedsToBeDone("Illustrative: target-harden homes in burglary hotspots")
            .addHowWeWillDoIt(Action.builder().id("safer-streets-cctv").title("Illustrative: install"
                    + " extra CCTV under Safer Streets 5").ownerOrganisationId(COUNCIL)
                .addContributorOrganisationId(POLICE).addProgrammeId("safer-streets-5")
                .startDate(LocalDate.of(2023, 10, 1)).dueDate(LocalDate.of(2025, 3, 31))
                .status(ActionStatus.ON_TRACK).provenance(illustrative).build())
            .addMeasuresOfSuccess(MeasureBinding.builder().measureId(RESIDENTIAL_BURGLARY)
                .baseline(Baseline.builder().period(FinancialYear.of(2023)).value(BigDecimal.valueOf(944))
                    .rationale("The last full year before the refresh")
                    .provenance(Provenance.sourced(SouthamptonRecordedCrime.SOURCE)).build())
                .addTarget(Target.builder().type(TargetType.PERCENT_CHANGE_FROM_BASELINE)
                    .value(BigDecimal.valueOf(-5)).by(target).provenance(illustrative).build())
                .comparatorGroupId("illustrative-peers").build())
            .addMeasuresOfSuccess(MeasureBinding.builder().measureId(THEFT_OF_MOTOR_VEHICLE)
                .addTarget(Target.builder().type(TargetType.DIRECTION_ONLY).by(target)
                    .provenance(illustrative).build()).build())
            .agreedAtMeetingId("board-workshop-2024-01-29").provenance(illustrative).build(),
        FocusArea.builder().id("obsession-asb").kind(FocusAreaKind.OBSESSION)
            .title("Anti-social behaviour, through rapid and effective partnership responses")
            .keyCrimeIssueId("anti-social-behaviour").addPriorityId("safe-and-strong-communities")
            .dataSummary("Illustrative: a summary of ASB incident data would go here")
            .addWhatNeedsToBeDone("Illustrative: respond rapidly to repeat ASB locations")
            .addHowWeWillDoIt(Action.builder().id("ukspf-youth-diversion").title("Illustrative: UKSPF"
                    + " youth diversion sessions in ASB hotspots").ownerOrganisationId(COUNCIL)
                .addProgrammeId("ukspf-safer-streets").dueDate(LocalDate.of(2024, 12, 31))
                .status(ActionStatus.AT_RISK).provenance(illustrative).build())
            .addMeasuresOfSuccess(MeasureBinding.builder().measureId("asb-incidents")
                .addTarget(Target.builder().type(TargetType.DIRECTION_ONLY).by(target)
                    .provenance(illustrative).build()).build())
            .agreedAtMeetingId("board-workshop-2024-01-29").provenance(illustrative).build());
  }

  private static java.util.List<Programme> programmes() {
    // para 12: "regular updates on tactical activities"
    return java.util.List.of(
        Programme.builder().id("safer-streets-5").name("Safer Streets 5")
            .addFocuses("VAWG", "ASB", "Residential Burglary prevention").addIntervention("extra CCTV")
            .addKeyCrimeIssueIds("violent-crime", "theft", "anti-social-behaviour").build(),
        Programme.builder().id("ukspf-safer-streets").name("UKSPF safer streets work stream")
            .fundingStream("UK Shared Prosperity Fund").workStream("safer streets work stream")
            .addFocus("Youth Diversion from Crime/ASB").addKeyCrimeIssueId("anti-social-behaviour")
            .build(),
        Programme.builder().id("young-peoples-service").name("Young Peoples Service")
            .leadOrganisationId(COUNCIL).addFocuses("ASB youth diversion", "Serious Youth Violence")
            .addKeyCrimeIssueIds("violent-crime", "anti-social-behaviour").build());
  }

  private static StrategicAssessment assessment() {
    // para 3 and 4
    return StrategicAssessment.builder().id("safe-city-strategic-assessment-2022-23")
        .title("Safe City Strategic Assessment 2022-23").periodCovered(FinancialYear.of(2022))
        .published(true).publicationNote("late 2023")
        .url("https://data.southampton.gov.uk/media/m20a2aoj/safe-city-strategic-assessment-report-2022-23.pdf")
        .publisher("Southampton Data Observatory").approach("data-led")
        .build();
  }

  private static java.util.List<CrimeCategory> localCrimeCategories() {
    return java.util.List.of(
        CrimeCategory.builder().id("local/serious-youth-violence").system(CrimeCategorySystem.LOCAL)
            .code("serious-youth-violence").label("Serious youth violence (local definition)")
            .parentId("home-office/violence-against-the-person").build(),
        CrimeCategory.of("local/domestic-abuse", CrimeCategorySystem.LOCAL, "domestic-abuse",
            "Domestic abuse-flagged crime"));
  }

  private static java.util.List<MeasureDefinition> measures() {
    Provenance chosen = Provenance.illustrative("Annex 1's measures of success are not public; sscp"
        + " picked this measure to show the structure");
    DataSource policeUk = DataSource.builder().name("data.police.uk street-level crime")
        .publisher("Home Office").licence("Open Government Licence v3.0").build();
    return java.util.List.of(
        MeasureDefinition.builder().id(RESIDENTIAL_BURGLARY).name("Residential burglary offences")
            .valueType(ValueType.COUNT).unit("offences").polarity(Polarity.LOWER_IS_BETTER)
            .frequency(Frequency.QUARTERLY).dataSource(SouthamptonRecordedCrime.HOME_OFFICE_CSP_DATA)
            .addCrimeCategoryId("home-office/burglary-residential")
            .geographyLevel(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).smallNumberThreshold(20)
            .addBreak(SouthamptonRecordedCrime.BURGLARY_RECLASSIFICATION)
            .provenance(chosen).build(),
        MeasureDefinition.builder().id(THEFT_OF_MOTOR_VEHICLE)
            .name("Theft or unauthorised taking of a motor vehicle").valueType(ValueType.COUNT)
            .unit("offences").polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.QUARTERLY)
            .dataSource(SouthamptonRecordedCrime.HOME_OFFICE_CSP_DATA)
            .addCrimeCategoryId("home-office/theft-of-motor-vehicle")
            .geographyLevel(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP).provenance(chosen).build(),
        MeasureDefinition.builder().id("serious-youth-violence-offences")
            .name("Serious youth violence offences").valueType(ValueType.COUNT).unit("offences")
            .polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY)
            .dataSource(DataSource.of("Hampshire and Isle of Wight Constabulary extract"))
            .addCrimeCategoryId("local/serious-youth-violence").provenance(chosen).build(),
        MeasureDefinition.builder().id("domestic-abuse-reports").name("Domestic abuse-flagged crimes")
            .description("A rise can mean more victims come forward: context only")
            .valueType(ValueType.COUNT).unit("crimes").polarity(Polarity.CONTEXT_ONLY)
            .frequency(Frequency.MONTHLY)
            .dataSource(DataSource.of("Hampshire and Isle of Wight Constabulary extract"))
            .addCrimeCategoryId("local/domestic-abuse").provenance(chosen).build(),
        MeasureDefinition.builder().id("asb-incidents").name("Anti-social behaviour incidents")
            .valueType(ValueType.COUNT).unit("incidents").polarity(Polarity.LOWER_IS_BETTER)
            .frequency(Frequency.MONTHLY).dataSource(policeUk)
            .addCrimeCategoryId("police-uk/anti-social-behaviour").provenance(chosen).build());
  }

  private static Funding funding() {
    // para 11: "no budget allocation from Southampton City Council, nor any other partners";
    // bids "led by the Partnership Manager" brought "approximately £1.1m"
    return Funding.builder()
        .addBid(FundingBid.builder().id("external-bids")
            .title("Various funding bids to the Home Office, OPCC etc")
            .addFunderOrganisationIds("home-office", "opcc").ledByPersonId("chris-brown")
            .status(BidStatus.AWARDED).amountAwarded(Money.ofPounds(1_100_000)).approximate(true)
            .addPurposes("Violent crime", "Violence against Women and Girls", "Anti-social Behaviour",
                "Residential burglary")
            .build())
        .build();
  }

  private static Risk risk() {
    // para 13
    return Risk.builder().id("statutory-non-delivery")
        .description("As a statutory partner, non-delivery of the statutory requirement to be part of"
            + " a Community Safety Partnership")
        .category(RiskCategory.STATUTORY_COMPLIANCE).ownerOrganisationId(COUNCIL)
        .addMitigation("The strategy refresh ensures continued statutory compliance and demonstrates"
            + " the efficiency and effectiveness of the SSCP")
        .statutoryRule("CDA98-S5-RA-COUNCIL")
        .build();
  }

  private static ComparatorGroup illustrativePeers() {
    return ComparatorGroup.builder().id("illustrative-peers")
        .name("Illustrative peer panel of unitary CSPs").source(ComparatorSource.CUSTOM)
        .addMember(lookup(GeographyRef.of(GssCode.of("E22000120"), "Southampton")))
        .addMember(GeographyRef.of(GssCode.of("E22000118"), "Portsmouth"))
        .addMember(GeographyRef.of(GssCode.of("E22000056"), "Plymouth"))
        .addMember(GeographyRef.of(GssCode.of("E22000309"), "Reading"))
        .addMember(GeographyRef.of(GssCode.of("E22000089"), "Southend-on-Sea"))
        .addMember(GeographyRef.of(GssCode.of("E22000270"), "Stoke-on-Trent"))
        .addTopic("police recorded crime")
        .provenance(Provenance.illustrative("No public list of Southampton's iQuanta most similar"
            + " group exists; these CSPs are in sscp's open data extract"))
        .build();
  }

  /**
   * Obtains the month the example treats as "now" for overdue actions: the Cabinet meeting month.
   *
   * @return October 2024, not null
   */
  public static YearMonth briefingMonth() {
    return YearMonth.of(2024, 10);
  }
}
