package io.github.sscp.testkit;

import io.github.sscp.model.Partnership;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Framework-neutral samples: the same recipes as {@link SscpGen}, driven by a plain {@code long}
 * seed. The same seed always gives the same value, so other property-testing libraries or a
 * {@code @ParameterizedTest} over seeds can all use them.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ValueSource(longs = {1, 2, 3})
 * void validates(long seed) {
 *   assertThat(ModelValidator.shared().validate(SscpSamples.partnership(seed))).isEmpty();
 * }
 * }</pre>
 */
public final class SscpSamples {

  private SscpSamples() {}

  /**
   * Makes one value from a recipe and a seed.
   *
   * @param <T> the value type
   * @param recipe the recipe, not null
   * @param seed the seed
   * @return the value, the same for the same seed
   */
  public static <T> T of(Recipe<T> recipe, long seed) {
    return recipe.make(new SeededDraws(seed));
  }

  /**
   * Makes values for consecutive seeds.
   *
   * @param <T> the value type
   * @param recipe the recipe, not null
   * @param firstSeed the first seed
   * @param count how many values
   * @return the values for seeds {@code firstSeed .. firstSeed + count - 1}
   */
  public static <T> List<T> of(Recipe<T> recipe, long firstSeed, int count) {
    return LongStream.range(firstSeed, firstSeed + count).mapToObj(s -> of(recipe, s)).toList();
  }

  /**
   * Makes a small partnership.
   *
   * @param seed the seed
   * @return the partnership, valid, the same for the same seed
   */
  public static Partnership partnership(long seed) {
    return of(PartnershipRecipes.partnership(PartnershipSize.small()), seed);
  }

  /**
   * Makes a partnership of a given size.
   *
   * @param size the size knobs, not null
   * @param seed the seed
   * @return the partnership, valid, the same for the same seed
   */
  public static Partnership partnership(PartnershipSize size, long seed) {
    return of(PartnershipRecipes.partnership(size), seed);
  }

  /**
   * Makes a crime-count series.
   *
   * @param shape the shape, not null
   * @param seed the seed
   * @return the series, the same for the same seed
   */
  public static CountSeries series(SeriesShape shape, long seed) {
    return of(Series.of(shape), seed);
  }

  /**
   * Makes a partnership broken in exactly one way.
   *
   * @param breakage the breakage, not null
   * @param seed the seed
   * @return the invalid partnership, the same for the same seed
   */
  public static InvalidValue<Partnership> invalidPartnership(InvalidPartnerships.Breakage breakage,
      long seed) {
    return of(InvalidPartnerships.of(breakage), seed);
  }
}
