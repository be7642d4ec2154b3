package io.github.sscp.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Output that is safe on a terminal: control characters (other than line feed and tab), escape,
 * the C1 controls and the bidirectional-text controls that can reorder what a user sees are written
 * as {@code \\uXXXX}. Inside a JSON string that is the same character, so JSON stays valid and
 * means the same; documents whose text must stay byte for byte (YAML) use {@link #raw}.
 */
final class Terminal {

  private Terminal() {}

  /** A print writer that escapes what {@link #isUnsafe} says, and knows its raw writer. */
  static final class SafePrintWriter extends PrintWriter {
    private final PrintWriter raw;

    SafePrintWriter(PrintWriter raw) {
      super(new Escaping(raw), true);
      this.raw = raw;
    }
  }

  /**
   * Wraps a writer so that what is written through it is terminal-safe.
   *
   * @param out the writer, not null
   * @return the safe writer, not null
   */
  static PrintWriter safe(PrintWriter out) {
    return out instanceof SafePrintWriter ? out : new SafePrintWriter(out);
  }

  /**
   * Obtains the writer beneath a safe one, for documents and the progress line.
   *
   * @param out a writer, not null
   * @return the raw writer (the same one if it was not wrapped), not null
   */
  static PrintWriter raw(PrintWriter out) {
    return out instanceof SafePrintWriter s ? s.raw : out;
  }

  /**
   * Checks if a character may change what a terminal shows beyond itself.
   *
   * @param c the character
   * @return true for controls other than line feed and tab, and for bidirectional controls
   */
  static boolean isUnsafe(char c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
        || c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Makes a text terminal-safe.
   *
   * @param text the text, not null
   * @return the text with every unsafe character written as {@code \\uXXXX}, not null
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static final class Escaping extends FilterWriter {
    Escaping(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (isUnsafe((char) c)) {
        out.write(escape(String.valueOf((char) c)));
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.write(escape(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.write(escape(text.substring(offset, offset + length)));
    }
  }
}
