package io.github.sscp.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code sscp} command; it only lists its subcommands. */
@Command(name = "sscp", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
    versionProvider = SscpCommand.Version.class,
    description = "Tools for Community Safety Partnerships: validate a partnership file, check it"
        + " against the law, assess its measures, and write the board report.",
    footer = {"", "Exit codes: 0 success; 1 the input was read but is invalid, or a duty is not met;"
        + " 2 a usage or I/O error.", "", "Example: sscp report --example southampton --out report.html"},
    subcommands = {ValidateCommand.class, CheckCommand.class, KpiCommand.class, SpcCommand.class,
        CompareCommand.class, RollingCommand.class, IngestCommand.class, ReportCommand.class, SchemaCommand.class,
        RedactCommand.class, RulesCommand.class, ExampleCommand.class, InitCommand.class,
        AutoComplete.GenerateCompletion.class})
final class SscpCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SscpCommand.class.getPackage().getImplementationVersion();
      return new String[] {"sscp " + (v == null ? "(development build)" : v)};
    }
  }
}
