package io.github.sscp.rules.compliance;

import java.util.List;
import java.util.Objects;

/**
 * A rule of the catalogue as data: its id, title, source, who owes it and its dated versions.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param id the rule's id, not null
 * @param title the duty in a few words, not null
 * @param source the provision, not null
 * @param holder who owes the duty, not null
 * @param versions the dated versions, earliest first, not null
 * @param evidence what evidence satisfies it, in words, not null
 * @param example the YAML that records that evidence in a minimal partnership's file, when the
 *     rule applies to one (see {@link Examples})
 */
public record RuleDescription(String id, String title, LegalSource source, DutyHolder holder,
    List<RuleVersion> versions, String evidence, java.util.Optional<String> example) {

  /**
   * Creates a description, copying the versions.
   *
   * @param id the id
   * @param title the title
   * @param source the source
   * @param holder the holder
   * @param versions the versions
   * @param evidence the evidence
   * @param example the example
   */
  public RuleDescription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(holder, "holder");
    versions = List.copyOf(versions);
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(example, "example");
  }

  /**
   * Describes a rule.
   *
   * @param rule the rule, not null
   * @return its description, not null
   */
  public static RuleDescription of(Rule rule) {
    List<RuleVersion> sorted = new java.util.ArrayList<>(rule.versions());
    sorted.sort(java.util.Comparator.comparing(v -> v.from().orElse(java.time.LocalDate.MAX)));
    return new RuleDescription(rule.id(), rule.title(), rule.source(), rule.holder(), sorted,
        rule.evidence(), Examples.of(rule).map(Examples.Example::yaml));
  }
}
