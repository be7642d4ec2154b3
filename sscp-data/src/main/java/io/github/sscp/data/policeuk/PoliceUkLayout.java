package io.github.sscp.data.policeuk;

import io.github.sscp.data.CsvSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The two layouts police.uk has used for street-level files, told apart by the header. */
public enum PoliceUkLayout {
  /** Since about 2013: {@code Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context}. */
  CURRENT(List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude",
      "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context")),
  /** 2011–2012: {@code Month,Reported by,Falls within,Easting,Northing,Location,Crime type,Context}; no LSOA. */
  LEGACY(List.of("Month", "Reported by", "Falls within", "Easting", "Northing", "Location",
      "Crime type", "Context"));

  private final List<String> columns;
  /** Positions of the columns the reader uses, by name, -1 when absent: looked up once. */
  final int crimeId;
  final int month;
  final int reportedBy;
  final int fallsWithin;
  final int lsoaCode;
  final int lsoaName;
  final int crimeType;
  final int outcome;

  PoliceUkLayout(List<String> columns) {
    this.columns = columns;
    this.crimeId = columns.indexOf("Crime ID");
    this.month = columns.indexOf("Month");
    this.reportedBy = columns.indexOf("Reported by");
    this.fallsWithin = columns.indexOf("Falls within");
    this.lsoaCode = columns.indexOf("LSOA code");
    this.lsoaName = columns.indexOf("LSOA name");
    this.crimeType = columns.indexOf("Crime type");
    this.outcome = columns.indexOf("Last outcome category");
  }

  /**
   * Obtains the columns, in order.
   *
   * @return the column names, not null
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Obtains the position of a column.
   *
   * @param name the column's name, not null
   * @return its position, or -1 if the layout has no such column
   */
  public int indexOf(String name) {
    return columns.indexOf(name);
  }

  /**
   * Finds the layout a header belongs to; surrounding spaces are ignored.
   *
   * @param header the header's fields, not null
   * @return the layout, or empty if the header is neither
   */
  public static Optional<PoliceUkLayout> detect(List<String> header) {
    return Arrays.stream(values()).filter(l -> CsvSource.hasColumns(header, l.columns)).findFirst();
  }

}
