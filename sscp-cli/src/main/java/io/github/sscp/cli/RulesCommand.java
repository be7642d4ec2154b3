package io.github.sscp.cli;

import static io.github.sscp.cli.report.Wording.words;

import io.github.sscp.rules.compliance.Catalogue;
import io.github.sscp.rules.compliance.Rule;
import io.github.sscp.rules.compliance.RuleVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Rule r : Catalogue.statutory().rules()) {
      List<String> versions = new ArrayList<>();
      for (RuleVersion v : r.versions()) {
        versions.add(v.from().map(Object::toString).orElse("not in force") + " "
            + v.jurisdictions().stream().map(Enum::name).sorted().toList() + " "
            + (v.repeal() ? "repealed" : "confidence " + v.confidence()));
      }
      if (options.json()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("source", r.source().cite());
        m.put("url", r.source().url());
        m.put("holder", r.holder().name());
        m.put("versions", versions);
        rows.add(m);
      } else {
        out.println(r.id() + "  " + r.title());
        out.println("    " + r.source().cite() + "; owed by " + words(r.holder().name()));
        versions.forEach(v -> out.println("    from " + v));
      }
    }
    if (options.json()) {
      out.print(Json.value(rows));
    }
    return Sscp.OK;
  }
}
