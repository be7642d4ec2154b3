package io.github.sscp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What reaches a terminal: control and bidirectional characters escaped, all else as it is. */
class TerminalTest {

  @Test
  void exactlyTheControlAndDirectionCharactersAreUnsafe() {
    for (char c : new char[] {0x00, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, '\u061C', '\u200E', '\u200F',
        '\u202A', '\u202E', '\u2066', '\u2069', '\u2028', '\u2029', '\r'}) {
      assertThat(Terminal.isUnsafe(c)).as("U+%04X", (int) c).isTrue();
    }
    for (char c : new char[] {'\n', '\t', ' ', '~', 0xA0, 'é', '\u061B', '\u061D', '\u200D',
        '\u2010', '\u2026', '\u2027', '\u2030', '\u2065', '\u206A', '\u2029' - 3, '\u202F',
        '→', '—'}) {
      assertThat(Terminal.isUnsafe(c)).as("U+%04X", (int) c).isFalse();
    }
  }

  @Test
  void unsafeCharactersAreWrittenAsEscapesAndTheRestUnchanged() {
    assertThat(Terminal.escape("plain — text")).isEqualTo("plain — text");
    assertThat(Terminal.escape("a\u001B[2Jb\u202Ec")).isEqualTo("a\\u001B[2Jb\\u202Ec");
    assertThat(Terminal.escape("\u0007")).isEqualTo("\\u0007");
    StringWriter raw = new StringWriter();
    PrintWriter safe = Terminal.safe(new PrintWriter(raw));
    safe.print('\u001B');
    safe.print("x\u202Ey");
    safe.write("--\u0007--".toCharArray(), 1, 3);
    safe.write('z');
    safe.flush();
    assertThat(raw.toString()).isEqualTo("\\u001Bx\\u202Ey-\\u0007-z");
    assertThat(Terminal.raw(safe)).isNotSameAs(safe);
    PrintWriter plain = new PrintWriter(new StringWriter());
    assertThat(Terminal.raw(plain)).isSameAs(plain);
  }
}
