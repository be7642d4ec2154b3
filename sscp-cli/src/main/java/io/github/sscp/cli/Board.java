package io.github.sscp.cli;

import io.github.sscp.data.Publication;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.model.validation.Violation;
import java.util.List;
import java.util.Set;

/**
 * A partnership with its data joined, as the kpi and report commands read it.
 *
 * @param partnership the partnership, with the data's observations
 * @param loaded what the data files held
 * @param area the partnership's name in the data
 * @param example whether it is the bundled example
 */
record Board(Partnership partnership, DataFiles.Loaded loaded, String area, boolean example) {

  static Board load(PartnershipSource source, DataOptions data, Progress progress) {
    Partnership p = source.read();
    String example = source.example;
    String name = data.area != null ? data.area : example != null ? Inputs.EXAMPLE_AREA
        : p.area().name();
    DataFiles.Loaded loaded = DataFiles.load(data.files, name, DataFiles.measures(data.measures),
        progress);
    if (example != null && data.files.isEmpty()) {
      loaded = new DataFiles.Loaded(List.of(), DataFiles.peers(DataFiles.exampleHomeOffice(), name,
          Inputs.EXAMPLE_MEASURES), Set.of(Publication.HOME_OFFICE_CSP.cite(
              "ho-csp-extract-southampton-and-peers.csv")), List.of());
    }
    Partnership joined = loaded.joinedTo(p);
    if (joined != p) {
      List<Violation> problems = ModelValidator.shared().validate(joined);
      if (!problems.isEmpty()) {
        throw new CliException(Sscp.INVALID, "the data does not fit the partnership: "
            + problems.get(0).path() + ": " + problems.get(0).message()
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
      }
    }
    return new Board(joined, loaded, name, example != null);
  }
}
