package io.github.sscp.data.population;

import io.github.sscp.data.CsvSource;
import io.github.sscp.data.ImportException;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.RowProblem;
import io.github.sscp.data.lookup.AreaLookup;
import io.github.sscp.data.lookup.AreaLookup.District;
import io.github.sscp.model.geography.AreaPopulation;
import io.github.sscp.model.geography.GssCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The usual-resident population of every local authority district of England and Wales at the
 * 2011 and 2021 censuses (2021 boundaries; 2021 counts rounded to the nearest 100, as ONS published
 * them), and of each community safety partnership: the sum over its districts in the ONS lookup.
 * A partnership has no population here when one of its districts is shared with another
 * partnership (the lookup's partnerships from before the reorganisations that made Buckinghamshire,
 * North and West Northamptonshire, East Suffolk and Bournemouth, Christchurch and Poole), since the
 * census does not split a district.
 *
 * <p>Source: Office for National Statistics, Census 2011 and Census 2021. Contains public sector
 * information licensed under the Open Government Licence v3.0.
 *
 * <p>Immutable and thread-safe.
 */
public final class CensusPopulations {

  /** The census years held. */
  public static final List<Integer> YEARS = List.of(2011, 2021);

  /** The attribution to show wherever these figures are shown. */
  public static final String ATTRIBUTION = "Source: Office for National Statistics – Census 2011"
      + " and Census 2021. Contains public sector information licensed under the Open Government"
      + " Licence v3.0.";

  static final String BUNDLED = "lad-population-census-2011-2021.csv";
  static final List<String> HEADER = List.of("lad_code", "lad_name", "population_census_2011",
      "population_census_2021");

  private record Counts(String name, long y2011, long y2021) {}

  private final Map<GssCode, Counts> districts;
  private final AreaLookup lookup;
  /** Each partnership's populations, 2011 then 2021, worked out once. */
  private final Map<GssCode, List<AreaPopulation>> partnerships;

  private CensusPopulations(Map<GssCode, Counts> districts, AreaLookup lookup) {
    this.districts = Map.copyOf(districts);
    this.lookup = lookup;
    Map<GssCode, List<AreaPopulation>> out = new HashMap<>();
    for (District d : lookup.districts()) {
      out.computeIfAbsent(d.cspCode(), code -> sum(code));
    }
    this.partnerships = Map.copyOf(out);
  }

  /** A partnership's populations at both censuses, or none if a district is shared. */
  private List<AreaPopulation> sum(GssCode partnership) {
    List<District> own = lookup.districtsOf(partnership.value());
    long y2011 = 0;
    long y2021 = 0;
    for (District d : own) {
      Counts c = districts.get(d.ladCode());
      if (c == null || lookup.districts().stream().anyMatch(o -> o.ladCode().equals(d.ladCode())
          && !o.cspCode().equals(partnership))) {
        return List.of();
      }
      y2011 += c.y2011();
      y2021 += c.y2021();
    }
    String name = own.get(0).cspName();
    return List.of(new AreaPopulation(partnership, name, y2011, 2011, source(2011, own.size())),
        new AreaPopulation(partnership, name, y2021, 2021, source(2021, own.size())));
  }

  /**
   * Obtains the bundled census counts with the bundled ONS district lookup.
   *
   * @return the populations, not null
   */
  public static CensusPopulations bundled() {
    return Holder.BUNDLED_POPULATIONS;
  }

  private static final class Holder {
    static final CensusPopulations BUNDLED_POPULATIONS = read();
  }

  private static CensusPopulations read() {
    Map<GssCode, Counts> out = new HashMap<>();
    ImportLog log = ImportLog.strict();
    try (InputStream in = CensusPopulations.class.getResourceAsStream(BUNDLED)) {
      Objects.requireNonNull(in, "missing resource " + BUNDLED);
      CsvSource.read(in, BUNDLED, ',', log, new CsvSource.Handler() {
        @Override
        public boolean header(List<String> fields) {
          if (!fields.equals(HEADER)) {
            throw new ImportException(new RowProblem(BUNDLED, 1, "not the census table",
                "expected header '" + String.join(",", HEADER) + "'"));
          }
          return true;
        }

        @Override
        public void row(long line, List<String> f) {
          out.put(GssCode.of(f.get(0)), new Counts(f.get(1), Long.parseLong(f.get(2)),
              Long.parseLong(f.get(3))));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CensusPopulations(out, AreaLookup.ons2019());
  }

  /**
   * Obtains a district's population.
   *
   * @param district the district's GSS code, e.g. E06000045, not null
   * @param year 2011 or 2021
   * @return the population, or empty if the district is not one of 2021's
   * @throws IllegalArgumentException if the year is not a census year held
   */
  public Optional<AreaPopulation> district(GssCode district, int year) {
    checkYear(year);
    Counts c = districts.get(district);
    return c == null ? Optional.empty() : Optional.of(new AreaPopulation(district, c.name(),
        year == 2011 ? c.y2011() : c.y2021(), year, source(year, 1)));
  }

  /**
   * Obtains a partnership's population: the sum over its districts.
   *
   * @param partnership the partnership's GSS code, e.g. E22000120, not null
   * @param year 2011 or 2021
   * @return the population, or empty if the lookup does not know the partnership or one of its
   *     districts is shared with another partnership
   * @throws IllegalArgumentException if the year is not a census year held
   */
  public Optional<AreaPopulation> partnership(GssCode partnership, int year) {
    checkYear(year);
    List<AreaPopulation> both = partnerships.getOrDefault(partnership, List.of());
    return both.isEmpty() ? Optional.empty() : Optional.of(both.get(year == 2011 ? 0 : 1));
  }

  /**
   * Obtains a partnership's population at the latest census, 2021.
   *
   * @param partnership the partnership's GSS code, not null
   * @return the population, or empty (see {@link #partnership(GssCode, int)})
   */
  public Optional<AreaPopulation> partnership(GssCode partnership) {
    return partnership(partnership, 2021);
  }

  private static String source(int year, int districts) {
    return "ONS Census " + year + " usual residents" + (year == 2021 ? " (to the nearest 100)" : "")
        + (districts > 1 ? ", summed over " + districts + " districts" : "");
  }

  private static void checkYear(int year) {
    if (!YEARS.contains(year)) {
      throw new IllegalArgumentException("year: the censuses held are 2011 and 2021, not " + year);
    }
  }
}
