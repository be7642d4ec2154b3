package io.github.sscp.model.geography;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named statistical geography, e.g. Southampton unitary authority {@code E06000045}. The vintage
 * records which boundary year the code belongs to (ONS codes change when boundaries do).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface GeographyRef extends WithGeographyRef {

  /**
   * Obtains a reference whose type is read from the code's prefix.
   *
   * @param code the GSS code, with a known prefix, not null
   * @param name the name, not blank
   * @return the reference, not null
   * @throws io.github.sscp.model.InvalidValueException if the prefix is unknown
   */
  static GeographyRef of(GssCode code, String name) {
    GeographyType type = code.geographyType().orElseThrow(() ->
        new io.github.sscp.model.InvalidValueException("code: prefix " + code.entityPrefix()
            + " of " + code + " is not a known geography type; use builder() and give a type"));
    return builder().code(code).type(type).name(name).build();
  }

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The GSS code. */
  GssCode code();

  /** The kind of geography. */
  GeographyType type();

  /** The name, e.g. "Southampton". */
  @NotBlank
  String name();

  /** The boundary vintage year, e.g. 2023 for CSP23CD codes. */
  Optional<@Positive Integer> vintage();

  /** Construction invariant: a known prefix agrees with the type. */
  @Value.Check
  default void check() {
    code().geographyType().ifPresent(t -> io.github.sscp.model.InvalidValueException.require(
        t == type(), "type: " + type() + " does not match code " + code() + " (a " + t + ")"));
  }

  /** Builder for {@link GeographyRef}. */
  class Builder extends ImmutableGeographyRef.Builder {}
}
