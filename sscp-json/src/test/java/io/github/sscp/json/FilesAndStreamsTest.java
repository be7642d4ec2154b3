package io.github.sscp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sscp.model.Partnership;
import io.github.sscp.model.base.SscpException;
import io.github.sscp.rules.compliance.Confidence;
import io.github.sscp.rules.compliance.Jurisdiction;
import io.github.sscp.rules.compliance.LegalSource;
import io.github.sscp.rules.compliance.RuleVersion;
import io.github.sscp.rules.kpi.spc.PointType;
import io.github.sscp.rules.kpi.spc.SpcPoint;
import io.github.sscp.rules.kpi.spc.SpcRule;
import io.github.sscp.rules.kpi.spc.SpecialCause;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a partnership from a file and writing any document to a file or stream, as an embedder
 * does; failures name the file and extend {@link SscpException}; the same value is the same bytes.
 */
class FilesAndStreamsTest {

  static final Path SMALL = Path.of("src/test/resources/io/github/sscp/json/valid/small-partnership.yaml");

  @TempDir
  Path dir;

  @Test
  void aPartnershipFileIsReadAndItsProblemsNameTheFile() throws Exception {
    Partnership p = SscpJson.standard().readPartnership(SMALL);
    assertThat(p.name()).isNotBlank();
    Path broken = Files.writeString(dir.resolve("broken.yaml"), Files.readString(SMALL)
        .replace("nation: ENGLAND", "nation: SCOTLAND"));
    assertThatThrownBy(() -> SscpJson.standard().readPartnership(broken))
        .isInstanceOf(SscpJsonException.class).isInstanceOf(SscpException.class)
        .hasMessageStartingWith("1 problem in " + broken)
        .satisfies(e -> assertThat(((SscpException) e).details()).singleElement().asString()
            .startsWith("/document/nation (line ").contains("\"SCOTLAND\" is not one of"));
    assertThatThrownBy(() -> SscpJson.standard().readPartnership(dir.resolve("none.yaml")))
        .isInstanceOf(SscpJsonException.class).hasMessageContaining("none.yaml")
        .hasMessageContaining("no such file");
    assertThatThrownBy(() -> SscpJson.standard().readPartnership(dir))
        .isInstanceOf(SscpJsonException.class).hasMessageContaining("could not be read");
  }

  @Test
  void aDocumentIsWrittenToAStreamOrAFileWhole() throws Exception {
    Partnership p = SscpJson.standard().readPartnership(SMALL);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SscpJson.standard().write(p, Format.YAML, out);
    String yaml = out.toString(StandardCharsets.UTF_8);
    assertThat(yaml).isEqualTo(SscpJson.standard().write(p, Format.YAML));
    Path file = Files.writeString(dir.resolve("p.json"), "an older file");
    SscpJson.standard().write(p, Format.JSON, file);
    assertThat(SscpJson.standard().readPartnership(file)).isEqualTo(p);
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(f -> f.getFileName().toString())).containsExactly("p.json");
    }
    assertThatThrownBy(() -> SscpJson.standard().write(p, Format.JSON,
        dir.resolve("no-such-folder/p.json"))).isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("no-such-folder");
  }

  @Test
  void setsAreWrittenInOneOrderWhateverTheirOrderInMemory() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SscpJsonModule()).build();
    Set<Jurisdiction> walesFirst = new LinkedHashSet<>(List.of(Jurisdiction.WALES, Jurisdiction.ENGLAND));
    RuleVersion v = new RuleVersion(walesFirst, Optional.of(LocalDate.of(2007, 8, 1)), false, "r",
        Confidence.HIGH, Optional.of(new LegalSource("Act", "s1", "https://x")));
    assertThat(v.jurisdictions()).containsExactly(Jurisdiction.ENGLAND, Jurisdiction.WALES);
    assertThat(mapper.writeValueAsString(v)).contains("\"jurisdictions\":[\"ENGLAND\",\"WALES\"]");
    Set<SpcRule> rules = new LinkedHashSet<>(List.of(SpcRule.values()));
    List<SpcRule> reversed = new java.util.ArrayList<>(rules);
    java.util.Collections.reverse(reversed);
    SpcPoint a = point(new LinkedHashSet<>(rules));
    SpcPoint b = point(new LinkedHashSet<>(reversed));
    assertThat(mapper.writeValueAsString(a)).isEqualTo(mapper.writeValueAsString(b));
    assertThat(a.rules()).containsExactly(SpcRule.values());
  }

  static SpcPoint point(Set<SpcRule> rules) {
    return new SpcPoint(Optional.empty(), 1, 0, 1, 0, 2, 0.5, 1.5, 0, false, false, rules,
        SpecialCause.COMMON_CAUSE, PointType.COMMON_CAUSE);
  }
}
