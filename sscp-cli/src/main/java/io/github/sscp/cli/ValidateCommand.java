package io.github.sscp.cli;

import io.github.sscp.json.SscpJson;
import io.github.sscp.json.SscpJsonException;
import io.github.sscp.json.Validation;
import io.github.sscp.model.Partnership;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
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
        out.print(Json.document(new Validation(file.toString(), true, List.of())));
      } else {
        out.println(file + ": valid — " + p.name() + " (" + p.organisations().size()
            + " organisations, " + p.measures().size() + " measures, "
            + p.observations().entries().size() + " observations)");
      }
      return Sscp.OK;
    } catch (SscpJsonException e) {
      if (options.json()) {
        out.print(Json.document(new Validation(file.toString(), false, e.problems())));
      } else {
        out.println(file + ": " + e.getMessage());
      }
      return Sscp.INVALID;
    }
  }
}
