package io.github.sscp.model.organisation;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import io.github.sscp.model.geography.GssCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that can belong to a partnership, e.g. Hampshire and Isle of Wight Constabulary.
 * What it does in a given partnership is its {@link Membership}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Organisation extends WithOrganisation {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The id other parts of the model refer to, e.g. {@code hiow-constabulary}. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** The organisation's name. */
  @NotBlank
  String name();

  /** Other names it is known by, e.g. "OPCC". */
  List<@NotBlank String> aliases();

  /** What kind of organisation it is. */
  OrganisationType type();

  /** Geography it serves, where it has a GSS code (a council's district, a force's area). */
  Optional<GssCode> area();

  /**
   * External identifiers keyed by scheme, e.g. {@code "ods" → "QRL"} for an NHS body or {@code
   * "charity" → "1234567"}.
   */
  Map<@NotBlank String, @NotBlank String> identifiers();

  /** The organisation's public web site. */
  Optional<@NotBlankIfPresent String> website();

  /** Builder for {@link Organisation}. */
  class Builder extends ImmutableOrganisation.Builder {}
}
