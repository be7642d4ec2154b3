package io.github.sscp.rules.board;

import io.github.sscp.rules.compliance.Confidence;
import io.github.sscp.rules.compliance.Outcome;
import java.util.Objects;
import java.util.Optional;

/**
 * One duty's finding, in words, with its fix and citation.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param ruleId the rule, for citation only, not null
 * @param title the duty in a few words, not null
 * @param outcome the outcome, not null
 * @param holder who owes it, in words, not null
 * @param sentence what was found, not null
 * @param fix what would satisfy it
 * @param citation the provision, not null
 * @param confidence how sure the law is, not null
 */
public record FindingLine(String ruleId, String title, Outcome outcome, String holder,
    String sentence, Optional<String> fix, String citation, Confidence confidence) {

  /**
   * Creates a value.
   *
   * @param ruleId the rule, for citation only
   * @param title the duty in a few words
   * @param outcome the outcome
   * @param holder who owes it, in words
   * @param sentence what was found
   * @param fix what would satisfy it
   * @param citation the provision
   * @param confidence how sure the law is
   */
  public FindingLine {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(confidence, "confidence");
  }
}
