package io.github.sscp.rules.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One dated version of a rule: the law from a start date until the next version, in some
 * jurisdictions. A repeal is a version too; prospective law is a version with no start date, which
 * never applies until a date is configured.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param jurisdictions where this version applies, not null
 * @param from the first day in force; empty for prospective law
 * @param repeal whether this version ends the duty
 * @param requirement the requirement in this version, in plain words, not null
 * @param confidence how sure the law is of this version, not null
 * @param amendment the amending provision that set this version, if any
 */
public record RuleVersion(Set<Jurisdiction> jurisdictions, Optional<LocalDate> from, boolean repeal,
    String requirement, Confidence confidence, Optional<LegalSource> amendment) {

  /**
   * Creates a version, copying the jurisdictions.
   *
   * @param jurisdictions the jurisdictions
   * @param from the start
   * @param repeal whether a repeal
   * @param requirement the requirement
   * @param confidence the confidence
   * @param amendment the amendment
   */
  public RuleVersion {
    jurisdictions = jurisdictions.isEmpty() ? Set.of()
        : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(jurisdictions));
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(amendment, "amendment");
  }

  /**
   * Obtains a version in force from a date in both England and Wales.
   *
   * @param from the first day in force, not null
   * @param requirement the requirement, not null
   * @param confidence the confidence, not null
   * @return the version, not null
   */
  public static RuleVersion from(LocalDate from, String requirement, Confidence confidence) {
    return new RuleVersion(Set.of(Jurisdiction.ENGLAND, Jurisdiction.WALES), Optional.of(from), false,
        requirement, confidence, Optional.empty());
  }

  /**
   * Obtains a copy that applies only in some jurisdictions.
   *
   * @param only the jurisdictions, not null
   * @return the version, not null
   */
  public RuleVersion in(Jurisdiction... only) {
    return new RuleVersion(Set.of(only), from, repeal, requirement, confidence, amendment);
  }

  /**
   * Obtains a copy that cites the provision that set it.
   *
   * @param source the amending provision, not null
   * @return the version, not null
   */
  public RuleVersion amendedBy(LegalSource source) {
    return new RuleVersion(jurisdictions, from, repeal, requirement, confidence, Optional.of(source));
  }

  /**
   * Obtains a repeal from a date.
   *
   * @param from the first day the duty no longer applies, not null
   * @param note what ended it, not null
   * @param confidence the confidence, not null
   * @return the version, not null
   */
  public static RuleVersion repealedOn(LocalDate from, String note, Confidence confidence) {
    return new RuleVersion(Set.of(Jurisdiction.ENGLAND, Jurisdiction.WALES), Optional.of(from), true,
        note, confidence, Optional.empty());
  }

  /**
   * Obtains prospective law: enacted, not in force, with no start date.
   *
   * @param requirement the requirement, not null
   * @param confidence the confidence, not null
   * @return the version, not null
   */
  public static RuleVersion prospective(String requirement, Confidence confidence) {
    return new RuleVersion(Set.of(Jurisdiction.ENGLAND, Jurisdiction.WALES), Optional.empty(), false,
        requirement, confidence, Optional.empty());
  }
}
