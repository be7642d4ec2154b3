package io.github.sscp.examples.southampton;

import io.github.sscp.model.geography.LocalGovernmentStructure;
import io.github.sscp.model.measure.Frequency;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.organisation.HealthBodyKind;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.law.StatutoryStrand;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Plain-English phrases for the model's enums, dates and targets, as a board paper writes them. */
final class Words {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private static final Map<Enum<?>, String> PHRASES = Map.ofEntries(
      Map.entry(io.github.sscp.model.geography.Nation.ENGLAND, "England"),
      Map.entry(io.github.sscp.model.geography.Nation.WALES, "Wales"),
      Map.entry(io.github.sscp.model.governance.MeetingFormat.FORMAL, "meeting"),
      Map.entry(io.github.sscp.model.governance.MeetingFormat.PUBLIC, "public meeting"),
      Map.entry(Office.CHAIR, "Chair"),
      Map.entry(Office.VICE_CHAIR, "Vice-chair"),
      Map.entry(Office.LEAD_CABINET_MEMBER, "Lead Cabinet Member"),
      Map.entry(Office.PARTNERSHIP_MANAGER, "Partnership manager"),
      Map.entry(Office.CONTACT_OFFICER, "Contact"),
      Map.entry(Office.LEAD_DIRECTOR, "Lead director"),
      Map.entry(StatutoryStrand.CRIME_AND_DISORDER, "crime and disorder, including anti-social behaviour"),
      Map.entry(StatutoryStrand.SUBSTANCE_MISUSE, "misuse of drugs, alcohol and other substances"),
      Map.entry(StatutoryStrand.REOFFENDING, "reoffending"),
      Map.entry(StatutoryStrand.SERIOUS_VIOLENCE_PREVENT_INVOLVEMENT, "preventing involvement in serious violence"),
      Map.entry(StatutoryStrand.SERIOUS_VIOLENCE_REDUCE_INSTANCES, "reducing instances of serious violence"),
      Map.entry(Polarity.LOWER_IS_BETTER, "lower is better"),
      Map.entry(Polarity.HIGHER_IS_BETTER, "higher is better"),
      Map.entry(Polarity.NEUTRAL, "neither direction is better"),
      Map.entry(Polarity.CONTEXT_ONLY, "context only: a rise may be good or bad"),
      Map.entry(Frequency.SIX_MONTHLY, "six-monthly"),
      Map.entry(Frequency.AD_HOC, "as available"),
      Map.entry(HealthBodyKind.INTEGRATED_CARE_BOARD, "integrated care board"),
      Map.entry(HealthBodyKind.CLINICAL_COMMISSIONING_GROUP, "clinical commissioning group"),
      Map.entry(HealthBodyKind.PRIMARY_CARE_TRUST, "primary care trust"),
      Map.entry(HealthBodyKind.LOCAL_HEALTH_BOARD, "local health board"));

  private Words() {}

  /** A constant as words: its phrase if it has one, else its name in lower case. */
  static String of(Enum<?> value) {
    String phrase = PHRASES.get(value);
    return phrase != null ? phrase : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A constant as words starting with a capital, for the start of a line. */
  static String capitalised(Enum<?> value) {
    String words = of(value);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String structure(LocalGovernmentStructure s) {
    return switch (s) {
      case UNITARY -> "a unitary authority";
      case TWO_TIER_DISTRICT -> "a district in a two-tier county";
      case COUNTY -> "a county in a two-tier area";
      case LONDON_BOROUGH -> "a London borough";
      case METROPOLITAN_DISTRICT -> "a metropolitan district";
      case WELSH_PRINCIPAL_AREA -> "a Welsh principal area";
      case CITY_OF_LONDON -> "the City of London";
    };
  }

  static String responsibleAuthority(Membership m) {
    return m.responsibleAuthorityType().map(t -> switch (t) {
      case LOCAL_AUTHORITY -> "Council";
      case CHIEF_OFFICER_OF_POLICE -> "Chief officer of police";
      case FIRE_AND_RESCUE_AUTHORITY -> "Fire and rescue authority";
      case HEALTH_BODY -> "Health body" + m.healthBodyKind().map(k -> " (" + of(k) + ")").orElse("");
      case PROBATION_PROVIDER -> "Probation";
    }).orElse(of(m.role()));
  }

  /** A period of whole financial years as "2024/25 to 2027/28"; anything else as its text. */
  static String financialYears(ReportingPeriod period) {
    if (period.start().getMonthValue() == 4 && period.start().getDayOfMonth() == 1
        && period.endExclusive().getMonthValue() == 4 && period.endExclusive().getDayOfMonth() == 1) {
      return FinancialYear.from(period.start()) + " to " + FinancialYear.from(period.endInclusive());
    }
    return period.toString();
  }

  static String target(Target t, Polarity polarity) {
    String by = " by " + t.by();
    return switch (t.type()) {
      case ABSOLUTE -> (polarity == Polarity.HIGHER_IS_BETTER ? "at least " : "at most ")
          + t.value().orElseThrow().toPlainString() + by;
      case PERCENT_CHANGE_FROM_BASELINE -> {
        int sign = t.value().orElseThrow().signum();
        yield t.value().orElseThrow().abs().toPlainString() + "% " + (sign < 0 ? "reduction" : "increase")
            + " from the baseline" + by;
      }
      case DIRECTION_ONLY -> (polarity == Polarity.HIGHER_IS_BETTER ? "a rise" : polarity
          == Polarity.LOWER_IS_BETTER ? "a fall" : "a change in the better direction") + by;
      case PREVIOUS_YEAR_OUTTURN -> "no worse than the previous year" + by;
      case PEER_RANK -> "rank " + t.value().orElseThrow().toPlainString() + " or better among peers" + by;
      case PEER_AVERAGE -> "at or better than the peer average" + by;
      case NOT_SIGNIFICANTLY_WORSE_THAN -> "not significantly worse than the comparator" + by;
    };
  }
}
