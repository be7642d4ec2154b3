package io.github.sscp.model.strategy;

import io.github.sscp.model.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.immutables.value.Value;

/**
 * A named part of a key crime issue, e.g. "domestic abuse" within "Tackling violent crime", mapped to
 * the crime categories that measure it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface SubIssue extends WithSubIssue {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The sub-issue's id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String id();

  /** Its name, e.g. "retail theft". */
  @NotBlank
  String title();

  /** The crime categories that measure it, by id. */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> crimeCategoryIds();

  /** Builder for {@link SubIssue}. */
  class Builder extends ImmutableSubIssue.Builder {}
}
