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
    + " legal source, who owes it and its dated versions.",
    footer = {"", "Example: sscp rules --format json"})
final class RulesCommand implements Callable<Integer> {

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    RuleCatalogue catalogue = Catalogue.statutory().describe();
    if (options.json()) {
      out.print(Json.document(catalogue));
      return Sscp.OK;
    }
    for (RuleDescription r : catalogue.rules()) {
      out.println(r.id() + "  " + r.title());
      out.println("    " + r.source().cite() + "; owed by " + words(r.holder().name()));
      for (RuleVersion v : r.versions()) {
        out.println("    from " + v.from().map(Object::toString).orElse("not in force") + " "
            + v.jurisdictions().stream().map(Enum::name).sorted().toList() + " "
            + (v.repeal() ? "repealed" : "confidence " + v.confidence()));
      }
    }
    return Sscp.OK;
  }
}
