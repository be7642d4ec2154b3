package io.github.sscp.rules.compliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes docs/LAW.md from the catalogue: every rule's duty in words, its citation and dated
 * versions, who owes it, what evidence satisfies it and the YAML that records it, then the law's
 * parameters. Generated, so the document is the catalogue; a test keeps the checked-in file equal.
 */
public final class LawDocument {

  private LawDocument() {}

  /**
   * Writes the document.
   *
   * @param catalogue the catalogue, not null
   * @param related duties that are not the partnership's and law not yet in force, not null
   * @return the Markdown, not null
   */
  public static String markdown(RuleCatalogue catalogue, java.util.List<Information> related) {
    StringBuilder s = new StringBuilder();
    s.append("# The law sscp checks\n\n");
    s.append("Generated from the compliance catalogue (`sscp rules`); do not edit by hand: run\n"
        + "`scripts/update-docs.sh`. Each rule gives the duty, its source and dated versions, who\n"
        + "owes it, what evidence satisfies it, and the YAML that records that evidence in a\n"
        + "partnership file (worked on a minimal partnership; `sscp rules --explain ID` prints one\n"
        + "rule). Confidence says how sure the law is: high and medium are checked; low and\n"
        + "unverified law is advisory and is never reported as not met.\n\n");
    s.append("A finding is **met**, **not met**, **not applicable** (with the reason: not in force,\n"
        + "the other nation's law, not this kind of area), **not enough recorded to tell**, or\n"
        + "**advisory**. The partnership's verdict counts only the duties the partnership and its\n"
        + "responsible authorities owe together; duties of the council, the policing body and\n"
        + "others are reported by holder.\n\n");
    s.append(counts(catalogue));
    s.append("| rule | duty | owed by |\n|---|---|---|\n");
    for (RuleDescription r : catalogue.rules()) {
      s.append("| [").append(r.id()).append("](#").append(r.id().toLowerCase(Locale.ROOT))
          .append(") | ").append(r.title()).append(" | ").append(r.holder().words())
          .append(" |\n");
    }
    for (RuleDescription r : catalogue.rules()) {
      s.append("\n## ").append(r.id()).append("\n\n");
      s.append("**").append(r.title()).append(".** ").append(r.source().cite()).append(" (")
          .append(r.source().url()).append("). Owed by ").append(r.holder().words())
          .append(".\n\n");
      for (RuleVersion v : r.versions()) {
        s.append("- ").append(v.from().map(d -> "From " + Phrases.date(d)).orElse("Not yet in"
            + " force")).append(" (").append(String.join(" and ", v.jurisdictions().stream()
                .map(j -> j == Jurisdiction.WALES ? "Wales" : "England").toList())).append("): ")
            .append(v.repeal() ? "repealed: " : "").append(v.requirement()).append(". Confidence: ")
            .append(v.confidence().name().toLowerCase(Locale.ROOT)).append(v.amendment()
                .map(a -> "; as amended by " + a.cite()).orElse("")).append(".\n");
      }
      if (!r.evidence().isEmpty()) {
        s.append("\nEvidence: ").append(r.evidence()).append(".\n");
      }
      r.example().filter(y -> !y.isBlank()).ifPresent(y -> s.append("\n```yaml\n").append(y)
          .append("```\n"));
    }
    s.append("\n## The law's numbers, periods and dates\n\n| parameter | value | from | source |"
        + " confidence |\n|---|---|---|---|---|\n");
    for (LawParameter p : catalogue.parameters()) {
      String value = p.from().isEmpty() ? Phrases.date(p.date()) : p.value();
      s.append("| ").append(p.words()).append(" (`").append(p.id()).append("`) | ").append(value)
          .append(" | ").append(p.from().map(Phrases::date).orElse("")).append(" | ")
          .append(p.citation()).append(" | ").append(p.confidence().name().toLowerCase(Locale.ROOT))
          .append(" |\n");
    }
    s.append("\n## Related law, shown for information and never scored\n\n| id | what | status |"
        + " note |\n|---|---|---|---|\n");
    for (Information x : related) {
      s.append("| ").append(x.id()).append(" | [").append(x.title()).append("](").append(x.url())
          .append(") | ").append(x.status()).append(" | ").append(x.note()).append(" |\n");
    }
    return s.toString();
  }

  /**
   * Counts the rules by where they apply and how sure today's law is (each rule's latest version).
   *
   * @param catalogue the catalogue, not null
   * @return a Markdown table, not null
   */
  static String counts(RuleCatalogue catalogue) {
    java.util.Map<String, java.util.Map<Confidence, Integer>> n = new java.util.LinkedHashMap<>();
    for (String where : java.util.List.of("England and Wales", "England only", "Wales only")) {
      n.put(where, new java.util.EnumMap<>(Confidence.class));
    }
    for (RuleDescription r : catalogue.rules()) {
      boolean england = r.versions().stream().anyMatch(v -> v.jurisdictions()
          .contains(Jurisdiction.ENGLAND));
      boolean wales = r.versions().stream().anyMatch(v -> v.jurisdictions()
          .contains(Jurisdiction.WALES));
      String where = england && wales ? "England and Wales" : england ? "England only"
          : "Wales only";
      Confidence today = r.versions().get(r.versions().size() - 1).confidence();
      n.get(where).merge(today, 1, Integer::sum);
    }
    StringBuilder s = new StringBuilder("| where | rules |");
    for (Confidence c : Confidence.values()) {
      s.append(' ').append(c.name().toLowerCase(Locale.ROOT)).append(" |");
    }
    s.append("\n|---|---|").append("---|".repeat(Confidence.values().length)).append('\n');
    n.forEach((where, byConfidence) -> {
      s.append("| ").append(where).append(" | ").append(byConfidence.values().stream()
          .mapToInt(Integer::intValue).sum()).append(" |");
      for (Confidence c : Confidence.values()) {
        s.append(' ').append(byConfidence.getOrDefault(c, 0)).append(" |");
      }
      s.append('\n');
    });
    return s.append("\nConfidence is that of each rule's latest version.\n\n").toString();
  }

  /**
   * Writes docs/LAW.md.
   *
   * @param args the file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Catalogue law = Catalogue.statutory();
    Files.writeString(Path.of(args[0]), markdown(law.describe(), law.upcoming()),
        StandardCharsets.UTF_8);
  }
}
