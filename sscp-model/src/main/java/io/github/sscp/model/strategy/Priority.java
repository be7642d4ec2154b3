package io.github.sscp.model.strategy;

import io.github.sscp.model.base.HasProvenance;
import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.IdScope;
import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An overarching priority of the strategy, e.g. "Keeping People safe from harm". Wording changes
 * between versions are kept as aliases so that either wording finds the same priority.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@IdScope(Strategy.class)
public interface Priority extends WithPriority, HasProvenance {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The id focus areas refer to. */
  @Id
  String id();

  /** The position in the strategy, from 1. */
  @Positive
  int order();

  /** The current wording. */
  @NotBlank
  String title();

  /** Earlier or alternative wordings. */
  List<@NotBlank String> aliases();

  /** A fuller description. */
  Optional<@NotBlankIfPresent String> description();

  /**
   * Checks if a wording names this priority: the title or an alias, ignoring case and spacing.
   *
   * @param wording the wording, not null
   * @return true if it matches
   */
  default boolean isNamed(String wording) {
    String wanted = normalise(wording);
    return normalise(title()).equals(wanted)
        || aliases().stream().anyMatch(a -> normalise(a).equals(wanted));
  }

  private static String normalise(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Builder for {@link Priority}. */
  class Builder extends ImmutablePriority.Builder {}
}
