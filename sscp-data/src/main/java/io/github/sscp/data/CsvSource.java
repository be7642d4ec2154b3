package io.github.sscp.data;

import org.jspecify.annotations.Nullable;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Streams the records of one CSV file (RFC 4180, UTF-8 with or without a byte-order mark, CRLF or
 * LF) to a handler, one at a time, with the line each starts on, through FastCSV. Lines starting
 * with {@code #} are comments (sscp's bundled files carry their attribution that way). Input is
 * bounded: a field longer than {@link #MAX_FIELD_LENGTH} characters, or a field that spans lines, makes its
 * row a bad row; a record longer than {@link #MAX_RECORD_LENGTH} characters stops the file. A file
 * that is not well-formed CSV stops at the fault with a problem naming the last good line.
 *
 * <p>Thread-safe: stateless.
 */
public final class CsvSource {

  /** The longest field a row may have, in characters. */
  public static final int MAX_FIELD_LENGTH = 4096;
  /** The longest record FastCSV will buffer, in characters. */
  public static final int MAX_RECORD_LENGTH = 1 << 20;

  private CsvSource() {}

  /** Receives the header and then each data row of a file. */
  public interface Handler {

    /**
     * Receives the header.
     *
     * @param fields the header's fields, not null
     * @return true to read the rows; false if the file is not of the expected kind (the handler
     *     has recorded why)
     */
    boolean header(List<String> fields);

    /**
     * Receives a data row whose fields are within bounds. The handler records it as used or
     * skipped; the row has already been counted as read.
     *
     * @param line the line the row starts on, from 1
     * @param fields the fields, not null
     */
    void row(long line, List<String> fields);
  }

  /**
   * Reads a file.
   *
   * @param in the bytes, not null; not closed
   * @param name the file's name, for messages, not null
   * @param separator the field separator, e.g. ',' or ';'
   * @param log the import's log, not null
   * @param handler the handler, not null
   * @throws ImportException in strict mode, at the first bad row
   */
  public static void read(InputStream in, String name, char separator, ImportLog log,
      Handler handler) {
    CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator)
        .commentStrategy(CommentStrategy.SKIP).skipEmptyLines(true).allowExtraFields(true)
        .allowMissingFields(true).allowExtraCharsAfterClosingQuote(true).detectBomHeader(true)
        .maxBufferSize(MAX_RECORD_LENGTH)
        .ofCsvRecord(new NonClosing(in), StandardCharsets.UTF_8);
    long last = 0;
    boolean header = true;
    try {
      for (CsvRecord record : reader) {
        last = record.getStartingLineNumber();
        List<String> fields = record.getFields();
        if (header) {
          header = false;
          if (!handler.header(fields)) {
            return;
          }
          continue;
        }
        log.read();
        String fault = fault(fields);
        if (fault != null) {
          log.problem(new RowProblem(name, last, "malformed row", fault));
        } else {
          handler.row(last, fields);
        }
      }
      if (header) {
        log.fileProblem(new RowProblem(name, 0, "empty file", "the file has no header"));
      }
    } catch (CsvParseException e) {
      log.fileProblem(new RowProblem(name, last + 1, "malformed CSV",
          "reading stopped after line " + last + ": " + e.getMessage()));
    } catch (UncheckedIOException e) {
      throw new ImportException(new RowProblem(name, last + 1, "unreadable", String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * Checks if a header has exactly the given columns, in order; surrounding spaces are ignored.
   *
   * @param header the header's fields, not null
   * @param columns the expected column names, not null
   * @return true if they match
   */
  public static boolean hasColumns(List<String> header, List<String> columns) {
    if (header.size() != columns.size()) {
      return false;
    }
    for (int i = 0; i < columns.size(); i++) {
      if (!header.get(i).strip().equals(columns.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String fault(List<String> fields) {
    for (int i = 0, n = fields.size(); i < n; i++) {
      String f = fields.get(i);
      if (f.length() > MAX_FIELD_LENGTH) {
        return "a field of " + f.length() + " characters, longer than " + MAX_FIELD_LENGTH;
      }
      if (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        return "a quoted field spans lines";
      }
    }
    return null;
  }

  /** Keeps FastCSV from closing a stream the caller owns (e.g. a zip entry). */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      // the caller closes the stream
    }
  }
}
