package io.github.sscp.model.strategy;

import io.github.sscp.model.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A revision of a strategy, e.g. the 2024 mid-term refresh prompted by a new chair.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface StrategyRevision extends WithStrategyRevision {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The version label, e.g. "2024 refresh". */
  @NotBlank
  String version();

  /** The kind of revision. */
  RevisionKind kind();

  /** The year the revision was made, e.g. 2024. */
  int year();

  /** The date it was agreed, if known. */
  Optional<LocalDate> agreedOn();

  /** Why it was made, e.g. the election of a new chair. */
  List<@NotBlank String> reasons();

  /** What changed and what stayed. */
  List<@NotBlank String> changes();

  /** The decisions that agreed it, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> decisionIds();

  /** Builder for {@link StrategyRevision}. */
  class Builder extends ImmutableStrategyRevision.Builder {}
}
