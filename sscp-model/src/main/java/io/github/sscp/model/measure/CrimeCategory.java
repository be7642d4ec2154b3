package io.github.sscp.model.measure;

import io.github.sscp.model.constraint.Id;
import io.github.sscp.model.constraint.RefersTo;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A category of crime or disorder in a code system, e.g. police.uk {@code burglary} or the Home
 * Office subgroup "Residential burglary". Measures and key crime issues refer to categories by
 * {@link #id()}, which is {@code system-prefix/code} for the built-in systems (see {@link
 * CrimeCategories}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface CrimeCategory extends WithCrimeCategory {

  /**
   * Obtains a new builder.
   *
   * @return the builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a category.
   *
   * @param id the id, e.g. "police-uk/burglary", not null
   * @param system the code system, not null
   * @param code the code in that system, not blank
   * @param label the human label, not blank
   * @return the category, not null
   */
  static CrimeCategory of(String id, CrimeCategorySystem system, String code, String label) {
    return builder().id(id).system(system).code(code).label(label).build();
  }

  /** The id used in references, e.g. {@code police-uk/burglary}. */
  @Id
  String id();

  /** The code system. */
  CrimeCategorySystem system();

  /** The code in its system, e.g. {@code burglary} or {@code 28A}. */
  @NotBlank
  String code();

  /** The label, e.g. "Burglary". */
  @NotBlank
  String label();

  /** The broader category this one belongs to, by id. */
  @RefersTo(CrimeCategory.class)
  Optional<@Id String> parentId();

  /** Builder for {@link CrimeCategory}. */
  class Builder extends ImmutableCrimeCategory.Builder {}
}
