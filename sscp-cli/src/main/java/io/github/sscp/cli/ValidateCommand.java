package io.github.sscp.cli;

import io.github.sscp.cli.report.Wording;
import io.github.sscp.json.Problem;
import io.github.sscp.json.SscpJson;
import io.github.sscp.json.SscpJsonException;
import io.github.sscp.json.Validation;
import io.github.sscp.model.Partnership;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sscp validate FILE}. */
@Command(name = "validate", description = "Read a partnership file (JSON or YAML) and list every"
    + " problem with its JSON Pointer, line and column.",
    footer = {"", "Example: sscp validate my-partnership.yaml"})
final class ValidateCommand implements Callable<Integer> {

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The partnership, JSON or YAML.")
  Path file;

  @Override
  public Integer call() {
    byte[] bytes = Inputs.bytes(file);
    Inputs.prepareValidator();
    var out = spec.commandLine().getOut();
    try {
      Partnership p = SscpJson.standard().readPartnership(new ByteArrayInputStream(bytes));
      List<Problem> named = dataFileProblems(p, new String(bytes,
          java.nio.charset.StandardCharsets.UTF_8));
      if (!named.isEmpty()) {
        if (options.json()) {
          out.print(Json.document(new Validation(file.toString(), false, named)));
        } else {
          out.println(file + ": " + named.size() + " problem" + (named.size() == 1 ? "" : "s")
              + " with the data files it names");
          named.forEach(x -> out.println("  " + x));
        }
        return Sscp.INVALID;
      }
      if (options.json()) {
        out.print(Json.document(new Validation(file.toString(), true, List.of())));
      } else {
        out.println(file + ": valid — " + p.name() + " (" + Wording.count(p.organisations().size(),
            "organisation") + ", " + Wording.count(p.measures().size(), "measure") + ", "
            + Wording.count(p.observations().entries().size(), "observation")
            + (p.dataFiles().isEmpty() ? "" : ", "
                + Wording.count(p.dataFiles().size(), "data file")
                + " named, each there; their rows are read by kpi and report") + ")");
      }
      return Sscp.OK;
    } catch (SscpJsonException e) {
      if (options.json()) {
        out.print(Json.document(new Validation(file.toString(), false, e.problems())));
      } else {
        out.println(file + ": " + e.getMessage());
      }
      return Sscp.INVALID;
    }
  }

  /** Data files named that are not there, and feeds naming no measure of the partnership. */
  private List<Problem> dataFileProblems(Partnership p, String text) {
    List<Problem> out = new java.util.ArrayList<>();
    Path folder = Inputs.folderOf(file);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < p.dataFiles().size(); i++) {
      io.github.sscp.model.measure.DataFile f = p.dataFiles().get(i);
      int line = lineOf(lines, f.path());
      Path path;
      try {
        path = folder.resolve(f.path()).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        out.add(new Problem("/document/dataFiles/" + i + "/path", line, 1, "'" + f.path()
            + "' is not a path here"));
        continue;
      }
      if (!java.nio.file.Files.exists(path)) {
        out.add(new Problem("/document/dataFiles/" + i + "/path", line, 1, "no such file: "
            + path + " (paths are read from the partnership file's folder)"));
      }
      for (var e : f.feeds().entrySet()) {
        if (p.measure(e.getValue()).isEmpty()) {
          out.add(new Problem("/document/dataFiles/" + i + "/feeds/" + e.getKey(),
              lineOf(lines, e.getKey()), 1, "feeds '" + e.getValue() + "', which is not a measure"
                  + " of the partnership"));
        }
      }
    }
    return out;
  }

  /** The first line holding a text, 1-based, or 0 when none does. */
  private static int lineOf(String[] lines, String text) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    return 0;
  }

}
