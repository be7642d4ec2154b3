package io.github.sscp.data.tidy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text a spreadsheet would run as a formula is written after a quote and read back without it. */
class FormulaGuardTest {

  @Test
  void aLeadingFormulaCharacterIsQuotedAndUnquoted() {
    for (String s : new String[] {"=1+1", "+44", "-3", "@sum", "\tx", "\rx"}) {
      assertThat(TidyCsv.guarded(s)).isEqualTo("'" + s);
      assertThat(TidyCsv.unguarded(TidyCsv.guarded(s))).isEqualTo(s);
    }
    assertThat(TidyCsv.guarded("Home Office")).isEqualTo("Home Office");
    assertThat(TidyCsv.guarded("")).isEmpty();
    // a quote before anything else is the user's own and stays
    assertThat(TidyCsv.unguarded("'tis")).isEqualTo("'tis");
    assertThat(TidyCsv.unguarded("'")).isEqualTo("'");
    assertThat(TidyCsv.unguarded("'=")).isEqualTo("=");
    assertThat(TidyCsv.unguarded("=")).isEqualTo("=");
  }
}
