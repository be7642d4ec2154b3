package io.github.sscp.data.lookup;

import io.github.sscp.data.CsvSource;
import io.github.sscp.data.ImportException;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.RowProblem;
import io.github.sscp.model.geography.GssCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Local authority districts with the community safety partnership and police force area each lies
 * in, read from the ONS layout ({@code lad-code;lad-name;csp-code;csp-name;PFA21CD;PFA21NM},
 * semicolon-separated). A partnership may cover several districts (North Hampshire: Basingstoke
 * and Deane, Hart, Rushmoor).
 *
 * <p>Immutable and thread-safe.
 */
public final class AreaLookup {

  /** The bundled lookup's resource. */
  static final String BUNDLED = "lad-csp-pfa-2019.csv";
  static final List<String> HEADER = List.of("lad-code", "lad-name", "csp-code", "csp-name",
      "PFA21CD", "PFA21NM");

  /**
   * One district.
   *
   * @param ladCode the district's GSS code, e.g. E06000045
   * @param ladName the district's name, e.g. "Southampton"
   * @param cspCode the partnership's GSS code, e.g. E22000120
   * @param cspName the partnership's name
   * @param pfaCode the police force area's GSS code, e.g. E23000030
   * @param pfaName the police force area's name, e.g. "Hampshire"
   */
  public record District(GssCode ladCode, String ladName, GssCode cspCode, String cspName,
      GssCode pfaCode, String pfaName) {}

  private final List<District> districts;

  private AreaLookup(List<District> districts) {
    this.districts = List.copyOf(districts);
  }

  /**
   * Obtains the bundled ONS lookup of December 2019 (England and Wales, 341 districts), read
   * once per process.
   *
   * @return the lookup, not null
   */
  public static AreaLookup ons2019() {
    return Bundled.LOOKUP;
  }

  /** The bundled lookup, read once: it is immutable, and every reader of data files asks for it. */
  private static final class Bundled {
    static final AreaLookup LOOKUP = readBundled();
  }

  private static AreaLookup readBundled() {
    try (InputStream in = AreaLookup.class.getResourceAsStream(BUNDLED)) {
      Objects.requireNonNull(in, "missing resource " + BUNDLED);
      return read(in, BUNDLED, ImportLog.strict());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a lookup in the ONS layout, e.g. a newer vintage.
   *
   * @param in the bytes, not null; not closed
   * @param name the file's name, for messages, not null
   * @param log the import's log, not null
   * @return the lookup, not null
   * @throws ImportException if the header is not the ONS layout, or in strict mode at a bad row
   */
  public static AreaLookup read(InputStream in, String name, ImportLog log) {
    List<District> out = new ArrayList<>();
    CsvSource.read(in, name, ';', log, new CsvSource.Handler() {
      @Override
      public boolean header(List<String> fields) {
        if (!fields.stream().map(String::strip).toList().equals(HEADER)) {
          throw new ImportException(new RowProblem(name, 1, "not an ONS district lookup",
              "expected header '" + String.join(";", HEADER) + "'"));
        }
        log.file(name);
        return true;
      }

      @Override
      public void row(long line, List<String> f) {
        if (f.size() != HEADER.size()) {
          log.problem(new RowProblem(name, line, "wrong number of fields",
              "expected 6, found " + f.size()));
          return;
        }
        try {
          District d = new District(GssCode.of(f.get(0).strip()), f.get(1).strip(),
              GssCode.of(f.get(2).strip()), f.get(3).strip(), GssCode.of(f.get(4).strip()),
              f.get(5).strip());
          out.add(d);
          log.used(d.cspName(), null);
        } catch (RuntimeException e) {
          log.problem(new RowProblem(name, line, "bad GSS code", String.valueOf(e.getMessage())));
        }
      }
    });
    return new AreaLookup(out);
  }

  /**
   * Obtains every district.
   *
   * @return the districts, in file order, not null
   */
  public List<District> districts() {
    return districts;
  }

  /**
   * Finds a district by name or GSS code.
   *
   * @param nameOrCode e.g. "Southampton" or "E06000045", not null
   * @return the district, or empty
   */
  public Optional<District> district(String nameOrCode) {
    return districts.stream().filter(d -> d.ladName().equalsIgnoreCase(nameOrCode)
        || d.ladCode().value().equalsIgnoreCase(nameOrCode)).findFirst();
  }

  /**
   * Finds the districts of a partnership, by its name or GSS code.
   *
   * @param partnership e.g. "North Hampshire" or "E22000374", not null
   * @return the districts, in file order, possibly empty, not null
   */
  public List<District> districtsOf(String partnership) {
    return districts.stream().filter(d -> d.cspName().equalsIgnoreCase(partnership)
        || d.cspCode().value().equalsIgnoreCase(partnership)).toList();
  }

  /**
   * Finds a partnership's GSS code by its name.
   *
   * @param partnership e.g. "Portsmouth", not null
   * @return the code, or empty if no district of the lookup is in a partnership of that name
   */
  public Optional<GssCode> partnershipCode(String partnership) {
    return districts.stream().filter(d -> d.cspName().equalsIgnoreCase(partnership.strip()))
        .map(District::cspCode).findFirst();
  }

  /**
   * Finds the code of the area a local authority's rows are for: its partnership's code when the
   * partnership is that one district (a unitary council's, say), else the district's own code.
   *
   * @param localAuthority the district's name, e.g. "Southampton", not null
   * @return the code, or empty if the lookup does not know the district
   */
  public Optional<GssCode> areaOf(String localAuthority) {
    return district(localAuthority.strip()).map(d -> districtsOf(d.cspCode().value()).size() == 1
        ? d.cspCode() : d.ladCode());
  }
}
