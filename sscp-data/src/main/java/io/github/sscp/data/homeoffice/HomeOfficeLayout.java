package io.github.sscp.data.homeoffice;

import io.github.sscp.data.CsvSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The layouts of Home Office recorded crime by community safety partnership sscp reads. */
public enum HomeOfficeLayout {
  /** The Home Office's open-data table, one row per partnership, quarter and offence code. */
  OPEN_DATA(List.of("Financial Year", "Financial Quarter", "Force Name", "CSP Name",
      "Offence Description", "Offence Group", "Offence Subgroup", "Offence Code",
      "Number of Offences")),
  /** The re-keyed extract (one row per area, crime key and quarter; areas are CSPs or forces). */
  EXTRACT(List.of("area_index", "area_name", "area_type", "force_name", "crime_key", "crime_label",
      "financial_year", "financial_quarter", "period_start", "offences"));

  private final List<String> columns;

  HomeOfficeLayout(List<String> columns) {
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
   * Finds the layout a header belongs to; surrounding spaces are ignored.
   *
   * @param header the header's fields, not null
   * @return the layout, or empty if the header is neither
   */
  public static Optional<HomeOfficeLayout> detect(List<String> header) {
    return Arrays.stream(values()).filter(l -> CsvSource.hasColumns(header, l.columns)).findFirst();
  }

}
