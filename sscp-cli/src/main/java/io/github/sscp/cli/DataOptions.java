package io.github.sscp.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that add data files to a partnership, for the kpi and report commands. */
final class DataOptions {

  @Option(names = "--data", paramLabel = "FILE", arity = "1..*", description = "Data files to add:"
      + " police.uk street files (a file, folder or zip), Home Office CSP tables or tidy CSV.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--measure", paramLabel = "KEY=MEASURE", description = "Which measure a data key"
      + " (a police.uk category such as police-uk/burglary, or a Home Office offence key) feeds;"
      + " keys whose crime category one measure has feed it without this.")
  List<String> measures = new ArrayList<>();

  @Option(names = "--area", paramLabel = "NAME",
      description = "The partnership's name in the data; its area's name by default.")
  @Nullable String area;

  @Option(names = "--lenient", description = "Use the data's good rows even when some rows are"
      + " bad (they are listed either way); without it, a bad row stops the command.")
  boolean lenient;
}
