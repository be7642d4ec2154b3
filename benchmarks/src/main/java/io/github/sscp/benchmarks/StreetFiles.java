package io.github.sscp.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates police.uk street-level files shaped like Hampshire's (the same 12 columns, the 14
 * districts, the 14 crime types in roughly Hampshire's proportions, empty Crime ID and outcome on
 * anti-social behaviour rows). The rows are generated, not real: the real files are too large to
 * ship, and only their shape matters for speed and memory.
 */
final class StreetFiles {

  static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
      + "LSOA code,LSOA name,Crime type,Last outcome category,Context";
  static final String[] DISTRICTS = {"Southampton", "Portsmouth", "Basingstoke and Deane",
      "East Hampshire", "Eastleigh", "Fareham", "Gosport", "Hart", "Havant", "Isle of Wight",
      "New Forest", "Rushmoor", "Test Valley", "Winchester"};
  /** Crime types with their counts in Hampshire's February 2017 file (docs/KPI-METHODS.md §6). */
  static final String[] TYPES = {"Anti-social behaviour", "Violence and sexual offences",
      "Criminal damage and arson", "Shoplifting", "Public order", "Burglary", "Vehicle crime",
      "Other theft", "Bicycle theft", "Drugs", "Other crime", "Possession of weapons",
      "Theft from the person", "Robbery"};
  static final int[] WEIGHTS = {5016, 2464, 1489, 1063, 1050, 996, 926, 847, 283, 235, 218, 90, 90, 67};

  private StreetFiles() {}

  /**
   * Writes a file of rows spread over months.
   *
   * @param out where to write, not null
   * @param rows how many rows
   * @param months how many months, from April 2023
   * @param seed the seed
   * @throws IOException if writing fails
   */
  static void write(OutputStream out, int rows, int months, long seed) throws IOException {
    int total = 0;
    for (int w : WEIGHTS) {
      total += w;
    }
    SplittableRandom random = new SplittableRandom(seed);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write(HEADER);
    w.write("\r\n");
    for (int i = 0; i < rows; i++) {
      int pick = random.nextInt(total);
      int type = 0;
      while (pick >= WEIGHTS[type]) {
        pick -= WEIGHTS[type++];
      }
      boolean asb = type == 0;
      int month = i * months / rows;
      String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
      if (!asb) {
        w.write(Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())
            + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
      }
      w.write(String.format(Locale.ROOT, ",%d-%02d,Hampshire Constabulary,Hampshire Constabulary,"
              + "%.6f,%.6f,On or near Street %d,E0101%04d,%s %03d%c,%s,%s,\r\n",
          2023 + (month + 3) / 12, (month + 3) % 12 + 1, -1.4 + random.nextDouble() / 2,
          50.9 + random.nextDouble() / 4, random.nextInt(5000), random.nextInt(10000), district,
          random.nextInt(200), (char) ('A' + random.nextInt(5)), TYPES[type],
          asb ? "" : "Investigation complete; no suspect identified"));
    }
    w.flush();
  }
}
