package io.github.sscp.cli;

import io.github.sscp.data.RowProblem;
import io.github.sscp.data.files.DataFiles;
import io.github.sscp.data.files.DataImport;
import io.github.sscp.data.files.DataRequest;
import io.github.sscp.data.files.FileImport;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.measure.MeasureDefinition;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A partnership with its data joined, as the kpi and report commands read it: each data file's
 * summary is printed on stderr; a file that gave nothing stops the command, and so does a bad row
 * unless {@code --lenient}.
 *
 * @param partnership the partnership, with the data's observations
 * @param data what the data files gave
 * @param example whether it is the bundled example
 * @param inputs the files read, which an output never overwrites
 */
record Board(Partnership partnership, DataImport data, boolean example, List<Path> inputs) {

  static Board load(PartnershipSource source, DataOptions options, PrintWriter err) {
    Partnership p = source.read();
    Map<String, String> explicit = measures(options.measures);
    for (String measure : explicit.values()) {
      if (p.measure(measure).isEmpty()) {
        throw new CliException(Sscp.USAGE, "--measure: the partnership has no measure '" + measure
            + "'; its measures are " + String.join(", ", p.measures().stream()
                .map(MeasureDefinition::id).toList()));
      }
    }
    for (int i = 0; i < p.dataFiles().size(); i++) {
      io.github.sscp.model.measure.DataFile f = p.dataFiles().get(i);
      for (Map.Entry<String, String> e : f.feeds().entrySet()) {
        if (p.measure(e.getValue()).isEmpty()) {
          throw new CliException(Sscp.INVALID, (source.file == null ? "" : source.file + ": ")
              + "dataFiles[" + i + "].feeds: '" + e.getKey() + "' feeds '" + e.getValue()
              + "', which is not a measure of the partnership; its measures are "
              + String.join(", ", p.measures().stream().map(MeasureDefinition::id).toList()));
        }
      }
    }
    DataRequest request = DataRequest.forPartnership(p).withMeasures(explicit)
        .withWatch(Progress.forTerminal(err));
    if (options.area != null) {
      request = request.withArea(options.area);
    }
    DataImport data;
    boolean example = source.example != null;
    Set<String> given = new TreeSet<>();
    options.files.forEach(f -> given.add(String.valueOf(f.getFileName())));
    Partnership named = p.withDataFiles(p.dataFiles().stream()
        .filter(f -> !given.contains(fileName(f.path()))).toList());
    List<Path> namedPaths = new ArrayList<>();
    if (example) {
      data = Inputs.exampleData(named, request, options.area != null);
    } else {
      Path folder = source.file == null ? Path.of("") : Inputs.folderOf(source.file);
      named.dataFiles().forEach(f -> namedPaths.add(folder.resolve(f.path()).normalize()));
      data = DataFiles.readNamed(named, folder, request, options.area != null);
    }
    int fromExample = example ? data.imports().size() : 0;
    if (!options.files.isEmpty()) {
      data = data.plus(DataFiles.read(options.files, request));
    }
    for (int i = 0; i < data.imports().size(); i++) {
      FileImport f = data.imports().get(i);
      err.print(String.join(", ", i < fromExample ? f.paths().stream()
          .map(x -> "the example's " + Path.of(x).getFileName()).toList() : f.paths()) + ": " + f.kind().words() + ", "
          + f.summary().render());
      if (!f.mapping().isEmpty()) {
        err.println("  feeds: " + String.join(", ", f.mapping().entrySet().stream()
            .map(e -> e.getKey().equals(e.getValue()) ? e.getKey()
                : e.getKey() + " → " + e.getValue()).toList()));
      }
    }
    data.notes().forEach(n -> err.println("note: " + n));
    Set<String> keys = new TreeSet<>();
    data.imports().forEach(f -> keys.addAll(f.keys()));
    for (String key : explicit.keySet()) {
      if (!keys.contains(key)) {
        throw new CliException(Sscp.USAGE, "--measure: no data file holds the key '" + key + "'"
            + (keys.isEmpty() ? "" : "; the keys in the data are " + String.join(", ", keys)));
      }
    }
    List<String> unusable = new ArrayList<>();
    data.imports().forEach(f -> f.unusable().ifPresent(unusable::add));
    data.imports().forEach(f -> f.summary().problems().stream().filter(RowProblem::stopsTheImport)
        .forEach(r -> unusable.add(r.toString())));
    if (!unusable.isEmpty()) {
      throw new CliException(Sscp.INVALID, String.join("\n  ", unusable));
    }
    long bad = data.imports().stream().mapToLong(f -> f.summary().problemCount()).sum();
    if (bad > 0 && !options.lenient) {
      throw new CliException(Sscp.INVALID, bad + " data row" + (bad == 1 ? " was" : "s were")
          + " refused (listed above); correct " + (bad == 1 ? "it" : "them")
          + ", or give --lenient to go on without " + (bad == 1 ? "it" : "them"));
    }
    List<Path> inputs = new ArrayList<>(options.files);
    inputs.addAll(namedPaths);
    if (source.file != null) {
      inputs.add(source.file);
    }
    return new Board(data.joinTo(p), data, example, inputs);
  }

  /** A path's last part, or the whole text when it is not a path on this system. */
  private static String fileName(String path) {
    try {
      return String.valueOf(Path.of(path).getFileName());
    } catch (java.nio.file.InvalidPathException e) {
      return path;
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
