package io.github.sscp.model.strategy;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import io.github.sscp.model.Provenance;
import io.github.sscp.model.measure.MeasureBinding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A focus area of the strategy, such as one of Southampton's tactical "obsessions": a summary of
 * data, what needs to be done, how we will do it (actions) and measures of success.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface FocusArea extends WithFocusArea {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The focus area's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** What the partnership calls it. */
  FocusAreaKind kind();

  /** Its title. */
  @NotBlank
  String title();

  /** The key crime issue it tackles, by id. */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> keyCrimeIssueId();

  /** The priorities it achieves, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> priorityIds();

  /** A summary of data. */
  Optional<@NotBlankIfPresent String> dataSummary();

  /** What needs to be done. */
  List<@NotBlank String> whatNeedsToBeDone();

  /** How we will do it. */
  List<@Valid Action> howWeWillDoIt();

  /** Measures of success. */
  List<@Valid MeasureBinding> measuresOfSuccess();

  /** The lead organisation, by id. */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> leadOrganisationId();

  /** The meeting at which it was agreed, by id. */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> agreedAtMeetingId();

  /** Where its content came from. */
  @Value.Default
  @Valid
  default Provenance provenance() {
    return Provenance.SUPPLIED;
  }

  /** Builder for {@link FocusArea}. */
  class Builder extends ImmutableFocusArea.Builder {}
}
