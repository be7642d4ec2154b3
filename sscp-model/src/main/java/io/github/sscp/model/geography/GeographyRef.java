package io.github.sscp.model.geography;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named statistical geography, e.g. Southampton unitary authority {@code E06000045}. The code may
 * be unknown (a partnership not yet in the ONS lookups): then the type is given and no code is
 * invented. The vintage records which ONS release the code was taken from (codes change when
 * boundaries do).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface GeographyRef extends WithGeographyRef, HasProvenance {

  /**
   * Obtains a reference whose type is read from the code's prefix.
   *
   * @param code the GSS code, with a known prefix, not null
   * @param name the name, not blank
   * @return the reference, not null
   * @throws InvalidValueException if the prefix is unknown
   */
  static GeographyRef of(GssCode code, String name) {
    GeographyType type = code.geographyType().orElseThrow(() ->
        new InvalidValueException("code: prefix " + code.entityPrefix() + " of " + code
            + " is not a known geography type; use builder() and give a type"));
    return builder().code(code).type(type).name(name).build();
  }

  /**
   * Obtains a reference to a geography whose GSS code is not known.
   *
   * @param type the kind of geography, not null
   * @param name the name, not blank
   * @return the reference, with no code, not null
   */
  static GeographyRef withoutCode(GeographyType type, String name) {
    return builder().type(type).name(name).build();
  }

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The GSS code, if known. */
  Optional<GssCode> code();

  /** The kind of geography. */
  GeographyType type();

  /** The name, e.g. "Southampton". */
  @NotBlank
  String name();

  /** The ONS release year the code comes from, e.g. 2019 for the December 2019 lookup. */
  Optional<@Positive Integer> vintage();

  /** Construction invariant: a known prefix agrees with the type. */
  @Value.Check
  default void check() {
    code().flatMap(GssCode::geographyType).ifPresent(t -> InvalidValueException.require(
        t == type(), () -> "type: " + name() + " is given as " + type() + " but its code "
            + code().orElseThrow() + " is a " + t));
  }

  /** Builder for {@link GeographyRef}. */
  class Builder extends ImmutableGeographyRef.Builder {}
}
