package io.github.sscp.cli;

import picocli.CommandLine.Option;

/** {@code --debug}, which every command takes: show the stack trace of an unexpected error. */
final class DebugOption {

  @Option(names = "--debug", description = "Show the stack trace of an unexpected error.")
  boolean debug;
}
