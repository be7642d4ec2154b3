package io.github.sscp.model.strategy;

import io.github.sscp.model.measure.CrimeCategory;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.IdScope;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * A named part of a key crime issue, e.g. "domestic abuse" within "Tackling violent crime", mapped to
 * the crime categories that measure it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@IdScope(KeyCrimeIssue.class)
public interface SubIssue extends WithSubIssue {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The sub-issue's id. */
  @Id
  String id();

  /** Its name, e.g. "retail theft". */
  @NotBlank
  String title();

  /** The crime categories that measure it, by id. */
  @RefersTo(CrimeCategory.class)
  List<@Id String> crimeCategoryIds();

  /** Builder for {@link SubIssue}. */
  class Builder extends ImmutableSubIssue.Builder {}
}
