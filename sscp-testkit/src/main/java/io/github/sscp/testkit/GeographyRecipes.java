package io.github.sscp.testkit;

import io.github.sscp.model.base.Provenance;
import io.github.sscp.model.base.ProvenanceKind;
import io.github.sscp.model.geography.ComparatorGroup;
import io.github.sscp.model.geography.ComparatorSource;
import io.github.sscp.model.geography.GeographyRef;
import io.github.sscp.model.geography.GeographyType;
import io.github.sscp.model.geography.GssCode;
import io.github.sscp.model.geography.Nation;

/**
 * Recipes for the {@code geography} package and the shared {@link Provenance}: GSS codes, named
 * geographies (some without a known code) and comparator groups.
 */
public final class GeographyRecipes {

  private GeographyRecipes() {}

  /**
   * Obtains GSS codes of one geography type, in either nation where the type has a Welsh prefix.
   *
   * @param type the type, not null
   * @return the recipe, not null
   */
  public static Recipe<GssCode> gssCode(GeographyType type) {
    return d -> GssCode.of(d.pick(type.prefixes()) + String.format("%06d", d.between(0, 999_999)));
  }

  /**
   * Obtains GSS codes of one geography type in one nation.
   *
   * @param type the type, not null
   * @param nation the nation, not null
   * @return the recipe, not null
   */
  public static Recipe<GssCode> gssCode(GeographyType type, Nation nation) {
    String letter = nation == Nation.WALES ? "W" : "E";
    return d -> GssCode.of(d.pick(type.prefixes().stream().filter(p -> p.startsWith(letter))
        .toList()) + String.format("%06d", d.between(0, 999_999)));
  }

  /**
   * Obtains named geographies of one type, one in five without a known code.
   *
   * @param type the type, not null
   * @return the recipe, not null
   */
  public static Recipe<GeographyRef> geographyRef(GeographyType type) {
    return d -> d.chance(20) ? GeographyRef.withoutCode(type, Parts.words(d, 2))
        : GeographyRef.builder().from(GeographyRef.of(gssCode(type).make(d), Parts.words(d, 2)))
            .vintage(d.chance(50) ? java.util.Optional.of(d.intBetween(2011, 2025))
                : java.util.Optional.empty())
            .provenance(provenance().make(d)).build();
  }

  /**
   * Obtains comparator groups of 2 to 6 partnerships.
   *
   * @return the recipe, not null
   */
  public static Recipe<ComparatorGroup> comparatorGroup() {
    return d -> comparatorGroup(d, Parts.id(d, "group"));
  }

  static ComparatorGroup comparatorGroup(Draws d, String id) {
    return ComparatorGroup.builder().id(id).name(Parts.words(d, 3))
        .source(d.pick(ComparatorSource.class))
        .members(Parts.list(d, 2, 6, i -> geographyRef(GeographyType.COMMUNITY_SAFETY_PARTNERSHIP)
            .make(d)))
        .addTopic("police recorded crime").provenance(provenance().make(d)).build();
  }

  /**
   * Obtains provenance of every kind, each with what its kind requires.
   *
   * @return the recipe, not null
   */
  public static Recipe<Provenance> provenance() {
    return d -> switch (d.pick(ProvenanceKind.class)) {
      case SUPPLIED -> Provenance.SUPPLIED;
      case SOURCED -> Provenance.sourced(Parts.words(d, 4));
      case INFERRED -> Provenance.inferred(Parts.words(d, 3), Parts.words(d, 4));
      case ILLUSTRATIVE -> Provenance.illustrative(Parts.words(d, 4));
    };
  }
}
