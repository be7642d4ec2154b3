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

  PoliceUkLayout(List<String> columns) {
    this.columns = columns;
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
