package io.github.sscp.examples.embed;

import io.github.sscp.data.files.DataFiles;
import io.github.sscp.data.files.DataRequest;
import io.github.sscp.data.population.CensusPopulations;
import io.github.sscp.json.Format;
import io.github.sscp.json.SscpJson;
import io.github.sscp.model.Partnership;
import io.github.sscp.model.base.SscpException;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.time.CalendarMonth;
import io.github.sscp.model.validation.ModelValidator;
import io.github.sscp.rules.board.BoardPack;
import io.github.sscp.rules.board.PackPreparation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Reads a partnership with the data files it names, adds a month of data, prepares the board pack, writes it as JSON. */
public final class EmbeddingSscp {

  private EmbeddingSscp() {}

  /**
   * Runs the program.
   *
   * @param args the partnership file (JSON or YAML), then the JSON file to write
   */
  public static void main(String[] args) {
    try {
      Path file = Path.of(args[0]);
      Partnership p = SscpJson.standard().readPartnership(file);
      p = DataFiles.readNamed(p, file.toAbsolutePath().resolveSibling(""),  // files it names
          DataRequest.forPartnership(p), false).joinTo(p);
      Observation march = Observation.builder().measureId("asb-incidents")   // id derived
          .period(CalendarMonth.parse("2026-03")).value(BigDecimal.valueOf(412)).build();
      p = ModelValidator.shared().requireValid(
          p.withObservations(p.observations().join(List.of(march))));
      BoardPack pack = PackPreparation.of(p, LocalDate.of(2026, 7, 1))     // the law's date
          .withPopulations(CensusPopulations.bundled()::partnership, CensusPopulations.ATTRIBUTION)
          .prepare();                                          // data to the last full period
      pack.rows().forEach(r -> System.out.println(r.name() + ": " + r.sentence()));
      pack.attention().forEach(a -> System.out.println(a.rank() + ". " + a.sentence()));
      SscpJson.standard().write(pack, Format.JSON, Path.of(args[1]));
    } catch (SscpException e) {
      System.err.println(e.getMessage());   // every failure: file, pointer or path, and what
      System.exit(1);
    }
  }
}
