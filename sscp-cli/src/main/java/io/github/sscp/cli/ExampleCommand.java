package io.github.sscp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp example southampton}. */
@Command(name = "example", description = "Write a bundled example partnership as commented YAML,"
    + " to start your own from: southampton (the Safe City Partnership, 2024 briefing).",
    footer = {"", "Example: sscp example southampton --out my-partnership.yaml"})
final class ExampleCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The example: southampton.")
  String name;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of stdout.")
  Path out;

  @Override
  public Integer call() {
    Inputs.checkExample(name);
    byte[] yaml = Inputs.exampleYaml();
    if (out == null) {
      spec.commandLine().getOut().print(new String(yaml, java.nio.charset.StandardCharsets.UTF_8));
      return Sscp.OK;
    }
    try {
      Files.write(out, yaml);
    } catch (IOException e) {
      throw new CliException(Sscp.USAGE, out + ": cannot be written (" + e.getMessage() + ")");
    }
    spec.commandLine().getErr().println("wrote " + out);
    return Sscp.OK;
  }
}
