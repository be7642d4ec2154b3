package io.github.sscp.model.measure;

import io.github.sscp.model.constraint.NotBlankIfPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A data file the partnership's figures are read from, named in the partnership file so that the
 * {@code kpi} and {@code report} commands read it without being told: a police.uk download (a
 * street file, a folder of them or their zip), a Home Office CSP table or a tidy CSV
 * ({@code measure,period,value}). For example {@code path: southampton-crime.csv} with {@code
 * feeds: {burglary_residential: residential-burglary}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface DataFile extends WithDataFile {

  /**
   * Obtains a data file named by its path alone.
   *
   * @param path the path, relative to the partnership file's folder, not blank
   * @return the data file, not null
   */
  static DataFile of(String path) {
    return builder().path(path).build();
  }

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The file's path, relative to the folder of the partnership file that names it (an absolute
   * path is read as it stands), e.g. {@code data/street.zip}.
   */
  @NotBlank
  @Size(max = 1000)
  String path();

  /**
   * Which measure each of the file's data keys feeds, e.g. {@code police-uk/burglary:
   * residential-burglary}; a key whose crime category one measure counts feeds that measure without
   * being listed here, and tidy CSV names its measures itself.
   */
  Map<@NotBlank String, @NotBlank String> feeds();

  /** The partnership's name in the file, where it differs from its area's name. */
  Optional<@NotBlankIfPresent String> area();

  /** A note for people: what the file is and where it was downloaded from. */
  Optional<@NotBlankIfPresent String> note();

  /** Builder for {@link DataFile}. */
  class Builder extends ImmutableDataFile.Builder {}
}
