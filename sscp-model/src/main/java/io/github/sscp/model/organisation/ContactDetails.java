package io.github.sscp.model.organisation;

import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.base.PersonalData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to reach a named person. This is personal data: public views drop it.
 *
 * <p>Immutable and thread-safe.
 */
@PersonalData
@Value.Immutable
public interface ContactDetails extends WithContactDetails {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** E-mail address. */
  Optional<@Email @NotBlankIfPresent String> email();

  /** Telephone number as written. */
  Optional<@NotBlankIfPresent String> telephone();

  /** Builder for {@link ContactDetails}. */
  class Builder extends ImmutableContactDetails.Builder {}
}
