package io.github.sscp.model.base;

import jakarta.validation.Valid;
import org.immutables.value.Value;

/**
 * A value whose content may be supplied, sourced, inferred or illustrative. The one place the model
 * declares the {@code provenance} attribute: value types that carry it extend this interface, and
 * it defaults to {@link Provenance#SUPPLIED}.
 */
public interface HasProvenance {

  /**
   * Obtains where the content came from.
   *
   * @return the provenance, {@link Provenance#SUPPLIED} unless set, not null
   */
  @Value.Default
  @Valid
  default Provenance provenance() {
    return Provenance.SUPPLIED;
  }
}
