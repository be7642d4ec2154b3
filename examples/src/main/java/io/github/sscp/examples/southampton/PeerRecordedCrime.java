package io.github.sscp.examples.southampton;

import io.github.sscp.model.time.FinancialYear;
import io.github.sscp.model.time.Quarter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Real quarterly police recorded crime for the CSPs of the illustrative peer panel (Portsmouth,
 * Plymouth, Reading, Southend-on-Sea, Stoke-on-Trent), 2015/16 Q1 to 2025/26 Q4, for residential
 * burglary and theft of a motor vehicle, read from a resource shipped with this example. Source:
 * Home Office police recorded crime, CSP open data; Open Government Licence v3.0.
 */
public final class PeerRecordedCrime {

  static final String RESOURCE = "peer-recorded-crime-quarterly.csv";

  private PeerRecordedCrime() {}

  /**
   * Reads the counts of one crime type, by area and quarter.
   *
   * @param crimeKey the Home Office extract's key, e.g. "burglary_residential", not null
   * @return for each area, its counts by quarter in file order, not null
   * @throws IllegalStateException naming the line, if the resource is malformed
   */
  public static Map<String, Map<Quarter, Long>> counts(String crimeKey) {
    InputStream in = PeerRecordedCrime.class.getResourceAsStream(RESOURCE);
    Objects.requireNonNull(in, () -> "missing resource " + RESOURCE);
    Map<String, Map<Quarter, Long>> out = new LinkedHashMap<>();
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
        String[] f = line.split(",", -1);
        try {
          if (f.length != 6) {
            throw new IllegalArgumentException("expected 6 fields");
          }
          if (f[1].equals(crimeKey)) {
            Quarter q = Quarter.of(FinancialYear.parse(f[2]), Integer.parseInt(f[3]));
            out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(q, Long.parseLong(f[5]));
          }
        } catch (RuntimeException e) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
