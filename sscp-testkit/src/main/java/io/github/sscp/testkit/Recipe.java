package io.github.sscp.testkit;

/**
 * How to make one value from a {@link Draws}. A recipe is the one definition behind both a
 * QuickTheories generator ({@link SscpGen#of(Recipe)}) and a seed-based sample ({@link
 * SscpSamples#of(Recipe, long)}).
 *
 * @param <T> the type of value made
 */
@FunctionalInterface
public interface Recipe<T> {

  /**
   * Makes a value.
   *
   * @param draws where the random choices come from, not null
   * @return the value, not null
   */
  T make(Draws draws);
}
