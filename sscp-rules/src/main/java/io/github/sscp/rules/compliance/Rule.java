package io.github.sscp.rules.compliance;

import io.github.sscp.model.Partnership;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A rule of law: data (id, title, source, who owes it, dated versions) plus a small pure check.
 * Statutory rules come from {@link Catalogue#statutory()}; a partnership adds its own local rules
 * (its governance standards) through the same interface.
 */
public interface Rule {

  /**
   * Obtains the rule's id, e.g. "CDA98-S6-1D-SERIOUS-VIOLENCE".
   *
   * @return the id, not null
   */
  String id();

  /**
   * Obtains the rule's title.
   *
   * @return the title, not null
   */
  String title();

  /**
   * Obtains the provision the rule comes from.
   *
   * @return the source, not null
   */
  LegalSource source();

  /**
   * Obtains who owes the duty.
   *
   * @return the holder, not null
   */
  DutyHolder holder();

  /**
   * Obtains the rule's versions, in any order.
   *
   * @return the versions, not null
   */
  List<RuleVersion> versions();

  /**
   * Checks the partnership against the version of the law in force.
   *
   * @param context the partnership, date and version, not null
   * @return the finding, not null
   */
  Finding check(Context context);

  /**
   * Says why the rule does not apply in a jurisdiction it has no version for, e.g. "England only
   * (SI 2012/2660); no Welsh counterpart".
   *
   * @return the words, empty for the plain "does not apply in …", not null
   */
  default String elsewhere() {
    return "";
  }

  /**
   * Says what evidence satisfies the rule, in words a partnership manager reads.
   *
   * @return the words, empty when the rule does not say, not null
   */
  default String evidence() {
    return "";
  }

  /**
   * Writes the YAML that records the evidence satisfying the rule for a partnership on a date:
   * what to add to its file, referring to its own records where it has them.
   *
   * @param context the partnership, date and version, not null
   * @return the YAML, or empty when the rule cannot say
   */
  default Optional<String> record(Context context) {
    return Optional.empty();
  }

  /**
   * Obtains the organisations that owe the duty, when the rule names them (e.g. the councils).
   *
   * @param context the context, not null
   * @return the organisation ids, not null
   */
  default List<String> holderOrganisations(Context context) {
    return List.of();
  }

  /**
   * Finds the version in force on a date in a jurisdiction: the latest version that applies there
   * and started on or before the date. Prospective versions never apply.
   *
   * @param jurisdiction the jurisdiction, not null
   * @param date the date, not null
   * @return the version, or empty if no version had started
   */
  default Optional<RuleVersion> versionOn(Jurisdiction jurisdiction, LocalDate date) {
    return versions().stream().filter(v -> v.jurisdictions().contains(jurisdiction))
        .filter(v -> v.from().map(f -> !f.isAfter(date)).orElse(false))
        .max(Comparator.comparing(v -> v.from().orElseThrow()));
  }

  /**
   * Obtains dates, beyond the versions' start dates, on which this rule's finding for a
   * partnership may change (e.g. a meeting falling out of a 12-month window). The catalogue's
   * timeline also considers every date the model holds, so most rules need not override this.
   *
   * @param partnership the partnership, not null
   * @return the dates, not null
   */
  default List<LocalDate> changeDates(Partnership partnership) {
    return List.of();
  }
}
