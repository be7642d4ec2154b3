package io.github.sscp.testkit;

import java.util.SplittableRandom;

/** Draws from a {@link SplittableRandom}: the same seed gives the same choices on every JVM. */
final class SeededDraws implements Draws {
  private final SplittableRandom random;

  SeededDraws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  @Override
  public long between(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
    return max == Long.MAX_VALUE ? min + random.nextLong(max - min) : random.nextLong(min, max + 1);
  }
}
