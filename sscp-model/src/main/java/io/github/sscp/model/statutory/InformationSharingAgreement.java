package io.github.sscp.model.statutory;

import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An information sharing agreement or protocol between partners: who signed it, when, and when it
 * is due for review.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface InformationSharingAgreement extends WithInformationSharingAgreement {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The agreement's id. */
  @Id
  String id();

  /** Its title. */
  @NotBlank
  String title();

  /** The signatories, by organisation id. */
  @RefersTo(Organisation.class)
  List<@Id String> signatoryOrganisationIds();

  /** When it was signed. */
  Optional<LocalDate> signedOn();

  /** When it is due for review. */
  Optional<LocalDate> reviewDueOn();

  /** Where it is held. */
  Optional<@NotBlankIfPresent String> url();

  /** Builder for {@link InformationSharingAgreement}. */
  class Builder extends ImmutableInformationSharingAgreement.Builder {}
}
