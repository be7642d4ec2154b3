package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a rule's check receives: the partnership, the date, its jurisdiction and the version of the
 * law in force on that date. Checks never work out in-force dates themselves. The result methods
 * build findings with the rule's id, source and holder filled in.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param partnership the partnership, not null
 * @param asOf the date, not null
 * @param jurisdiction the partnership's jurisdiction, not null
 * @param version the version of the rule in force on that date, not null
 * @param rule the rule, not null
 */
public record Context(Partnership partnership, LocalDate asOf, Jurisdiction jurisdiction,
    RuleVersion version, Rule rule) {

  /**
   * Finds the duty met.
   *
   * @param sentence what was found, not null
   * @param evidence the model paths it rests on, not null
   * @return the finding, not null
   */
  public Finding met(String sentence, List<String> evidence) {
    return finding(Outcome.MET, sentence, evidence, Optional.empty());
  }

  /**
   * Finds the duty not met: the records show it (advisory instead, when the law is unverified).
   *
   * @param sentence what was found, not null
   * @param fix what would satisfy the rule, not null
   * @param evidence the model paths it rests on, not null
   * @return the finding, not null
   */
  public Finding notMet(String sentence, String fix, List<String> evidence) {
    return finding(Outcome.NOT_MET, sentence, evidence, Optional.of(fix));
  }

  /**
   * Finds the records missing: nothing shows the duty met or not (advisory instead, when the law
   * is unverified).
   *
   * @param sentence what is missing, not null
   * @param fix what to record, not null
   * @return the finding, not null
   */
  public Finding insufficient(String sentence, String fix) {
    return finding(Outcome.INSUFFICIENT_EVIDENCE, sentence, List.of(), Optional.of(fix));
  }

  /**
   * Finds the rule not applicable to this partnership.
   *
   * @param sentence why not, not null
   * @return the finding, not null
   */
  public Finding notApplicable(String sentence) {
    return finding(Outcome.NOT_APPLICABLE, sentence, List.of(), Optional.empty());
  }

  /**
   * Gives information only.
   *
   * @param sentence the information, not null
   * @param evidence the model paths it rests on, not null
   * @return the finding, not null
   */
  public Finding advisory(String sentence, List<String> evidence) {
    return finding(Outcome.ADVISORY, sentence, evidence, Optional.empty());
  }

  /**
   * Obtains a number of months the law sets, as on this context's date.
   *
   * @param parameter the parameter's id, one of {@link LawParameters}' constants, not null
   * @return the months
   */
  public int months(String parameter) {
    return LawParameters.on(parameter, asOf).months();
  }

  /**
   * Obtains a whole number the law sets, as on this context's date.
   *
   * @param parameter the parameter's id, not null
   * @return the number
   */
  public int number(String parameter) {
    return LawParameters.on(parameter, asOf).number();
  }

  /**
   * Checks if a date lies in the period the law sets that ends on this context's date: after it
   * less that many months, and not after it.
   *
   * @param parameter the parameter's id, a number of months, not null
   * @param date the date, not null
   * @return whether it lies within
   */
  public boolean within(String parameter, LocalDate date) {
    return !date.isAfter(asOf) && date.isAfter(asOf.minusMonths(months(parameter)));
  }

  private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile(
      "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /** Writes every ISO date in a text as a board reads it: "31 January 2023". */
  static String datesInWords(String text) {
    java.util.regex.Matcher m = ISO_DATE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    do {
      String words;
      try {
        words = Phrases.date(LocalDate.parse(m.group()));
      } catch (java.time.format.DateTimeParseException e) {
        words = m.group();
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(words));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  private Finding finding(Outcome outcome, String sentence, List<String> evidence,
      Optional<String> fix) {
    Confidence confidence = version.confidence();
    Outcome o = (outcome == Outcome.NOT_MET || outcome == Outcome.INSUFFICIENT_EVIDENCE)
        && confidence.advisoryOnly() ? Outcome.ADVISORY : outcome;
    String s = o != outcome ? "Advisory (" + confidence.name().toLowerCase(java.util.Locale.ROOT)
        + " confidence in the law): " + sentence : sentence;
    String citation = rule.source().cite() + version.amendment().map(a -> ", as amended by "
        + a.cite()).orElse("");
    Optional<String> record = outcome == Outcome.NOT_MET
        || outcome == Outcome.INSUFFICIENT_EVIDENCE ? rule.record(this) : Optional.empty();
    List<String> holders = rule.holderOrganisations(this);
    List<String> names = holders.stream().map(id -> partnership.organisation(id)
        .map(org -> org.name()).orElse(id)).sorted().toList();
    String owedBy = names.isEmpty() ? rule.holder().words()
        : rule.holder().words() + " (" + Phrases.list(names) + ")";
    return new Finding(rule.id(), rule.title(), o, rule.holder(), holders, owedBy,
        datesInWords(s), evidence, citation, fix.map(Context::datesInWords), record, confidence);
  }
}
