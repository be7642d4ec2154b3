package io.github.sscp.benchmarks;

import io.github.sscp.data.ImportLog;
import io.github.sscp.data.policeuk.AreaSelection;
import io.github.sscp.data.policeuk.PoliceUkCounts;
import io.github.sscp.data.policeuk.PoliceUkReader;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Ingests twelve months of a whole force — a generated file of 1,500,000 Hampshire-shaped rows —
 * and prints the peak heap used. {@link BudgetReport} runs it with {@code -Xmx64m}: finishing at
 * all proves the ingest streams.
 */
public final class HeapCheck {

  /** Rows in the file. */
  static final int ROWS = 1_500_000;

  private HeapCheck() {}

  /**
   * Generates the file, ingests it and prints "rows=… bytes=… peakHeapMiB=… seconds=…".
   *
   * @param args ignored
   * @throws IOException if the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Files.createTempFile("sscp-heap-check-", "-hampshire-street.csv");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        StreetFiles.write(out, ROWS, 12, 7L);
      }
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      long start = System.nanoTime();
      PoliceUkCounts counts = PoliceUkReader.of(AreaSelection.all()).count(file, ImportLog.lenient(),
          false);
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(Locale.ROOT, "rows=%d bytes=%d peakHeapMiB=%.1f seconds=%.2f maxHeapMiB=%.0f%n",
          counts.summary().rowsUsed(), Files.size(file), peak / 1048576.0, seconds,
          Runtime.getRuntime().maxMemory() / 1048576.0);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
