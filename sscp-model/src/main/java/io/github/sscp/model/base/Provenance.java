package io.github.sscp.model.base;

import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a value came from: supplied by the partnership, sourced from a cited document, inferred, or
 * illustrative. Illustrative and inferred provenance must say why in a note; sourced provenance must
 * cite its source.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Provenance extends WithProvenance {

  /** The default: content supplied by the partnership that owns the model. */
  Provenance SUPPLIED = ImmutableProvenance.builder().kind(ProvenanceKind.SUPPLIED).build();

  /**
   * Obtains provenance citing a source.
   *
   * @param citation the source, e.g. "SSCP briefing 2024, para 4", not blank
   * @return the provenance, not null
   */
  static Provenance sourced(String citation) {
    return ImmutableProvenance.builder().kind(ProvenanceKind.SOURCED).citation(citation).build();
  }

  /**
   * Obtains provenance for content inferred from a source.
   *
   * @param citation the source the inference starts from, not blank
   * @param note how it was inferred, not blank
   * @return the provenance, not null
   */
  static Provenance inferred(String citation, String note) {
    return ImmutableProvenance.builder()
        .kind(ProvenanceKind.INFERRED).citation(citation).note(note).build();
  }

  /**
   * Obtains provenance for illustrative content.
   *
   * @param note why it is illustrative, e.g. "Annex 1 is not public", not blank
   * @return the provenance, not null
   */
  static Provenance illustrative(String note) {
    return ImmutableProvenance.builder().kind(ProvenanceKind.ILLUSTRATIVE).note(note).build();
  }

  /** The kind of provenance. */
  ProvenanceKind kind();

  /** The source cited, if any. */
  Optional<@NotBlankIfPresent String> citation();

  /** A note on how the content was inferred or why it is illustrative. */
  Optional<@NotBlankIfPresent String> note();

  /** Checks if this content is illustrative rather than real. */
  default boolean isIllustrative() {
    return kind() == ProvenanceKind.ILLUSTRATIVE;
  }

  /** Construction invariant: sourced needs a citation; inferred and illustrative need a note. */
  @Value.Check
  default void check() {
    InvalidValueException.require(kind() != ProvenanceKind.SOURCED || citation().isPresent(),
        "provenance.citation: SOURCED provenance must cite its source");
    InvalidValueException.require(
        (kind() != ProvenanceKind.ILLUSTRATIVE && kind() != ProvenanceKind.INFERRED)
            || note().isPresent(),
        "provenance.note: " + kind() + " provenance must say why in a note");
  }
}
