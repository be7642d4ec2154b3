package io.github.sscp.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class Options {

  /** How results are written. */
  enum OutputFormat { text, json }

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output: text for people (default) or json in the sscp format.")
  OutputFormat format = OutputFormat.text;

  @picocli.CommandLine.Mixin
  DebugOption debug;

  boolean json() {
    return format == OutputFormat.json;
  }
}
