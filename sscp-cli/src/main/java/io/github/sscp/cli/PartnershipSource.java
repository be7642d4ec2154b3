package io.github.sscp.cli;

import io.github.sscp.model.Partnership;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that name a command's partnership: a file, or a bundled example. */
final class PartnershipSource {

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The partnership, JSON or YAML.")
  @Nullable Path file;

  @Option(names = "--example", paramLabel = "NAME", description = "Use a bundled example: southampton.")
  @Nullable String example;

  /** Reads the partnership named. */
  Partnership read() {
    return Inputs.partnership(file, example);
  }
}
