package io.github.sscp.model.organisation;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.base.PersonalData;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named person in a public role, e.g. the chair. Kept minimal: a display name and role title are
 * public; {@link #contact()} is {@link PersonalData}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Person extends WithPerson, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The id other parts of the model refer to. */
  @Id
  String id();

  /** The name as published, e.g. "Cllr Lambert". */
  @NotBlank
  String displayName();

  /** The role title, e.g. "Head of Service, Stronger Communities". */
  Optional<@NotBlankIfPresent String> roleTitle();

  /** The organisation the person works for, by id. */
  @RefersTo(Organisation.class)
  Optional<@Id String> organisationId();

  /** Contact details: personal data. */
  @PersonalData
  Optional<@Valid ContactDetails> contact();

  /** Builder for {@link Person}. */
  class Builder extends ImmutablePerson.Builder {}
}
