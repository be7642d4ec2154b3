package io.github.sscp.rules.board;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Law that starts within a year, or is enacted with no date yet.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param ruleId the rule, for citation only, not null
 * @param title the duty in a few words, not null
 * @param from the day it starts; empty when no date is set
 * @param requirement what it will require, not null
 * @param citation the provision, not null
 */
public record LawComing(String ruleId, String title, Optional<LocalDate> from, String requirement,
    String citation) {

  /**
   * Creates a value.
   *
   * @param ruleId the rule, for citation only
   * @param title the duty in a few words
   * @param from the day it starts
   * @param requirement what it will require
   * @param citation the provision
   */
  public LawComing {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(citation, "citation");
  }
}
