package io.github.sscp.model.geography;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.constraint.Id;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of peer areas a partnership compares itself with, e.g. an iQuanta most similar group. One
 * partnership may use several, by topic.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface ComparatorGroup extends WithComparatorGroup, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The group's id. */
  @Id
  String id();

  /** Its name. */
  @NotBlank
  String name();

  /** Where it comes from. */
  ComparatorSource source();

  /** The member areas, the partnership itself included. */
  @Size(min = 2, message = "must have at least 2 members to compare")
  List<@Valid GeographyRef> members();

  /** The year the membership was set. */
  Optional<Integer> vintage();

  /** The topics it is used for, e.g. "police recorded crime". */
  List<@NotBlank String> topics();

  /** Builder for {@link ComparatorGroup}. */
  class Builder extends ImmutableComparatorGroup.Builder {}
}
