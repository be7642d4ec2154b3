package io.github.sscp.cli;

import static io.github.sscp.cli.report.Wording.words;

import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.RuleCatalogue;
import io.github.sscp.rules.compliance.RuleDescription;
import io.github.sscp.rules.compliance.RuleVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sscp rules}. */
@Command(name = "rules", description = "List the compliance catalogue: each rule's id, title,"
    + " legal source, who owes it and its dated versions, then the law's numbers and dates; or"
    + " explain one rule.",
    footer = {"", "Example: sscp rules --explain CDA98-S6-1D-SERIOUS-VIOLENCE"})
final class RulesCommand implements Callable<Integer> {

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Option(names = "--explain", paramLabel = "ID", description = "Explain one"
      + " rule: the duty in words, its source and versions, who owes it, what evidence satisfies"
      + " it, and the YAML that records that evidence.")
  @org.jspecify.annotations.Nullable String explain;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    RuleCatalogue catalogue = Catalogue.statutory().describe();
    if (explain != null) {
      String id = explain.strip();
      RuleDescription r = catalogue.rule(id).or(() -> catalogue.rule(id.toUpperCase(
          java.util.Locale.ROOT))).orElseThrow(() -> new CliException(Sscp.USAGE, "--explain: no"
              + " rule '" + id + "'" + io.github.sscp.data.files.DataFiles.nearest(id,
                  catalogue.rules().stream().map(RuleDescription::id).toList())
              + "; sscp rules lists them"));
      if (options.json()) {
        out.print(Json.document(new RuleCatalogue(java.util.List.of(r), java.util.List.of())));
        return Sscp.OK;
      }
      out.println(r.id() + ": " + r.title());
      out.println("Source: " + r.source().cite() + " (" + r.source().url() + ")");
      out.println("Owed by: " + r.holder().words());
      out.println("The duty, by date:");
      for (RuleVersion v : r.versions()) {
        out.println("  " + v.from().map(d -> "from " + d).orElse("not yet in force") + " ("
            + nations(v)
            + "): " + (v.repeal() ? "repealed: " : "") + v.requirement() + " ["
            + words(v.confidence().name()) + " confidence]");
      }
      if (!r.evidence().isEmpty()) {
        out.println("What satisfies it: " + r.evidence() + ".");
      }
      r.example().filter(y -> !y.isBlank()).ifPresent(y -> {
        out.println("Record it in the partnership file, e.g.:");
        y.lines().forEach(l -> out.println("  " + l));
      });
      return Sscp.OK;
    }
    if (options.json()) {
      out.print(Json.document(catalogue));
      return Sscp.OK;
    }
    for (RuleDescription r : catalogue.rules()) {
      out.println(r.id() + "  " + r.title());
      out.println("    " + r.source().cite() + "; owed by " + r.holder().words());
      for (RuleVersion v : r.versions()) {
        out.println("    from " + v.from().map(Object::toString).orElse("not in force") + ", "
            + nations(v) + ", " + (v.repeal() ? "repealed" : words(v.confidence().name())
                + " confidence"));
      }
    }
    out.println();
    out.println("The law's numbers, periods and dates:");
    for (io.github.sscp.rules.compliance.LawParameter p : catalogue.parameters()) {
      out.println("  " + p.id() + " = " + p.value() + p.from().map(d -> " from " + d).orElse("")
          + "  (" + p.citation() + "; " + words(p.confidence().name()) + ")");
    }
    return Sscp.OK;
  }

  private static String nations(RuleVersion v) {
    return String.join(" and ", v.jurisdictions().stream().sorted()
        .map(j -> j == io.github.sscp.rules.compliance.Jurisdiction.WALES ? "Wales" : "England")
        .toList());
  }
}
