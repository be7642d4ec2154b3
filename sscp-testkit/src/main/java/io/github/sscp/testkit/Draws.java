package io.github.sscp.testkit;

import java.util.List;

/**
 * A source of random choices that a {@link Recipe} draws from. Every choice is a whole number in a
 * range whose lower end is the simplest value, so a QuickTheories-backed source shrinks a failing
 * value toward small, simple ones; a seed-backed source makes the same choices for the same seed.
 */
public interface Draws {

  /**
   * Draws a whole number.
   *
   * @param min the least value, and the simplest
   * @param max the greatest value, at least {@code min}
   * @return a value in {@code [min, max]}
   */
  long between(long min, long max);

  /**
   * Draws an int.
   *
   * @param min the least value, and the simplest
   * @param max the greatest value, at least {@code min}
   * @return a value in {@code [min, max]}
   */
  default int intBetween(int min, int max) {
    return Math.toIntExact(between(min, max));
  }

  /**
   * Draws one element; the first is the simplest.
   *
   * @param <T> the element type
   * @param options the options, not empty
   * @return one of them
   */
  default <T> T pick(List<T> options) {
    return options.get(intBetween(0, options.size() - 1));
  }

  /**
   * Draws one constant of an enum; the first declared is the simplest.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @return one of its constants
   */
  default <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[intBetween(0, values.length - 1)];
  }

  /**
   * Draws true with a given chance; false is the simpler answer.
   *
   * @param percent the chance of true, 0 to 100
   * @return the answer
   */
  default boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /**
   * Draws a number in {@code [0, 1)} with 2^-53 resolution; 0 is the simplest.
   *
   * @return the number
   */
  default double unit() {
    return between(0, (1L << 53) - 1) / (double) (1L << 53);
  }
}
