package io.github.sscp.cli;

import io.github.sscp.json.Problem;
import io.github.sscp.json.SscpJson;
import io.github.sscp.json.SscpJsonException;
import io.github.sscp.model.Partnership;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp validate FILE}. */
@Command(name = "validate", description = "Read a partnership file (JSON or YAML) and list every"
    + " problem with its JSON Pointer, line and column.",
    footer = {"", "Example: sscp validate my-partnership.yaml"})
final class ValidateCommand implements Callable<Integer> {

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The partnership, JSON or YAML.")
  Path file;

  @Override
  public Integer call() {
    byte[] bytes = Inputs.bytes(file);
    Inputs.prepareValidator();
    var out = spec.commandLine().getOut();
    try {
      Partnership p = SscpJson.standard().readPartnership(new ByteArrayInputStream(bytes));
      if (options.json()) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("valid", true);
        result.put("problems", List.of());
        out.print(Json.value(result));
      } else {
        out.println(file + ": valid — " + p.name() + " (" + p.organisations().size()
            + " organisations, " + p.measures().size() + " measures, "
            + p.observations().entries().size() + " observations)");
      }
      return Sscp.OK;
    } catch (SscpJsonException e) {
      if (options.json()) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("valid", false);
        result.put("problems", e.problems().stream().map(ValidateCommand::problem).toList());
        out.print(Json.value(result));
      } else {
        out.println(file + ": " + e.getMessage());
      }
      return Sscp.INVALID;
    }
  }

  private static Map<String, Object> problem(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pointer", p.pointer());
    m.put("line", p.line());
    m.put("column", p.column());
    m.put("message", p.message());
    return m;
  }
}
