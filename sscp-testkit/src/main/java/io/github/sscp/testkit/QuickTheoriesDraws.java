package io.github.sscp.testkit;

import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Draws from QuickTheories, each choice shrinking toward the bottom of its range. */
final class QuickTheoriesDraws implements Draws {
  private final RandomnessSource in;

  QuickTheoriesDraws(RandomnessSource in) {
    this.in = in;
  }

  @Override
  public long between(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
    return in.next(Constraint.between(min, max).withShrinkPoint(min));
  }
}
