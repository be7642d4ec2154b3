package io.github.sscp.cli;

import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.DataFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp example NAME}: a bundled example partnership to start from. */
@Command(name = "example", description = "Write a bundled example partnership as commented YAML,"
    + " with the data files it names beside it, to start your own from; --list lists them.",
    footer = {"", "Example: sscp example southampton --out my-partnership.yaml",
        "         sscp example --list"})
final class ExampleCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  DebugOption debug;

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "The example (see --list).")
  @Nullable String name;

  @Option(names = "--list", description = "List the examples.")
  boolean list;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to a file, with the example's"
      + " data files beside it, instead of the YAML alone to stdout.")
  @Nullable Path out;

  @Option(names = "--force", description = "Replace the files if they exist.")
  boolean force;

  @Override
  public Integer call() {
    if (list || name == null) {
      if (name == null && !list) {
        throw new CliException(Sscp.USAGE, "name an example (" + Example.names() + "), or give"
            + " --list");
      }
      var w = spec.commandLine().getOut();
      for (Example e : Example.all()) {
        w.println(e.key() + "  " + e.description());
      }
      return Sscp.OK;
    }
    Example example = Example.named(name);
    byte[] yaml = example.yaml();
    if (out == null) {
      Terminal.raw(spec.commandLine().getOut()).print(new String(yaml, StandardCharsets.UTF_8));
      return Sscp.OK;
    }
    Partnership p = SscpJson.standard().readPartnership(new java.io.ByteArrayInputStream(yaml));
    Path dir = Inputs.folderOf(out);
    List<Path> written = new ArrayList<>();
    Outputs.check(out, force, List.of());
    for (DataFile f : p.dataFiles()) {
      Outputs.check(dir.resolve(f.path()), force, List.of());
    }
    Outputs.write(out, yaml, force, List.of());
    written.add(out);
    for (DataFile f : p.dataFiles()) {
      Path target = dir.resolve(f.path());
      Outputs.write(target, Inputs.resource("example/" + Path.of(f.path()).getFileName()), force,
          List.of());
      written.add(target);
    }
    spec.commandLine().getErr().println("wrote " + String.join(", ", written.stream()
        .map(Path::toString).toList()) + "; try: sscp report " + out + " --out report.html");
    return Sscp.OK;
  }
}
