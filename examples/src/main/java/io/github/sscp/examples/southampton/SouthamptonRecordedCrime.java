package io.github.sscp.examples.southampton;

import io.github.sscp.data.ImportLog;
import io.github.sscp.data.homeoffice.Grouping;
import io.github.sscp.data.homeoffice.HomeOfficeCounts;
import io.github.sscp.data.homeoffice.HomeOfficeCsp;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.measure.DataSource;
import io.github.sscp.model.measure.Observation;
import io.github.sscp.model.measure.SeriesBreak;
import io.github.sscp.model.time.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Real quarterly police recorded crime, 2015/16 Q1 to 2025/26 Q4, for residential burglary and
 * theft of a motor vehicle, in Southampton (E22000120) and the illustrative peer panel, read with
 * sscp-data's Home Office reader from rows of the Home Office CSP extract shipped with this module.
 * Contains public sector information licensed under the Open Government Licence v3.0.
 */
public final class SouthamptonRecordedCrime {

  /** The Southampton CSP's GSS code. */
  public static final GssCode SOUTHAMPTON_CSP = GssCode.of("E22000120");

  /** The partnership's name in the Home Office data. */
  public static final String SOUTHAMPTON = "Southampton";

  /** The resource the figures are read from. */
  static final String RESOURCE = "ho-csp-extract-southampton-and-peers.csv";

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
  public static final LocalDate RECLASSIFIED_ON = HomeOfficeCsp.BURGLARY_RECLASSIFIED_ON;

  /** The April 2017 reclassification of burglary, as the residential burglary measure records it. */
  public static final SeriesBreak BURGLARY_RECLASSIFICATION = HomeOfficeCsp.BURGLARY_RECLASSIFICATION;

  /** The extract's crime key of each measure. */
  static final Map<String, String> MEASURE_BY_KEY = Map.of(
      "burglary_residential", SouthamptonSafeCityPartnership.RESIDENTIAL_BURGLARY,
      "veh_theft_of_mv", SouthamptonSafeCityPartnership.THEFT_OF_MOTOR_VEHICLE);

  private static final HomeOfficeCounts COUNTS = read();

  private SouthamptonRecordedCrime() {}

  private static HomeOfficeCounts read() {
    try (InputStream in = SouthamptonRecordedCrime.class.getResourceAsStream(RESOURCE)) {
      Objects.requireNonNull(in, () -> "missing resource " + RESOURCE);
      return HomeOfficeCsp.read(in, RESOURCE, Grouping.OFFENCE_SUBGROUP, csp -> true,
          ImportLog.strict());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Obtains the counts as read, with the import's summary.
   *
   * @return the counts, not null
   */
  public static HomeOfficeCounts counts() {
    return COUNTS;
  }

  /**
   * Obtains Southampton's figures as observations (pre-2017 burglary notes included).
   *
   * @return the observations, by measure then quarter, not null
   */
  public static List<Observation> observations() {
    return COUNTS.toObservations(SOUTHAMPTON, MEASURE_BY_KEY, Optional.of(SOUTHAMPTON_CSP));
  }

  /**
   * Obtains every partnership's quarterly counts of one crime key, Southampton included.
   *
   * @param crimeKey the extract's key, e.g. "burglary_residential", not null
   * @return for each partnership in file order, its counts by quarter, not null
   */
  public static Map<String, Map<Quarter, Long>> byPartnership(String crimeKey) {
    return new LinkedHashMap<>(COUNTS.byPartnership(crimeKey));
  }
}
