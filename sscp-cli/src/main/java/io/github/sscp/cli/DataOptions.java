package io.github.sscp.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that add data files to a partnership, for the kpi and report commands. */
final class DataOptions {

  @Option(names = "--data", paramLabel = "FILE", arity = "1..*", description = "Data files to add.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--measure", paramLabel = "KEY=MEASURE", description = "Which measure a data key feeds.")
  List<String> measures = new ArrayList<>();

  @Option(names = "--area", paramLabel = "NAME",
      description = "The partnership's name in the data; its area's name by default.")
  @Nullable String area;
}
