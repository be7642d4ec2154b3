package io.github.sscp.model.measure;

import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a measure's figures come from, e.g. "Home Office police recorded crime, CSP open data",
 * published under the Open Government Licence v3.0.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface DataSource extends WithDataSource {

  /**
   * Obtains a data source with just a name.
   *
   * @param name the name, not blank
   * @return the source, not null
   */
  static DataSource of(String name) {
    return builder().name(name).build();
  }

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** The source's name. */
  @NotBlank
  String name();

  /** Who publishes it, e.g. "Home Office". */
  Optional<@NotBlankIfPresent String> publisher();

  /** Where it is published. */
  Optional<@NotBlankIfPresent String> url();

  /** The licence, e.g. "Open Government Licence v3.0". */
  Optional<@NotBlankIfPresent String> licence();

  /** The attribution statement the licence asks for. */
  Optional<@NotBlankIfPresent String> attribution();

  /** Builder for {@link DataSource}. */
  class Builder extends ImmutableDataSource.Builder {}
}
