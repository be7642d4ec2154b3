package io.github.sscp.cli;

import io.github.sscp.json.DocumentKind;
import io.github.sscp.json.SscpJson;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp schema [KIND]}. */
@Command(name = "schema", description = "Print the JSON Schema (2020-12) of a document kind:"
    + " partnership (the default), or the kind any --format json output names in its \"kind\"."
    + " Kinds: ${COMPLETION-CANDIDATES}.",
    footer = {"", "Example: sscp schema partnership > partnership.schema.json"})
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  DebugOption debug;

  @Parameters(paramLabel = "KIND", arity = "0..1", defaultValue = "partnership",
      completionCandidates = Kinds.class, description = "The document kind.")
  String kind;

  @Override
  public Integer call() {
    DocumentKind<?> k = DocumentKind.all().stream().filter(d -> d.name().equals(kind)).findFirst()
        .orElseThrow(() -> new CliException(Sscp.USAGE, "unknown kind '" + kind + "'; kinds: "
            + DocumentKind.all().stream().map(DocumentKind::name).collect(Collectors.joining(", "))));
    spec.commandLine().getOut().print(SscpJson.schema(k));
    return Sscp.OK;
  }

  /** The document kinds' names, for help and completion. */
  static final class Kinds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return DocumentKind.all().stream().map(DocumentKind::name).iterator();
    }
  }
}
