package io.github.sscp.examples.southampton;

import io.github.sscp.model.Provenance;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import io.github.sscp.model.measure.BreakKind;
import io.github.sscp.model.measure.SeriesBreak;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Real quarterly police recorded crime for the Southampton CSP (E22000120), 2015/16 Q1 to 2025/26
 * Q4, for residential burglary and theft of a motor vehicle, read from a resource shipped with this
 * module. Contains public sector information licensed under the Open Government Licence v3.0.
 */
public final class SouthamptonRecordedCrime {

  /** The Southampton CSP's GSS code. */
  public static final GssCode SOUTHAMPTON_CSP = GssCode.of("E22000120");

  /** The resource the figures are read from. */
  static final String RESOURCE = "southampton-recorded-crime-quarterly.csv";

  /** The source every observation cites. */
  public static final String SOURCE = "Home Office police recorded crime, CSP open data"
      + " (extract re-keyed to current CSPs in routineactivity/CrimeDecompUK @ 8b34b24)";

  /** The data source of the two measures. */
  public static final DataSource HOME_OFFICE_CSP_DATA = DataSource.builder()
      .name("Police recorded crime: Community Safety Partnership open data")
      .publisher("Home Office")
      .licence("Open Government Licence v3.0")
      .attribution("Contains public sector information licensed under the Open Government Licence v3.0.")
      .build();

  /** The first day of the April 2017 burglary reclassification, a real break in the series. */
  public static final LocalDate RECLASSIFIED_ON = LocalDate.of(2017, 4, 1);

  /** The April 2017 reclassification of burglary, as the residential burglary measure records it. */
  public static final SeriesBreak BURGLARY_RECLASSIFICATION = SeriesBreak.builder()
      .date(RECLASSIFIED_ON).kind(BreakKind.RECORDING_RULE)
      .description("Home Office reclassification of burglary: 'domestic burglary' became 'residential"
          + " burglary' (which also counts sheds and garages), a real step up from 2017/18 Q1")
      .source("Home Office police recorded crime tables; sscp data/README (Southampton 276 -> 466)")
      .build();

  private static final Map<String, String> MEASURE_BY_KEY = Map.of(
      "burglary_residential", SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY,
      "veh_theft_of_mv", SouthamptonSafeCityPartnership.THEFT_OF_MOTOR_VEHICLE);

  private SouthamptonRecordedCrime() {}

  /**
   * Reads every quarterly figure as an observation.
   *
   * @return the observations, in file order, not null
   * @throws IllegalStateException naming the line, if the resource is malformed
   */
  public static List<Observation> observations() {
    InputStream in = SouthamptonRecordedCrime.class.getResourceAsStream(RESOURCE);
    Objects.requireNonNull(in, () -> "missing resource " + RESOURCE);
    List<Observation> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        out.add(parse(line, number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static Observation parse(String line, int number) {
    String[] f = line.split(",", -1);
    try {
      String measure = MEASURE_BY_KEY.get(f[0]);
      if (f.length != 5 || measure == null) {
        throw new IllegalArgumentException("expected 5 fields with a known crime_key");
      }
      Quarter quarter = Quarter.of(FinancialYear.parse(f[1]), Integer.parseInt(f[2]));
      Observation.Builder b = Observation.builder();
      if (measure.equals(SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY)
          && quarter.start().isBefore(RECLASSIFIED_ON)) {
        b.qualityNote("Counted as domestic burglary, before the April 2017 reclassification");
      }
      return b
          .id(measure + "/" + SOUTHAMPTON_CSP.value().toLowerCase() + "/"
              + quarter.toString().replace('/', '-').replace(' ', '-').toLowerCase())
          .measureId(measure)
          .geography(SOUTHAMPTON_CSP)
          .period(quarter)
          .value(new BigDecimal(f[4]))
          .source(SOURCE)
          .provenance(Provenance.sourced(SOURCE))
          .build();
    } catch (RuntimeException e) {
      throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage()
          + " in '" + line + "'", e);
    }
  }
}
