package io.github.sscp.data.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.data.ImportException;
import io.github.sscp.data.ImportLog;
import io.github.sscp.data.RowProblem;
import io.github.sscp.model.geography.GssCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bundled ONS lookup and reading another vintage. */
class AreaLookupTest {

  @Test
  void theBundledLookupPlacesSouthamptonAndMergedPartnerships() {
    AreaLookup ons = AreaLookup.ons2019();
    assertThat(ons.districts()).hasSize(341);
    AreaLookup.District soton = ons.district("Southampton").orElseThrow();
    assertThat(soton.ladCode()).isEqualTo(GssCode.of("E06000045"));
    assertThat(soton.cspCode()).isEqualTo(GssCode.of("E22000120"));
    assertThat(soton.pfaName()).isEqualTo("Hampshire");
    assertThat(ons.district("e06000044").orElseThrow().ladName()).isEqualTo("Portsmouth");
    assertThat(ons.districtsOf("North Hampshire")).extracting(AreaLookup.District::ladName)
        .containsExactly("Basingstoke and Deane", "Hart", "Rushmoor");
    assertThat(ons.districtsOf("E22000374")).hasSize(3);
    assertThat(ons.district("Atlantis")).isEmpty();
  }

  @Test
  void anotherVintageIsReadAndBadRowsAreReported() {
    String file = "lad-code;lad-name;csp-code;csp-name;PFA21CD;PFA21NM\n"
        + "E06000045;Southampton;E22000120;Southampton;E23000030;Hampshire\n"
        + "E06000045;Southampton;NOT-A-CODE;Southampton;E23000030;Hampshire\n"
        + "E06000044;Portsmouth\n";
    ImportLog log = ImportLog.lenient();
    AreaLookup lookup = AreaLookup.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
        "lookup-2024.csv", log);
    assertThat(lookup.districts()).hasSize(1);
    assertThat(log.summary().problems()).extracting(RowProblem::line, RowProblem::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3L, "bad GSS code"),
        org.assertj.core.groups.Tuple.tuple(4L, "wrong number of fields"));
    assertThatThrownBy(() -> AreaLookup.read(new ByteArrayInputStream("a;b\n".getBytes(StandardCharsets.UTF_8)),
        "x.csv", ImportLog.lenient())).isInstanceOf(ImportException.class)
        .hasMessageStartingWith("x.csv:1: not an ONS district lookup");
  }
}
