package io.github.sscp.rules.compliance;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The findings for one partnership on one date, in the catalogue's order, with counts per outcome
 * and an overall verdict.
 *
 * <p>Immutable, thread-safe value type.
 *
 * @param partnership the partnership's name, not null
 * @param asOf the date, not null
 * @param jurisdiction the jurisdiction, not null
 * @param findings the findings, in the catalogue's order, not null
 */
public record ComplianceReport(String partnership, LocalDate asOf, Jurisdiction jurisdiction,
    List<Finding> findings) {

  /**
   * Creates a report, copying the findings.
   *
   * @param partnership the name
   * @param asOf the date
   * @param jurisdiction the jurisdiction
   * @param findings the findings
   */
  public ComplianceReport {
    findings = List.copyOf(findings);
  }

  /**
   * Counts the findings per outcome.
   *
   * @return every outcome with its count, zeros included, not null
   */
  public Map<Outcome, Long> counts() {
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0L);
    }
    findings.forEach(f -> counts.merge(f.outcome(), 1L, Long::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Obtains the overall verdict.
   *
   * @return not compliant if any duty is not met, gaps in evidence if records are missing,
   *     otherwise compliant
   */
  public Verdict verdict() {
    Map<Outcome, Long> c = counts();
    return c.getOrDefault(Outcome.NOT_MET, 0L) > 0 ? Verdict.NOT_COMPLIANT
        : c.getOrDefault(Outcome.INSUFFICIENT_EVIDENCE, 0L) > 0 ? Verdict.GAPS_IN_EVIDENCE
        : Verdict.COMPLIANT;
  }

  /**
   * Finds one rule's finding.
   *
   * @param ruleId the rule's id, not null
   * @return the finding
   * @throws IllegalArgumentException if the report has none for that rule
   */
  public Finding finding(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow(() ->
        new IllegalArgumentException(ruleId + ": no such rule in the report"));
  }

  /**
   * Renders the report as plain text for a board paper.
   *
   * @return the text, not null
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    s.append(partnership).append(": statutory compliance as of ").append(asOf).append(" (")
        .append(name(jurisdiction)).append(")\n");
    s.append("Verdict: ").append(name(verdict()));
    counts().forEach((o, n) -> s.append(n > 0 ? "; " + n + " " + name(o) : ""));
    s.append("\n");
    for (Finding f : findings) {
      s.append("\n[").append(name(f.outcome()).toUpperCase(Locale.ROOT)).append("] ")
          .append(f.ruleId()).append(": ").append(f.title()).append(" (")
          .append(name(f.holder())).append(f.holderOrganisationIds().isEmpty() ? ""
              : ": " + String.join(", ", f.holderOrganisationIds())).append(")\n");
      s.append("  ").append(f.sentence()).append("\n");
      f.fix().ifPresent(x -> s.append("  To satisfy it: ").append(x).append("\n"));
      if (!f.evidence().isEmpty()) {
        s.append("  Evidence: ").append(String.join(", ", f.evidence())).append("\n");
      }
      s.append("  Law: ").append(f.citation()).append(" (").append(name(f.confidence()))
          .append(" confidence)\n");
    }
    return s.toString();
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
