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
   * Obtains the partnership's verdict: on the duties the partnership itself owes (the partnership
   * and its responsible authorities acting together). Duties owed by the council, the policing
   * body or others are reported beside it, by holder, and never decide it.
   *
   * @return not compliant if one of its own duties is not met, gaps in evidence if records are
   *     missing to tell, otherwise compliant
   */
  public Verdict verdict() {
    return verdictOf(findings.stream().filter(f -> isPartnerships(f.holder())).toList());
  }

  /**
   * Obtains the verdict on every duty, whoever owes it: for {@code sscp check --strict}.
   *
   * @return not compliant if any duty is not met, gaps in evidence if records are missing,
   *     otherwise compliant
   */
  public Verdict verdictOnEveryHolder() {
    return verdictOf(findings);
  }

  /**
   * Checks if a duty holder is the partnership itself.
   *
   * @param holder the holder, not null
   * @return true for the partnership and its responsible authorities acting together
   */
  public static boolean isPartnerships(DutyHolder holder) {
    return holder == DutyHolder.PARTNERSHIP || holder == DutyHolder.RESPONSIBLE_AUTHORITIES;
  }

  private static Verdict verdictOf(List<Finding> some) {
    boolean notMet = some.stream().anyMatch(f -> f.outcome() == Outcome.NOT_MET);
    boolean gaps = some.stream().anyMatch(f -> f.outcome() == Outcome.INSUFFICIENT_EVIDENCE);
    return notMet ? Verdict.NOT_COMPLIANT : gaps ? Verdict.GAPS_IN_EVIDENCE : Verdict.COMPLIANT;
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
    List<Finding> own = findings.stream().filter(f -> isPartnerships(f.holder())).toList();
    List<Finding> others = findings.stream().filter(f -> !isPartnerships(f.holder())).toList();
    s.append("The partnership's own duties: ").append(name(verdict())).append(tally(own))
        .append("\n");
    if (!others.isEmpty()) {
      s.append("Duties others owe (the council, the policing body and others; they do not decide"
          + " the partnership's verdict): ").append(name(verdictOf(others))).append(tally(others))
          .append("\n");
    }
    for (Finding f : findings) {
      s.append("\n[").append(name(f.outcome()).toUpperCase(Locale.ROOT)).append("] ")
          .append(f.ruleId()).append(": ").append(f.title()).append("\n");
      s.append("  Owed by ").append(f.owedBy()).append(".\n");
      s.append("  ").append(f.sentence()).append("\n");
      f.fix().ifPresent(x -> s.append("  To satisfy it: ").append(x).append("\n"));
      f.record().filter(y -> !y.isBlank()).ifPresent(y -> s.append("  Record it:\n")
          .append(y.lines().map(l -> "    " + l).collect(java.util.stream.Collectors.joining("\n")))
          .append("\n"));
      if (!f.evidence().isEmpty()) {
        s.append("  Evidence: ").append(String.join(", ", f.evidence())).append("\n");
      }
      s.append("  Law: ").append(f.citation()).append(" (").append(name(f.confidence()))
          .append(" confidence)\n");
    }
    return s.toString();
  }

  private static String tally(List<Finding> some) {
    Map<Outcome, Long> n = new EnumMap<>(Outcome.class);
    some.forEach(f -> n.merge(f.outcome(), 1L, Long::sum));
    StringBuilder s = new StringBuilder();
    n.forEach((o, k) -> s.append("; ").append(k).append(' ').append(name(o)));
    return s.toString();
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
