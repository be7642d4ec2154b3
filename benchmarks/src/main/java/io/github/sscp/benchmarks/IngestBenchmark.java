package io.github.sscp.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.policeuk.AreaSelection;
import io.github.sscp.data.policeuk.PoliceUkCounts;
import io.github.sscp.data.policeuk.PoliceUkReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * police.uk ingest (parse, check, select Southampton, count by month and category) of a
 * Hampshire-shaped month of 100,000 rows held in memory, against reading the same bytes line by
 * line without parsing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class IngestBenchmark {

  /** Rows in the file. */
  public static final int ROWS = 100_000;

  byte[] bytes;
  PoliceUkReader reader;

  /**
   * Generates the file.
   *
   * @throws IOException never, in memory
   */
  @Setup
  public void setUp() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreetFiles.write(out, ROWS, 1, 5L);
    bytes = out.toByteArray();
    reader = PoliceUkReader.of(AreaSelection.localAuthority("Southampton"));
  }

  /**
   * The size of the generated file, for MB/s: the same seed always gives the same bytes.
   *
   * @return bytes
   */
  static int bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      StreetFiles.write(out, ROWS, 1, 5L);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.size();
  }

  /**
   * The ingest.
   *
   * @return the counts
   */
  @Benchmark
  public PoliceUkCounts ingest() {
    return reader.count(new ByteArrayInputStream(bytes), "2023-04-hampshire-street.csv",
        ImportLog.lenient(), false);
  }

  /**
   * A second reference: FastCSV's parse of the same bytes into records, nothing else.
   *
   * @return the fields read
   * @throws IOException never, in memory
   */
  @Benchmark
  public long parseOnly() throws IOException {
    long fields = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8)) {
      for (CsvRecord r : csv) {
        fields += r.getFieldCount();
      }
    }
    return fields;
  }

  /**
   * The baseline: the same bytes decoded and split into lines, nothing else.
   *
   * @return the characters read
   * @throws IOException never, in memory
   */
  @Benchmark
  public long rawLines() throws IOException {
    long chars = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        chars += line.length();
      }
    }
    return chars;
  }
}
