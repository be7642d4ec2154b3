package io.github.sscp.rules.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every number, period and date the compliance rules use, dated and cited: the one place they are
 * written. {@link Context#months(String)}, {@link Context#number(String)} and {@link #date(String)}
 * read them; {@code sscp rules} lists them.
 *
 * <p>Thread-safe: immutable data.
 */
public final class LawParameters {

  /** The Crime and Disorder Act 1998's partnership sections commence. */
  public static final String CDA_1998 = "commenced.crime-and-disorder-act-1998";
  /** The Police Reform Act 2002 adds police authorities, fire authorities and primary care trusts. */
  public static final String POLICE_REFORM_2002 = "commenced.police-reform-act-2002";
  /** Co-operating and participating bodies prescribed in England (SI 2004/118). */
  public static final String SI_2004_118 = "commenced.si-2004-118";
  /** The English strategy regulations (SI 2007/1830) come into force. */
  public static final String SI_2007_ENGLAND = "commenced.si-2007-1830";
  /** The Welsh strategy regulations (SI 2007/3076) come into force. */
  public static final String SI_2007_WALES = "commenced.si-2007-3076";
  /** Probation providers become responsible authorities; re-offending becomes a strand. */
  public static final String PROBATION = "commenced.probation-and-reoffending";
  /** The English strategy group is reconstituted (SI 2011/1230). */
  public static final String SI_2011_ENGLAND = "commenced.si-2011-1230";
  /** The Welsh strategy group is reconstituted (SI 2011/2702). */
  public static final String SI_2011_WALES = "commenced.si-2011-2702";
  /** The Mayor's Office for Policing and Crime is established. */
  public static final String MOPAC = "commenced.mopac";
  /** Police and crime commissioners take office; police authorities are abolished. */
  public static final String PCCS = "commenced.police-and-crime-commissioners";
  /** Clinical commissioning groups replace primary care trusts. */
  public static final String CCGS = "commenced.clinical-commissioning-groups";
  /** Councils' crime and disorder committees, England. */
  public static final String SCRUTINY_ENGLAND = "commenced.crime-and-disorder-scrutiny-england";
  /** Councils' crime and disorder committees, Wales. */
  public static final String SCRUTINY_WALES = "commenced.crime-and-disorder-scrutiny-wales";
  /** Domestic homicide reviews. */
  public static final String DHRS = "commenced.domestic-homicide-reviews";
  /** The anti-social behaviour case review. */
  public static final String ASB_CASE_REVIEW = "commenced.asb-case-review";
  /** The Mayor of Greater Manchester takes the police and crime commissioner's functions. */
  public static final String MAYOR_GREATER_MANCHESTER = "commenced.mayor-greater-manchester";
  /** The Mayor of West Yorkshire takes the police and crime commissioner's functions. */
  public static final String MAYOR_WEST_YORKSHIRE = "commenced.mayor-west-yorkshire";
  /** The Mayors of South Yorkshire and of York and North Yorkshire take the PCC's functions. */
  public static final String MAYORS_2024 = "commenced.mayors-south-and-north-yorkshire";
  /** Integrated care boards replace clinical commissioning groups. */
  public static final String ICBS = "commenced.integrated-care-boards";
  /** The serious violence strand and duty. */
  public static final String SERIOUS_VIOLENCE = "commenced.serious-violence";
  /** The first serious violence strategies are due. */
  public static final String SERIOUS_VIOLENCE_STRATEGIES = "due.serious-violence-strategies";

  /** Complaints that trigger an ASB case review, at most. */
  public static final String ASB_THRESHOLD = "asb-case-review.threshold";
  /** The period over which complaints are counted for an ASB case review. */
  public static final String ASB_WINDOW = "asb-case-review.complaint-window";
  /** How often ASB case review figures are published, at least. */
  public static final String ASB_PUBLISH = "asb-case-review.publication-interval";
  /** How often the strategic assessment is prepared (England). */
  public static final String ASSESSMENT_CYCLE = "strategic-assessment.cycle";
  /** How often the partnership plan is revised (England). */
  public static final String PLAN_REVISION = "partnership-plan.revision-interval";
  /** How often a public meeting is held (England). */
  public static final String PUBLIC_MEETING = "public-meeting.interval";
  /** How often the crime and disorder committee scrutinises the partnership, at least. */
  public static final String SCRUTINY_INTERVAL = "scrutiny.interval";
  /** How soon a decision on a domestic homicide review is taken after notification. */
  public static final String DHR_DECIDE = "dhr.decision-within";
  /** How soon a domestic homicide review is completed after the decision. */
  public static final String DHR_COMPLETE = "dhr.completion-within";

  private static final String CDA = "Crime and Disorder Act 1998";

  private static final List<LawParameter> ALL = List.of(
      date(CDA_1998, "the Act's partnership sections commence", "1998-09-30",
          CDA + " s5 (SI 1998/2327)", Confidence.HIGH),
      date(POLICE_REFORM_2002, "police authorities, fire authorities and primary care trusts"
          + " become responsible authorities", "2002-10-01", "Police Reform Act 2002 s97",
          Confidence.UNVERIFIED),
      date(SI_2004_118, "co-operating and participating bodies are prescribed in England",
          "2004-02-23", "SI 2004/118 arts 2-3", Confidence.HIGH),
      date(SI_2007_ENGLAND, "the English strategy regulations come into force", "2007-08-01",
          "SI 2007/1830 reg 1", Confidence.HIGH),
      date(SI_2007_WALES, "the Welsh strategy regulations come into force", "2007-11-19",
          "SI 2007/3076 reg 1", Confidence.HIGH),
      date(PROBATION, "probation providers become responsible authorities and re-offending a"
          + " strand", "2010-04-01", "Policing and Crime Act 2009 s108; SI 2010/648",
          Confidence.MEDIUM),
      date(SI_2011_ENGLAND, "the English strategy group is reconstituted", "2011-06-01",
          "SI 2011/1230 reg 3", Confidence.HIGH),
      date(SI_2011_WALES, "the Welsh strategy group is reconstituted", "2011-12-05",
          "SI 2011/2702 reg 3", Confidence.HIGH),
      date(MOPAC, "the Mayor's Office for Policing and Crime is established", "2012-01-16",
          "SI 2011/3019 art 3 and Sch 1", Confidence.MEDIUM),
      date(PCCS, "police and crime commissioners take office; police authorities are abolished",
          "2012-11-22", "Police Reform and Social Responsibility Act 2011 Part 1 (SI 2012/2892)",
          Confidence.HIGH),
      date(CCGS, "clinical commissioning groups replace primary care trusts", "2013-04-01",
          "Health and Social Care Act 2012", Confidence.HIGH),
      date(SCRUTINY_ENGLAND, "crime and disorder committees, England", "2009-04-30",
          "Police and Justice Act 2006 s19; SI 2009/942", Confidence.HIGH),
      date(SCRUTINY_WALES, "crime and disorder committees, Wales", "2009-10-01",
          "Police and Justice Act 2006 s20; SI 2009/1215 (W.87)", Confidence.HIGH),
      date(DHRS, "domestic homicide reviews", "2011-04-13",
          "Domestic Violence, Crime and Victims Act 2004 s9", Confidence.HIGH),
      date(ASB_CASE_REVIEW, "the anti-social behaviour case review", "2014-10-20",
          "Anti-social Behaviour, Crime and Policing Act 2014 s104", Confidence.HIGH),
      date(MAYOR_GREATER_MANCHESTER, "the Mayor of Greater Manchester exercises the police and"
          + " crime commissioner's functions", "2017-05-08", "SI 2016/448 art 4; SI 2017/470",
          Confidence.MEDIUM),
      date(MAYOR_WEST_YORKSHIRE, "the Mayor of West Yorkshire exercises the police and crime"
          + " commissioner's functions", "2021-05-10", "SI 2021/112 art 34", Confidence.MEDIUM),
      date(MAYORS_2024, "the Mayors of South Yorkshire and of York and North Yorkshire exercise"
          + " the police and crime commissioner's functions", "2024-05-07",
          "SI 2024/414 art 4; SI 2023/1432", Confidence.MEDIUM),
      date(ICBS, "integrated care boards replace clinical commissioning groups", "2022-07-01",
          "Health and Care Act 2022", Confidence.HIGH),
      date(SERIOUS_VIOLENCE, "the serious violence strand and duty", "2023-01-31",
          "Police, Crime, Sentencing and Courts Act 2022 ss8, 20", Confidence.HIGH),
      date(SERIOUS_VIOLENCE_STRATEGIES, "the first serious violence strategies are due",
          "2024-01-31", "Serious Violence Duty statutory guidance (Home Office, 2022)",
          Confidence.MEDIUM),
      new LawParameter(ASB_THRESHOLD, "complaints that trigger an ASB case review, at most", "3",
          Optional.of(LocalDate.of(2014, 10, 20)), "Anti-social Behaviour, Crime and Policing Act"
              + " 2014 s104(6)", Confidence.MEDIUM),
      new LawParameter(ASB_WINDOW, "the period over which complaints are counted", "6 months",
          Optional.of(LocalDate.of(2014, 10, 20)), "Anti-social Behaviour, Crime and Policing Act"
              + " 2014 s104(6)", Confidence.MEDIUM),
      new LawParameter(ASB_PUBLISH, "the longest interval between publications of case review"
          + " figures", "12 months", Optional.of(LocalDate.of(2014, 10, 20)), "Anti-social"
              + " Behaviour, Crime and Policing Act 2014 s104(10)", Confidence.MEDIUM),
      new LawParameter(ASSESSMENT_CYCLE, "how often the strategic assessment is prepared"
          + " (England)", "12 months", Optional.of(LocalDate.of(2007, 8, 1)), "SI 2007/1830 regs"
              + " 5-7 (the annual cycle is from secondary sources)", Confidence.MEDIUM),
      new LawParameter(PLAN_REVISION, "how often the partnership plan is revised (England)",
          "12 months", Optional.of(LocalDate.of(2007, 8, 1)), "SI 2007/1830 regs 10-11 (from"
              + " secondary sources)", Confidence.MEDIUM),
      new LawParameter(PUBLIC_MEETING, "how often a public meeting is held (England)",
          "12 months", Optional.of(LocalDate.of(2007, 8, 1)), "SI 2007/1830 reg 12(4)",
          Confidence.HIGH),
      new LawParameter(SCRUTINY_INTERVAL, "the longest interval between the committee's reviews",
          "12 months", Optional.of(LocalDate.of(2009, 4, 30)), "SI 2009/942 reg 4 (England);"
              + " SI 2009/1215 (W.87) (Wales)", Confidence.HIGH),
      new LawParameter(DHR_DECIDE, "how soon a review is decided after notification", "1 month",
          Optional.of(LocalDate.of(2011, 4, 13)), "Multi-agency statutory guidance for domestic"
              + " homicide reviews (Home Office, Dec 2016)", Confidence.UNVERIFIED),
      new LawParameter(DHR_COMPLETE, "how soon a review is completed after the decision",
          "6 months", Optional.of(LocalDate.of(2011, 4, 13)), "Multi-agency statutory guidance for"
              + " domestic homicide reviews (Home Office, Dec 2016)", Confidence.UNVERIFIED));

  private LawParameters() {}

  private static LawParameter date(String id, String words, String day, String citation,
      Confidence confidence) {
    return new LawParameter(id, words, day, Optional.empty(), citation, confidence);
  }

  /**
   * Obtains every parameter, in the order above.
   *
   * @return the parameters, not null
   */
  public static List<LawParameter> all() {
    return ALL;
  }

  /**
   * Obtains a date the law sets.
   *
   * @param id the parameter's id, not null
   * @return the date
   * @throws IllegalArgumentException if there is no such parameter
   */
  public static LocalDate date(String id) {
    return on(id, LocalDate.MAX).date();
  }

  /**
   * Obtains the value a parameter has on a date: the latest that started on or before it.
   *
   * @param id the parameter's id, not null
   * @param date the date, not null
   * @return the parameter
   * @throws IllegalArgumentException if there is no such parameter
   */
  public static LawParameter on(String id, LocalDate date) {
    return on(ALL, id, date);
  }

  static LawParameter on(List<LawParameter> all, String id, LocalDate date) {
    List<LawParameter> values = all.stream().filter(p -> p.id().equals(id)).toList();
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no law parameter " + id);
    }
    // before its first date a parameter has its first value: the law it belongs to is not yet
    // in force, and the rule that reads it says so
    return values.stream().filter(p -> p.from().map(f -> !f.isAfter(date)).orElse(true))
        .max(Comparator.comparing(p -> p.from().orElse(LocalDate.MIN)))
        .orElseGet(() -> values.stream().min(Comparator.comparing(p -> p.from()
            .orElse(LocalDate.MIN))).orElseThrow());
  }
}
