package io.github.sscp.cli;

import io.github.sscp.data.files.DataFiles;
import io.github.sscp.data.files.DataImport;
import io.github.sscp.data.files.DataRequest;
import io.github.sscp.data.files.FileImport;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.validation.ModelValidationException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partnership with its data joined, as the kpi and report commands read it.
 *
 * @param partnership the partnership, with the data's observations
 * @param data what the data files gave
 * @param example whether it is the bundled example
 */
record Board(Partnership partnership, DataImport data, boolean example) {

  static Board load(PartnershipSource source, DataOptions options, PrintWriter err) {
    Partnership p = source.read();
    DataRequest request = DataRequest.forPartnership(p)
        .withMeasures(measures(options.measures))
        .withWatch(Progress.forTerminal(err));
    if (options.area != null) {
      request = request.withArea(options.area);
    }
    DataImport data;
    boolean example = source.example != null;
    if (example && options.files.isEmpty()) {
      try (InputStream in = Inputs.class.getResourceAsStream(Inputs.EXAMPLE_HOME_OFFICE)) {
        data = DataFiles.read(java.util.Objects.requireNonNull(in, "the bundled extract"),
            Inputs.EXAMPLE_HOME_OFFICE_NAME, request);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    } else {
      data = DataFiles.read(options.files, request);
      for (FileImport f : data.imports()) {
        err.print(String.join(", ", f.paths()) + ": " + f.kind().words() + "\n"
            + f.summary().render());
      }
      data.notes().forEach(n -> err.println("note: " + n));
    }
    try {
      return new Board(data.joinTo(p), data, example);
    } catch (ModelValidationException e) {
      throw new CliException(Sscp.INVALID, "the data does not fit the partnership: "
          + e.violations().get(0) + (e.violations().size() > 1 ? " (and "
              + (e.violations().size() - 1) + " more)" : ""));
    }
  }

  /** Parses {@code KEY=MEASURE} options. */
  static Map<String, String> measures(List<String> pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new CliException(Sscp.USAGE, "--measure takes KEY=MEASURE, e.g."
            + " burglary_residential=residential-burglary; got '" + pair + "'");
      }
      out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return out;
  }

}
