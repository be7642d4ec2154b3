package io.github.sscp.model.organisation;

import io.github.sscp.model.validation.NotBlankIfPresent;
import io.github.sscp.model.Ids;
import io.github.sscp.model.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person holding an office for the partnership, e.g. Rob Henderson, elected chair, or Cllr Lambert,
 * lead Cabinet Member for Communities and Safer City.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface Officeholder extends WithOfficeholder {

  /** Obtains a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** The office. */
  Office office();

  /** The person, by id. */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String personId();

  /** How the office was obtained. */
  Optional<Selection> selection();

  /** The portfolio or title of the office, e.g. "Communities and Safer City". */
  Optional<@NotBlankIfPresent String> portfolio();

  /** The first day in office, if known. */
  Optional<LocalDate> from();

  /** The last day in office, if it has ended. */
  Optional<LocalDate> to();

  /** Construction invariant: the term does not end before it starts. */
  @Value.Check
  default void check() {
    if (from().isPresent() && to().isPresent()) {
      InvalidValueException.require(!to().get().isBefore(from().get()),
          "to: " + to().get() + " is before from " + from().get());
    }
  }

  /** Builder for {@link Officeholder}. */
  class Builder extends ImmutableOfficeholder.Builder {}
}
