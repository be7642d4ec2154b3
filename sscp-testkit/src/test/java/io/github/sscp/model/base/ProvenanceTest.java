package io.github.sscp.model.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

  @Test
  void provenance_sourcedCitesAndIllustrativeExplains() {
    assertThatThrownBy(() -> ImmutableProvenance.builder()
        .kind(ProvenanceKind.SOURCED).build()).hasMessageStartingWith("provenance.citation:");
    assertThatThrownBy(() -> ImmutableProvenance.builder()
        .kind(ProvenanceKind.ILLUSTRATIVE).build()).hasMessageStartingWith("provenance.note:");
    assertThatThrownBy(() -> ImmutableProvenance.builder()
        .kind(ProvenanceKind.INFERRED).citation("c").build()).hasMessageStartingWith("provenance.note:");
    assertThat(Provenance.illustrative("made up").isIllustrative()).isTrue();
    assertThat(Provenance.sourced("a").isIllustrative()).isFalse();
    assertThat(Provenance.SUPPLIED.isIllustrative()).isFalse();
  }
}
