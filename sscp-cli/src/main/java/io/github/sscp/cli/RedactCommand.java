package io.github.sscp.cli;

import io.github.sscp.json.Format;
import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp redact FILE}. */
@Command(name = "redact", description = "Write the public view of a partnership: everything marked"
    + " as personal data (people's contact details) left out.",
    footer = {"", "Example: sscp redact my-partnership.yaml > public.yaml"})
final class RedactCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The partnership, JSON or YAML.")
  Path file;

  @Option(names = "--as", paramLabel = "json|yaml",
      description = "The output's format; the input's by default.")
  String as;

  @Override
  public Integer call() {
    Partnership p = Inputs.read(file);
    Format format;
    if (as == null) {
      format = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
          ? Format.JSON : Format.YAML;
    } else if (as.equalsIgnoreCase("json") || as.equalsIgnoreCase("yaml")) {
      format = Format.valueOf(as.toUpperCase(Locale.ROOT));
    } else {
      throw new CliException(Sscp.USAGE, "--as takes json or yaml; got '" + as + "'");
    }
    // a document, byte for byte: not escaped for the terminal
    Terminal.raw(spec.commandLine().getOut()).print(SscpJson.standard().writePublic(p, format));
    return Sscp.OK;
  }
}
