package io.github.sscp.model.statutory;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * How the partners share information: their agreements and the register of data feeds.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface InformationSharing extends WithInformationSharing {

  /** No agreements and no feeds recorded. */
  InformationSharing NONE = new Builder().build();

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Information sharing agreements and protocols. */
  List<@Valid InformationSharingAgreement> agreements();

  /** The data-feed register. */
  List<@Valid DataFeed> dataFeeds();

  /** Builder for {@link InformationSharing}. */
  class Builder extends ImmutableInformationSharing.Builder {}
}
