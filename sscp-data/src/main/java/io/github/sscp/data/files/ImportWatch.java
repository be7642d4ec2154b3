package io.github.sscp.data.files;

import io.github.sscp.data.ImportLog;
import java.util.function.Supplier;

/**
 * Watches an import while it runs, for example to show the rows read so far on a terminal; the
 * log may be read from another thread only through {@link ImportLog#rowsReadSoFar()}.
 */
public interface ImportWatch {

  /** Watches nothing. */
  ImportWatch NONE = new ImportWatch() {
    @Override
    public <T> T during(ImportLog log, Supplier<T> work) {
      return work.get();
    }
  };

  /**
   * Runs an import's work while watching its log.
   *
   * @param <T> the work's result
   * @param log the import's log, not null
   * @param work the import, not null
   * @return the work's result
   */
  <T> T during(ImportLog log, Supplier<T> work);
}
