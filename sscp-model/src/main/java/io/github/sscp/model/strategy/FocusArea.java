package io.github.sscp.model.strategy;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.governance.Meeting;
import io.github.sscp.model.organisation.Organisation;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.IdScope;
import io.github.sscp.model.constraint.RefersTo;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import io.github.sscp.model.measure.MeasureBinding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
@IdScope(Strategy.class)
public interface FocusArea extends WithFocusArea, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The focus area's id. */
  @Id
  String id();

  /** What the partnership calls it. */
  FocusAreaKind kind();

  /** Its title. */
  @NotBlank
  String title();

  /** The key crime issue it tackles, by id. */
  @RefersTo(value = KeyCrimeIssue.class, within = Strategy.class)
  Optional<@Id String> keyCrimeIssueId();

  /** The priorities it achieves, by id. */
  @RefersTo(value = Priority.class, within = Strategy.class)
  List<@Id String> priorityIds();

  /** A summary of data. */
  Optional<@NotBlankIfPresent String> dataSummary();

  /** What needs to be done. */
  List<@NotBlank String> whatNeedsToBeDone();

  /** How we will do it. */
  List<@Valid Action> howWeWillDoIt();

  /** Measures of success. */
  List<@Valid MeasureBinding> measuresOfSuccess();

  /** The lead organisation, by id. */
  @RefersTo(Organisation.class)
  Optional<@Id String> leadOrganisationId();

  /** The meeting at which it was agreed, by id. */
  @RefersTo(Meeting.class)
  Optional<@Id String> agreedAtMeetingId();

  /** Builder for {@link FocusArea}. */
  class Builder extends ImmutableFocusArea.Builder {}
}
