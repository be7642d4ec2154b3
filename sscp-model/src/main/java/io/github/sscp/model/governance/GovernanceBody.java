package io.github.sscp.model.governance;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body in the partnership's governance, e.g. the SSCP strategic board or the council's Cabinet.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface GovernanceBody extends WithGovernanceBody {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The body's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** Its name. */
  @NotBlank
  String name();

  /** What kind of body it is. */
  GovernanceBodyType type();

  /** The organisation it belongs to, by id (e.g. the council for Cabinet). */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> organisationId();

  /** The body it reports to, by id. */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> parentId();

  /** How often it meets, e.g. "quarterly". */
  Optional<@NotBlankIfPresent String> meetingFrequency();

  /** Builder for {@link GovernanceBody}. */
  class Builder extends ImmutableGovernanceBody.Builder {}
}
