package io.github.sscp.cli;

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

  @picocli.CommandLine.Mixin
  DebugOption debug;

  @Parameters(paramLabel = "NAME", description = "The example: southampton.")
  String name;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of stdout.")
  Path out;

  @Option(names = "--force", description = "Replace the --out file if it exists.")
  boolean force;

  @Override
  public Integer call() {
    Inputs.checkExample(name);
    if (out != null) {
      Outputs.check(out, force, java.util.List.of());
    }
    byte[] yaml = Inputs.exampleYaml();
    if (out == null) {
      Terminal.raw(spec.commandLine().getOut()).print(new String(yaml,
          java.nio.charset.StandardCharsets.UTF_8));
      return Sscp.OK;
    }
    Outputs.write(out, yaml, force, java.util.List.of());
    spec.commandLine().getErr().println("wrote " + out);
    return Sscp.OK;
  }
}
