package io.github.sscp.rules.compliance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule finds on one date.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param ruleId the rule's id, e.g. "CDA98-S6-1D-SERIOUS-VIOLENCE", not null
 * @param title the rule's title, not null
 * @param outcome the outcome, not null
 * @param holder who owes the duty, not null
 * @param holderOrganisationIds the organisations that owe it, when named (e.g. the council), not null
 * @param owedBy who owes it, in words and by name, e.g. "the council (Southampton City Council)",
 *     not null
 * @param sentence what was found, in a sentence a board member understands, not null
 * @param evidence paths into the model of the records the finding rests on, not null
 * @param citation the provision, as cited, not null
 * @param fix what would satisfy the rule, when the outcome calls for action
 * @param record the YAML that records what would satisfy it, to add to the partnership file
 * @param confidence how sure the law is, not null
 */
public record Finding(String ruleId, String title, Outcome outcome, DutyHolder holder,
    List<String> holderOrganisationIds, String owedBy, String sentence, List<String> evidence, String citation,
    Optional<String> fix, Optional<String> record, Confidence confidence) {

  /**
   * Creates a finding, copying the lists.
   *
   * @param ruleId the rule
   * @param title the title
   * @param outcome the outcome
   * @param holder the holder
   * @param holderOrganisationIds the holders by id
   * @param owedBy the holders in words
   * @param sentence the sentence
   * @param evidence the evidence paths
   * @param citation the citation
   * @param fix the fix
   * @param record the YAML to record
   * @param confidence the confidence
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(outcome, "outcome");
    holderOrganisationIds = List.copyOf(holderOrganisationIds);
    Objects.requireNonNull(owedBy, "owedBy");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(record, "record");
  }
}
