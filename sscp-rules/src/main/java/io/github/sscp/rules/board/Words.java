package io.github.sscp.rules.board;

import io.github.sscp.rules.compliance.DutyHolder;
import io.github.sscp.rules.compliance.Outcome;
import io.github.sscp.rules.kpi.KpiStatus;
import io.github.sscp.rules.kpi.spc.AssuranceIcon;
import io.github.sscp.rules.kpi.spc.VariationIcon;
import io.github.sscp.rules.kpi.target.TargetRating;
import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.governance.Office;
import io.github.sscp.model.measure.Baseline;
import io.github.sscp.model.measure.Polarity;
import io.github.sscp.model.measure.Target;
import io.github.sscp.model.organisation.Membership;
import io.github.sscp.model.organisation.PartnerCategory;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How a board pack writes numbers, dates and engine results for people: "1,234", "8.1%",
 * "p = 0.10", "6 December 2026", "special cause of concern". One place, so the pack, the report and
 * the command say the same thing the same way.
 *
 * <p>Thread-safe: stateless.
 */
public final class Words {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
      Locale.UK);

  private Words() {}

  /**
   * Writes a count with thousands separators: 42192 → "42,192".
   *
   * @param n the count
   * @return the text, not null
   */
  public static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  /**
   * Writes a figure: whole numbers with separators, others to at most two decimals.
   *
   * @param v the figure, finite
   * @return the text, e.g. "933", "896.8", "3.76", not null
   */
  public static String figure(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return count((long) v);
    }
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
    f.setRoundingMode(RoundingMode.HALF_UP);
    String s = f.format(v);
    return s.equals("-0") ? "0" : s;
  }

  /**
   * Writes a rate to two decimals: 3.759 → "3.76".
   *
   * @param v the rate, finite
   * @return the text, not null
   */
  public static String rate(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Writes a percentage to one decimal, without a sign: 8.111 → "8.1%".
   *
   * @param v the percentage, finite
   * @return the text, not null
   */
  public static String percent(double v) {
    String s = BigDecimal.valueOf(Math.abs(v)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return s + "%";
  }

  /**
   * Writes an exact p-value as a board reads it: {@code "p < 0.001"}, "p = 0.004", "p = 0.10".
   *
   * @param p the p-value, between 0 and 1
   * @return the text, not null
   */
  public static String pValue(double p) {
    return io.github.sscp.rules.kpi.KpiEngine.pValue(p);
  }

  /**
   * Writes a date as "6 December 2026".
   *
   * @param d the date, not null
   * @return the text, not null
   */
  public static String date(LocalDate d) {
    return DATE.format(d);
  }

  /**
   * Joins items as people list them: "A", "A and B", "A, B and C".
   *
   * @param items the items, not null
   * @return the text, empty for no items, not null
   */
  public static String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }

  /**
   * Starts a sentence with a capital letter.
   *
   * @param text the text, not null
   * @return the text with its first letter in upper case, not null
   */
  public static String sentence(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Names a Making Data Count variation icon.
   *
   * @param icon the icon, not null
   * @return e.g. "special cause of concern (high)", not null
   */
  public static String of(VariationIcon icon) {
    return switch (icon) {
      case COMMON_CAUSE -> "common cause variation";
      case IMPROVEMENT_HIGH -> "special cause improvement (high)";
      case IMPROVEMENT_LOW -> "special cause improvement (low)";
      case CONCERN_HIGH -> "special cause of concern (high)";
      case CONCERN_LOW -> "special cause of concern (low)";
      case NEUTRAL_HIGH -> "special cause variation (high)";
      case NEUTRAL_LOW -> "special cause variation (low)";
    };
  }

  /**
   * Names a Making Data Count assurance icon.
   *
   * @param icon the icon, not null
   * @return e.g. "will not meet the target as things stand", not null
   */
  public static String of(AssuranceIcon icon) {
    return switch (icon) {
      case CONSISTENT_PASS -> "will meet the target as things stand";
      case CONSISTENT_FAIL -> "will not meet the target as things stand";
      case INCONSISTENT -> "may or may not meet the target";
    };
  }

  /**
   * Names a target rating.
   *
   * @param rating the rating, not null
   * @return "green", "amber", "red", "no data" or "not rated", not null
   */
  public static String of(TargetRating rating) {
    return switch (rating) {
      case GREEN -> "green";
      case AMBER -> "amber";
      case RED -> "red";
      case NO_DATA -> "no data";
      case NOT_RATED -> "not rated";
    };
  }

  /**
   * Names a headline status.
   *
   * @param status the status, not null
   * @return e.g. "improving", "no significant change", not null
   */
  public static String of(KpiStatus status) {
    return switch (status) {
      case IMPROVING -> "improving";
      case DETERIORATING -> "getting worse";
      case CHANGED -> "changed";
      case NO_SIGNIFICANT_CHANGE -> "no significant change";
      case INSUFFICIENT_DATA -> "too little data to judge";
    };
  }

  /**
   * Names a compliance outcome.
   *
   * @param outcome the outcome, not null
   * @return e.g. "not met", "insufficient evidence", not null
   */
  public static String of(Outcome outcome) {
    return switch (outcome) {
      case MET -> "met";
      case NOT_MET -> "not met";
      case NOT_APPLICABLE -> "not applicable";
      case INSUFFICIENT_EVIDENCE -> "not enough recorded to tell";
      case ADVISORY -> "advisory";
    };
  }

  /**
   * Names who owes a duty.
   *
   * @param holder the holder, not null
   * @return e.g. "the responsible authorities", not null
   */
  public static String of(DutyHolder holder) {
    return holder.words();
  }

  /**
   * Names an office.
   *
   * @param office the office, not null
   * @return e.g. "chair", "lead cabinet member", not null
   */
  public static String of(Office office) {
    return switch (office) {
      case CHAIR -> "chair";
      case VICE_CHAIR -> "vice-chair";
      case LEAD_CABINET_MEMBER -> "lead cabinet member";
      case PARTNERSHIP_MANAGER -> "partnership manager";
      case CONTACT_OFFICER -> "contact";
      case LEAD_DIRECTOR -> "lead director";
      case MEMBER -> "member";
    };
  }

  /**
   * Names a member's role in the partnership.
   *
   * @param m the membership, not null
   * @return e.g. "chief officer of police", "health body (integrated care board)", "charity", not
   *     null
   */
  public static String role(Membership m) {
    if (m.responsibleAuthorityType().isPresent()) {
      return switch (m.responsibleAuthorityType().get()) {
        case LOCAL_AUTHORITY -> "council";
        case CHIEF_OFFICER_OF_POLICE -> "chief officer of police";
        case FIRE_AND_RESCUE_AUTHORITY -> "fire and rescue authority";
        case HEALTH_BODY -> "health body" + m.healthBodyKind().map(k -> " (" + of(k) + ")")
            .orElse("");
        case PROBATION_PROVIDER -> "probation";
      };
    }
    return m.partnerCategory().map(c -> c == PartnerCategory.OPCC
        ? "office of the police and crime commissioner" : of(c)).orElse(of(m.role()));
  }

  /**
   * Writes a target as a board states it.
   *
   * @param t the target, not null
   * @param polarity the measure's better direction, not null
   * @param baseline the measure's baseline, if it has one
   * @return e.g. "5% below the 2023/24 baseline of 944 by 2025/26", "a fall by 2025/26", not null
   */
  public static String target(Target t, Polarity polarity, java.util.Optional<Baseline> baseline) {
    String by = " by " + t.by();
    String from = baseline.map(b -> " the " + b.period() + " baseline of "
        + b.value().stripTrailingZeros().toPlainString()).orElse(" the baseline");
    return switch (t.type()) {
      case ABSOLUTE -> (polarity == Polarity.HIGHER_IS_BETTER ? "at least " : "at most ")
          + t.value().orElseThrow().stripTrailingZeros().toPlainString() + by;
      case PERCENT_CHANGE_FROM_BASELINE -> {
        BigDecimal v = t.value().orElseThrow();
        yield v.abs().stripTrailingZeros().toPlainString() + "% " + (v.signum() < 0 ? "below"
            : "above") + from + by;
      }
      case DIRECTION_ONLY -> (polarity == Polarity.HIGHER_IS_BETTER ? "a rise"
          : polarity == Polarity.LOWER_IS_BETTER ? "a fall" : "a change in the better direction")
          + by;
      case PREVIOUS_YEAR_OUTTURN -> "no worse than the year before" + by;
      case PEER_RANK -> "ranked " + t.value().orElseThrow().stripTrailingZeros().toPlainString()
          + " or better among comparable areas" + by;
      case PEER_AVERAGE -> "at or better than the average of comparable areas" + by;
      case NOT_SIGNIFICANTLY_WORSE_THAN -> "not significantly worse than comparable areas" + by;
    };
  }

  /**
   * Writes a period of whole financial years as "2024/25 to 2027/28", anything else as its text.
   *
   * @param period the period, not null
   * @return the text, not null
   */
  public static String years(ReportingPeriod period) {
    if (period.start().getMonthValue() == 4 && period.start().getDayOfMonth() == 1
        && period.endExclusive().getMonthValue() == 4 && period.endExclusive().getDayOfMonth() == 1) {
      String first = FinancialYear.from(period.start()).toString();
      String last = FinancialYear.from(period.endExclusive().minusDays(1)).toString();
      return first.equals(last) ? first : first + " to " + last;
    }
    return period.toString();
  }

  /**
   * Names how far a record is made up or worked out, from its provenance.
   *
   * @param provenance the provenance, not null
   * @return "illustrative", "inferred", or empty for supplied and sourced facts
   */
  public static java.util.Optional<String> label(Provenance provenance) {
    return switch (provenance.kind()) {
      case ILLUSTRATIVE -> java.util.Optional.of("illustrative");
      case INFERRED -> java.util.Optional.of("inferred");
      default -> java.util.Optional.empty();
    };
  }

  /**
   * Writes an enum constant's name as lower-case words, for enums with no words of their own.
   *
   * @param constant the constant, not null
   * @return e.g. "in progress" for {@code IN_PROGRESS}, not null
   */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
